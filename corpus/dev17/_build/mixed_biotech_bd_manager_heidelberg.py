"""dev17 persona (written blind as heldout23, session 4): Persona mixed-biotech-bd-manager-heidelberg (heldout23, written blind to the code, session 4).

Dr. Johanna Weißenfels, Business Development Manager at Corvantis Biologics GmbH, a 60-person
antibody biotech in Heidelberg (bispecific antibody platform, discovery partnerships, out-licensing).
2024 export layout, German and English about half and half.
All message texts are written by hand here; running this script regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-biotech-bd-manager-heidelberg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Johanna Weißenfels", "https://www.linkedin.com/in/ACoAAJohannaWeissenfels",
               "Corvantis Biologics GmbH", "Business Development Manager")
ex = Export(SLUG, "2024", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- people
p("alliance", "Rebecca Thornton", "Halvern Pharma", "Alliance Director", connected="2022-03-15")
p("usbio", "David Chen", "Northbridge Therapeutics", "VP External Innovation", connected="2024-02-08")
p("diag", "Frank Wetzel", "Lahntal Diagnostics GmbH", "Leiter Produktentwicklung")
p("cro", "Pieter de Vries", "Rhinevale Preclinical", "Business Director", connected="2020-06-01")
p("labhandel", "Susanne Kolb", "Neckarlab Laborbedarf", "Key Account Managerin", connected="2019-04-04")
p("vcanalyst", "Marcus Feld", "Auenberg Ventures", "Investment Analyst", connected="2022-09-01")
p("organiser", "Dr. Eva Stolz", "BioPartnering Rhein-Neckar", "Programmleitung", connected="2018-10-10")
p("thx1", "Sarah O'Connell", "Quillon Bio", "Head of Search & Evaluation", connected="2023-11-08")
p("thx2", "Tobias Reuter", "Rheinmain Pharma", "Business Development", connected="2023-11-08")
p("thx3", "Ana Martins", "Lisbon Antibody Institute", "Technology Transfer Officer", connected="2023-11-09")
p("postdoc", "Dr. Philipp Sauer", "Universität Heidelberg", "Gruppenleiter Immunologie", connected="2012-04-01")
p("doktorvater", "Prof. Dr. Heinrich Lindner", "Universität Heidelberg", "Professor em.", connected="2013-01-15")
p("recr", "Katja Böhm", "Life Science Personal Rhein-Neckar", "Senior Beraterin", connected="2023-05-02")
p("applicant", "Dr. Amir Haddad", "", "Postdoctoral Fellow, Antibody Engineering", connected="2023-06-12")
p("cmc", "Laura Fischer-Grant", "Celltrove CMC", "Chief Business Officer", connected="2021-09-21")
p("scout", "Kenji Watanabe", "Shirakawa Pharmaceutical", "Search & Evaluation Lead, Europe", connected="2023-11-10")
p("basel", "Dr. Nadine Kessler", "Aurelis Pharma AG", "Director External Innovation", connected="2014-05-20")
p("journo", "Jan Hollmann", "transkript", "Redakteur")
p("spamlead", "Dr. Grace Liu", "Vireo Biosciences", "Senior Director, Business Development")
p("cso", "Dr. Stefan Brauer", "Corvantis Biologics GmbH", "Chief Scientific Officer", connected="2019-02-01")
p("patent", "Dr. Martina Eckhardt", "Eckhardt & Partner Patentanwälte", "Patentanwältin", connected="2019-07-07")
p("bankanalyst", "Christoph Imhof", "Mainzer Bankhaus Research", "Analyst Biotech")
p("mittelstand", "Dr. Ulrike Hagen", "Brenntal Pharma GmbH", "Leiterin Lizenzen & Partnerschaften", connected="2022-11-02")
p("tox", "Hannah Reid", "Caldermoor Toxicology", "Proposals Manager", connected="2024-03-01",
  invite=("OUT", "2024-02-29 16:20", ""))
p("embl", "Prof. Lucia Romano", "Heidelberg Institute for Structural Biology", "Group Leader", connected="2021-01-11")
p("oldcol", "Dr. Markus Vogel", "Stromberg Biotech", "Head of Research", connected="2015-03-03")
p("speaker", "Olivia Grant", "Antibody Engineering Summit Europe", "Conference Producer", connected="2023-01-20")
p("tto", "Dr. Felix Bauer", "Technologietransfer Universität Heidelberg", "Lizenzmanager", connected="2020-02-02")
p("bioregion", "Carolin Meurer", "BioRegion Rhein-Neckar e.V.", "Netzwerkmanagerin", connected="2017-05-05")
p("korea", "Min-jun Park", "Hanbit Biologics", "Director, Licensing", connected="2024-04-16")
p("boston", "Dr. Lea Hartung", "Cambridge Crossing Therapeutics", "Senior Scientist", connected="2011-10-10")
p("service", "Jörg Lindemann", "Kinetra Instruments", "Service-Vertrieb", connected="2021-04-04")
p("werkstudent", "Sophie Walter", "", "M.Sc. Molekulare Biotechnologie, Uni Heidelberg")
p("investor2", "Emily Brooks", "Harborlight Healthcare Fund", "Associate", connected="2023-12-01")
p("cfo", "Andreas Pfeiffer", "Corvantis Biologics GmbH", "CFO", connected="2019-02-01")

# wanted pitches
p("w_cdmo", "Dr. Rahel Abebe", "Dovecote Biologics", "Director Business Development")
p("w_deals", "Thomas Kranz", "DealScope Biopharma Analytics", "Kundenbetreuung DACH")
p("w_web", "Miriam Jost", "", "Freie Texterin Life Sciences")
p("w_spr", "Dr. Oliver Marsh", "Aximo Screening Systems", "Field Application Scientist")
p("w_reg", "Dr. Claire Dubois", "Clearpath Regulatory", "Principal Consultant")
p("w_phase1", "Dr. Jens Wagner", "Quadrat Clinical Research Mannheim", "Leiter Business Development")
p("w_data", "Benedikt Ahrens", "", "Freelance Data Engineer Life Sciences")
p("w_hr", "Charlotte Meyers", "Helix Executive Search", "Partner")
p("w_antigen", "Dr. Samuel Okafor", "Membrane Antigen Labs", "Head of Sales")
p("w_ip", "Dr. Kai Lorenz", "PatLandscape GmbH", "IP Analyst")
p("w_japan", "Yuki Tanaka-Schmidt", "Bridgeworks Japan Consulting", "Founder")
p("w_vdr", "Lukas Berger", "Trustroom Data Rooms", "Account Manager Life Sciences")

# junk
p("j_cdmo", "Vikram Rao", "GlobalBio CDMO Services", "Manager Business Development")
p("j_reports", "Amelia Stone", "MarketVista Research", "Research Sales")
p("j_web", "Dominik Scherer", "Pixelschmiede Agentur", "Projektleiter")
p("j_lab", "Gregor Thiel", "LabDiscount24", "Vertrieb")
p("j_cro", "Priya Nair", "OmniTrial CRO", "Associate Director BD")
p("j_recr", "Tom Walsh", "NextGen Talent", "Talent Acquisition")
p("j_dms", "Sabrina Krämer", "DocuFlow Solutions", "Sales")
p("t1", "Jake Morrison", "Synaptiq AI", "Business Development")
p("t2", "Hannah Kowalski", "MolecuLeap", "Partnerships")
p("t3", "Ravi Kumar", "DeepFold Discovery", "Head of Growth")
p("t4", "Felix Brandt", "NeuraDesign Bio", "Geschäftsentwicklung")
p("t5", "Sophie Laurent", "Vantage AI Therapeutics", "Senior BD Executive")
p("m1", "Chris Allen", "Leadspring", "SDR")
p("m2", "Melanie Frank", "Konferenzservice Plus", "Vertrieb")
p("m3", "Brian Kelly", "LabLogix LIMS", "Account Executive")
p("spon1", "LinkedIn Member", url="")
p("spon2", "Kordian Private Banking", url="https://www.linkedin.com/company/kordian-private-banking")
p("award", "Natasha Greene", "European Life Science Leaders Awards", "Awards Director")
p("podcast", "Derek Lawson", "BioFounders Unfiltered", "Host")
p("mag", "Patricia Neubert", "Pharma Executive Review DACH", "Publisher")
p("ownoffer", "Dr. Wei Zhang", "ApexMab Discovery", "BD Director Europe")
p("capacity", "Oscar Lindqvist", "PharmaMatch Brokers", "Partner")
p("likeminded", "Jasmin Roth", "Roth Impact Ventures", "Founder | Speaker | Visionary")
p("quick", "Ryan Brooks", "Pipeline Accelerator", "Consultant")
p("ctp1", "Niklas Hoffmann", "Hoffmann Advisory", "Interim Manager", connected="2024-01-15",
  invite=("IN", "2024-01-14 20:10", ""))
p("ctp2", "Emma Carter", "BrightSeat Events", "Head of Partnerships", connected="2023-09-04",
  invite=("IN", "2023-09-03 17:45", "Hi Johanna, would love to connect with fellow life science people!"))
p("ctp3", "Tobias Rieger", "Ergonomix Büromöbel", "Berater Gewerbekunden", connected="2024-05-06",
  invite=("IN", "2024-05-05 09:00", ""))
p("bump1", "Mark Jensen", "ScaleBD Consulting", "Managing Partner")
p("bump2", "Julia Weber", "Leasify Firmenwagen", "Kundenberaterin")
p("crypto", "Daniel Frost", "Alpenfels Capital", "Wealth Advisor")
p("fluent", "Hugo Martin", "Synthera AI", "Director of Partnerships")
p("mba", "Lisa Hartmann", "Rhein Business School", "Studienberatung Executive MBA")
p("pitchfee", "Gordon Blake", "Investor Connect Summit", "Event Director")
p("solar", "Kevin Schaaf", "Kurpfalz Solar", "Vertrieb")
p("m4", "Ines Brückner", "Lingua Rhein Übersetzungen", "Vertrieb")
p("gifts", "Markus Engel", "Präsentwerk", "Firmenkundenberater")
p("coach", "Sandra Vollmer", "Vollmer Leadership", "Coach für weibliche Führungskräfte")
p("zulage", "Dr. Holger Kamps", "Innovationsförderung Kamps", "Geschäftsführer")

# ---------------------------------------------------------------- genuine (35)
c("genuine", "pharma_partner", "en", "alliance director of the pharma partner about the steering committee", [
    ("alliance", "2024-03-04 09:20", "Hi Johanna, ahead of the JSC on the 21st: our team would like to add the milestone 2 data package to the agenda. "
     "Can your side present the cross-reactivity results? And do we need to revisit the FTE rate for year 3, as per clause 6.2?"),
    ("me", "2024-03-04 11:05", "Hi Rebecca, yes, Stefan will present cross-reactivity. On the FTE rate: we'll send the indexed figure this week, "
     "as the contract foresees. Happy to discuss on our Thursday call."),
    ("alliance", "2024-03-04 11:30", "Perfect, thanks. Talk Thursday."),
])
c("genuine", "inbound_lead", "en", "US biotech asks for a discovery campaign quote", [
    ("usbio", "2024-02-08 15:40", "Johanna - great meeting you at the partnering event in San Francisco. As discussed, we're looking for a partner to "
     "generate bispecifics against a GPCR target plus CD3. Could you send a rough budget and timeline for a discovery campaign through to lead "
     "candidates? We'd want to start Q3."),
    ("me", "2024-02-09 08:15", "Hi David, lovely to meet you too. I'll send a CDA today; once signed, our team can scope it. "
     "Ballpark for GPCR x CD3 to lead candidates is 14-18 months and a mid-single-digit million budget plus milestones, "
     "but let's refine after a technical call."),
    ("usbio", "2024-02-09 16:00", "CDA signed and returned. Our CSO can do a call next Tuesday 5pm CET."),
    ("me", "2024-02-09 16:20", "Tuesday 5pm works, invite follows."),
])
c("genuine", "inbound_lead", "de", "Diagnostikfirma möchte einen Antikörper für ein ELISA-Kit lizenzieren", [
    ("diag", "2023-06-19 10:30", "Sehr geehrte Frau Dr. Weißenfels, wir entwickeln ein ELISA-Kit und haben in Ihrer Veröffentlichung gesehen, dass Ihr "
     "Klon CVB-114 das Zielprotein sehr spezifisch erkennt. Wäre eine nicht-exklusive Lizenz für den diagnostischen Einsatz möglich? "
     "Welche Konditionen wären denkbar?"),
    ("me", "2023-06-19 14:00", "Sehr geehrter Herr Wetzel, grundsätzlich ja, Diagnostik ist außerhalb unseres therapeutischen Fokus. "
     "Üblich wäre eine Upfront-Zahlung plus Umsatzbeteiligung im niedrigen einstelligen Prozentbereich. Sollen wir telefonieren?"),
    ("diag", "2023-06-20 09:00", "Sehr gern. Donnerstag 14 Uhr?"),
    ("me", "2023-06-20 09:30", "Donnerstag 14 Uhr passt, ich schicke vorab eine Vertraulichkeitsvereinbarung."),
])
c("genuine", "vendor_price_change", "en", "existing preclinical CRO announces price increase", [
    ("cro", "2023-12-05 13:00", "Hi Johanna, I wanted to tell you personally before the official letter: from 1 February our rodent PK and efficacy study "
     "prices go up by 7 %, mainly due to animal costs and staff. Studies contracted before end of January keep 2023 prices. "
     "Anything in your pipeline we should quote now?"),
    ("me", "2023-12-05 16:45", "Thanks for the heads-up, Pieter. Yes, the PK study for CVB-220 - can you requote under the old rates by next week?"),
    ("cro", "2023-12-06 09:10", "Will do, quote by Monday."),
])
c("genuine", "vendor_price_change", "de", "Laborhändler kündigt Preisanpassung im Rahmenvertrag an", [
    ("labhandel", "2024-01-09 08:30", "Hallo Frau Weißenfels, frohes neues Jahr! Zur Info: Unser Rahmenvertrag läuft weiter, aber bei Zellkulturmedien "
     "und Pipettenspitzen gibt es ab März eine Preisanpassung von 4-5 %. Die neue Preisliste schicke ich an Ihren Einkauf. "
     "Wenn Sie möchten, rechne ich aus, was eine Volumenbindung bringen würde."),
    ("me", "2024-01-09 10:00", "Danke Frau Kolb, ja bitte rechnen Sie das aus, ich leite es an Herrn Pfeiffer weiter."),
])
c("genuine", "investor_analyst", "en", "investor's analyst asks for a pipeline update", [
    ("vcanalyst", "2024-04-02 09:00", "Hi Johanna, for our quarterly LP report I need a short update on partnering: any new term sheets, "
     "and status of the Halvern milestone? Two or three lines are enough, by Friday if possible."),
    ("me", "2024-04-02 12:20", "Hi Marcus, will send via the data room by Thursday - one new CDA-stage discussion and milestone 2 on track for Q2."),
    ("vcanalyst", "2024-04-02 12:25", "Great, thanks!"),
])
c("genuine", "event_invitation", "de", "Konferenzorganisatorin lädt sie zur Moderation eines Panels ein", [
    ("organiser", "2023-07-11 11:15", "Liebe Johanna, für BioPartnering Rhein-Neckar im November suchen wir eine Moderatorin für das Panel "
     "'Plattform-Deals: Was Pharma wirklich zahlt'. Du wärst unsere erste Wahl. Hast du Lust?"),
    ("me", "2023-07-11 13:40", "Liebe Eva, sehr gern! Schick mir die Panelisten, dann bereite ich Fragen vor."),
    ("organiser", "2023-07-11 14:00", "Wunderbar, danke! Details kommen nächste Woche."),
])
c("genuine", "event_thanks", "en", "thank-you 1 of 3 after her panel", [
    ("thx1", "2023-11-08 18:40", "Johanna, thanks for moderating today - best panel of the day. Your question on option fees really got them talking. Let's stay in touch."),
    ("me", "2023-11-08 20:00", "Thanks Sarah, glad you enjoyed it! Definitely."),
])
c("genuine", "event_thanks", "de", "Dank 2 von 3 nach ihrem Panel", [
    ("thx2", "2023-11-08 19:10", "Hallo Frau Weißenfels, vielen Dank für die tolle Moderation heute! Die Diskussion zu Optionsgebühren war sehr erhellend."),
])
c("genuine", "event_thanks", "en", "thank-you 3 of 3 after her panel", [
    ("thx3", "2023-11-09 08:30", "Dear Johanna, thank you for yesterday's panel, very insightful, especially the part about option fees. Hope to see you again next year."),
    ("me", "2023-11-09 09:15", "Thank you Ana, safe travels back to Lisbon!"),
])
c("genuine", "former_academic_colleague", "de", "ehemaliger Laborkollege, Smalltalk und Kooperationsidee", [
    ("postdoc", "2024-05-14 21:00", "Hey Jo, lange nicht gesehen! Ich hab jetzt meine eigene Gruppe am Institut. Wir haben ein paar spannende Targets "
     "in der Tumorimmunologie - hättest du Lust, mal auf ein Bier in der Unteren Straße drüber zu reden? Ganz unverbindlich."),
    ("me", "2024-05-15 07:45", "Philipp! Glückwunsch zur Gruppe! Klar, Bier immer. Donnerstag nächste Woche?"),
    ("postdoc", "2024-05-15 08:10", "Donnerstag passt. Vater Rhein um 7?"),
    ("me", "2024-05-15 08:12", "Abgemacht 🍺"),
])
c("genuine", "long_standing_contact", "de", "Doktorvater, seit Jahren in Kontakt", [
    ("doktorvater", "2019-02-03 10:00", "Liebe Frau Weißenfels, ich habe gehört, Sie wechseln in die Geschäftsentwicklung. Eine gute Wahl, Sie konnten "
     "schon immer gut erklären. Alles Gute!"),
    ("me", "2019-02-03 12:00", "Lieber Herr Lindner, vielen Dank! Ohne Ihre Schule wäre ich nicht so weit gekommen."),
    ("doktorvater", "2023-12-20 09:30", "Frohe Weihnachten! Ich lese immer mit Freude über Corvantis. Kommen Sie im Januar zu meinem Emeritierungskolloquium?"),
    ("me", "2023-12-20 10:15", "Sehr gern, ich habe den Termin schon eingetragen. Frohe Weihnachten!"),
])
c("genuine", "recruiter_engaged", "de", "beauftragte Personalberaterin schickt Kandidatenprofile", [
    ("me", "2023-05-02 14:00", "Hallo Frau Böhm, wie besprochen suchen wir eine:n BD Associate mit Promotion und 2-3 Jahren Industrieerfahrung. "
     "Englisch verhandlungssicher, Deutsch wünschenswert."),
    ("recr", "2023-05-22 17:00", "Hallo Frau Weißenfels, anbei drei Profile per Mail. Besonders spannend: eine Kandidatin aus dem Alliance Management eines "
     "Mannheimer Diagnostikers. Gerne koordiniere ich Erstgespräche. Honorar wie im Angebot: 22 % des Jahresgehalts."),
    ("me", "2023-05-23 09:00", "Danke! Kandidatin 1 und 2 bitte für nächste Woche einplanen."),
])
c("genuine", "applicant", "en", "postdoc applies for the BD associate role", [
    ("applicant", "2023-06-12 19:30", "Dear Dr. Weißenfels, I've applied for the Business Development Associate position at Corvantis. I'm finishing a postdoc "
     "in antibody engineering and did the ETH business course last year. I'd be grateful for any advice on how to prepare. Thank you!"),
    ("me", "2023-06-13 08:40", "Hi Amir, thanks for applying. Know our platform and think about why a pharma partner would pay for it - that's the whole job. "
     "HR will be in touch about interviews."),
    ("applicant", "2023-06-13 09:00", "Thank you, that's very helpful."),
])
c("genuine", "peer_joint_offer", "en", "CMC partner proposes a joint discovery-to-CMC package", [
    ("cmc", "2024-01-23 10:10", "Hi Johanna, a proposal: several of our clients ask for a one-stop route from discovery to cell line. "
     "What if we offered a joint package - your discovery, our stable cell line development - with one contract and a bundled price? "
     "We'd each keep our own terms behind it. Could we discuss at the next partnering event?"),
    ("me", "2024-01-23 14:30", "Laura, I like that. Let me check with Stefan that we don't conflict with the Halvern exclusivity. Call next week?"),
    ("cmc", "2024-01-23 14:45", "Sure, I'll send slots."),
])
c("genuine", "owner_started", "en", "she follows up with a pharma scout after a partnering meeting", [
    ("me", "2023-11-10 09:00", "Dear Kenji-san, thank you for the meeting in Heidelberg. As promised, our non-confidential deck on the bispecific platform "
     "is attached. I'd be glad to set up a scientific call with your team."),
    ("scout", "2023-11-14 02:30", "Dear Johanna, thank you. Our team is very interested. We will propose times after internal discussion."),
    ("scout", "2024-01-19 03:10", "Dear Johanna, we would like to sign a CDA to receive more data on CVB-220. Please send the draft."),
    ("me", "2024-01-19 08:00", "Wonderful news. Draft CDA attached, our legal team is available for questions."),
], attachments={0: "https://www.linkedin.com/dms/corvantis-nonconf-deck.pdf"})
c("genuine", "owner_started", "de", "sie bittet eine ehemalige Kollegin in Basel um eine Vorstellung", [
    ("me", "2024-02-26 17:30", "Liebe Nadine, lang ist's her! Ich hätte eine Bitte: Könntest du mich mit der Person verbinden, die bei Aurelis für "
     "T-Zell-Engager im Onkologie-Scouting zuständig ist? Wir haben neue Daten, die passen könnten."),
    ("basel", "2024-02-27 08:20", "Hallo Johanna! Na klar, das ist Dr. Severin Baum. Ich schreibe euch beiden heute eine E-Mail. Und wir gehen bei "
     "deinem nächsten Basel-Besuch was trinken!"),
    ("me", "2024-02-27 08:30", "Danke dir, du bist die Beste!"),
    ("me", "2024-02-27 08:31", "PS: Wie geht's der kleinen"),
], drafts={3})
c("genuine", "journalist", "de", "Fachjournalist fragt nach Einschätzung zum Finanzierungsklima", [
    ("journo", "2024-04-17 11:00", "Hallo Frau Weißenfels, ich schreibe für transkript einen Beitrag über Biotech-Partnerschaften in der Metropolregion Rhein-Neckar. "
     "Hätten Sie 20 Minuten für ein Telefonat, wie sich die Deal-Strukturen verändert haben?"),
    ("me", "2024-04-17 13:30", "Hallo Herr Hollmann, gern. Freitag 10 Uhr? Zitate bitte vorab zur Freigabe."),
    ("journo", "2024-04-17 13:45", "Freitag 10 Uhr, und selbstverständlich."),
])
c("genuine", "spam_folder_genuine", "en", "pharma BD director's real inbound interest, landed in spam", [
    ("spamlead", "2024-05-27 16:20", "Dear Johanna, I lead business development at Vireo Biosciences. We are looking to in-license a bispecific T-cell engager "
     "format for a solid tumour programme and your poster in Amsterdam was mentioned by our CSO. Would Corvantis be open to a "
     "confidential discussion? I'm in Frankfurt the week of June 10."),
], folder="SPAM")
c("genuine", "colleague_internal", "de", "CSO fragt nach dem Term-Sheet-Entwurf", [
    ("cso", "2024-03-18 18:45", "Johanna, hast du den Term-Sheet-Entwurf für Northbridge schon? Ich würde gern die Meilensteine im Forschungsteil "
     "nochmal anschauen, bevor er rausgeht. Die 9 Monate bis Lead-Kandidat sind sportlich."),
    ("me", "2024-03-18 19:10", "Liegt im Teams-Ordner, Version 3. Timeline können wir auf 11 Monate strecken, dann aber mit höherem FTE-Budget."),
    ("cso", "2024-03-18 19:20", "Passt, schau ich mir morgen früh an."),
])
c("genuine", "legal_counsel", "de", "Patentanwältin zum FTO-Gutachten und Vertragsentwurf", [
    ("patent", "2023-09-12 10:00", "Liebe Frau Weißenfels, das FTO-Gutachten zum CD3-Binder ist fertig. Ein Drittpatent in den USA sollten wir im Auge behalten. "
     "Im Lizenzvertragsentwurf von Brenntal fehlt übrigens die Regelung zur Patentverteidigung, ich habe Vorschläge markiert."),
    ("me", "2023-09-12 11:30", "Danke! Können wir am Freitag kurz telefonieren, bevor ich die Redlines zurückschicke?"),
    ("patent", "2023-09-12 11:45", "Freitag 9 Uhr."),
])
c("genuine", "investor_analyst", "de", "Bankanalyst bittet um Hintergrundgespräch zur Sektorstudie", [
    ("bankanalyst", "2024-01-30 14:00", "Sehr geehrte Frau Dr. Weißenfels, ich erstelle eine Studie zu deutschen Antikörper-Biotechs für institutionelle Anleger. "
     "Wären Sie zu einem Hintergrundgespräch über Ihre Partnering-Strategie bereit? Selbstverständlich nur öffentliche Informationen."),
    ("me", "2024-01-30 16:10", "Sehr geehrter Herr Imhof, gern, ich stimme mich kurz mit unserem CFO ab und melde mich mit Terminvorschlägen."),
])
c("genuine", "pharma_partner", "de", "mittelständische Pharmafirma zu den MTA-Redlines", [
    ("mittelstand", "2023-09-05 09:30", "Liebe Frau Weißenfels, anbei unsere Anmerkungen zum Material Transfer Agreement. Punkt 4 (Rechte an Ergebnissen) "
     "müssen wir nochmal besprechen, der Rest ist aus unserer Sicht unkritisch."),
    ("me", "2023-09-05 15:00", "Danke Frau Dr. Hagen. Zu Punkt 4 hätte ich einen Kompromissvorschlag. Passt Ihnen ein Call am Donnerstag?"),
    ("mittelstand", "2023-09-06 08:15", "Donnerstag 11 Uhr, ich schicke eine Einladung."),
    ("mittelstand", "2023-10-02 16:00", "MTA ist unterschrieben, das Material geht nächste Woche raus. Schön, dass es geklappt hat!"),
])
c("genuine", "owner_requested_quote", "en", "she requested a tox study quote from a CRO", [
    ("me", "2024-03-01 10:00", "Hi Hannah, thanks for connecting. We need a quote for a 4-week repeat-dose GLP tox study in cynomolgus for a bispecific, "
     "incl. TK and anti-drug antibody assays. Start earliest Q4."),
    ("tox", "2024-03-06 15:30", "Hi Johanna, our proposal is in your inbox - total EUR 1.42m, slot available from November. Happy to walk you through it on a call."),
    ("me", "2024-03-07 09:00", "Thanks, received. I'll come back after our internal review next week."),
])
c("genuine", "academic_collaboration", "en", "group leader proposes a sponsored research agreement", [
    ("embl", "2023-03-21 12:00", "Dear Johanna, we've solved a cryo-EM structure of the receptor complex your CVB-114 targets. We'd be interested in a small "
     "sponsored research agreement to map the epitopes of your clones - maybe 80k over a year? Happy to discuss."),
    ("me", "2023-03-21 17:30", "Dear Lucia, very interesting, and the budget is reasonable. Let me bring Stefan in; could we meet on campus next week?"),
    ("embl", "2023-03-22 09:00", "Tuesday afternoon works for me."),
])
c("genuine", "long_standing_contact", "de", "ehemaliger Kollege gratuliert zur neuen Rolle", [
    ("oldcol", "2016-10-12 17:00", "Servus Johanna, danke für die Hilfe beim Assay, hat alles geklappt!"),
    ("me", "2016-10-12 18:00", "Gern, jederzeit!"),
    ("oldcol", "2022-06-01 12:00", "Hab gesehen, du bist jetzt BD Managerin bei Corvantis - Glückwunsch! Endlich redet mal jemand Vernünftiges mit Pharma 😄"),
    ("me", "2022-06-01 13:00", "Haha danke Markus! Mal schauen, wie lange ich vernünftig bleibe."),
])
c("genuine", "event_speaker", "en", "conference producer confirms her speaking slot", [
    ("speaker", "2024-02-14 10:00", "Hi Johanna, confirming your talk at Antibody Engineering Summit Europe in Amsterdam, 15 May, 11:20, 25 minutes. "
     "Your speaker pass and hotel are booked. Could you send your title and a headshot by 1 March?"),
    ("me", "2024-02-14 12:00", "Thanks Olivia! Title: 'Bispecific deals: what partners actually pay for'. Headshot to follow."),
])
c("genuine", "tech_transfer", "de", "Technologietransfer der Uni zur Lizenz eines Targets", [
    ("tto", "2022-10-18 09:45", "Hallo Frau Weißenfels, die Erfinder haben dem Lizenzentwurf zugestimmt. Offen ist nur noch die Sublizenzbeteiligung - "
     "wir schlagen 20 % vor. Können wir das diese Woche klären?"),
    ("me", "2022-10-18 11:00", "Hallo Herr Bauer, 20 % ist für uns zu hoch, wir hatten 12 % im Kopf. Lassen Sie uns Mittwoch telefonieren."),
    ("tto", "2022-10-18 11:20", "Mittwoch 15 Uhr."),
])
c("genuine", "event_invitation", "de", "Biotech-Netzwerk lädt zum Sommerfest ein", [
    ("bioregion", "2023-06-01 10:00", "Liebe Johanna, unser Sommerfest ist am 6. Juli im Technologiepark. Wir würden uns freuen, wenn du kommst - "
     "und vielleicht auch kurz die Neuen aus dem Mentoring-Programm begrüßt?"),
    ("me", "2023-06-01 12:30", "Sehr gern, Carolin! Ich bin dabei."),
])
c("genuine", "inbound_lead", "en", "Korean biotech wants to in-license the platform", [
    ("korea", "2024-04-16 04:10", "Dear Dr. Weissenfels, Hanbit Biologics is interested in licensing a bispecific platform for two oncology targets "
     "in Asia. We understand Corvantis partners its platform. Could we start with a CDA and an introductory call?"),
    ("me", "2024-04-16 08:30", "Dear Mr Park, thank you for reaching out. Yes, CDA attached. I can offer calls on Thursday or Friday at 9am CET."),
    ("korea", "2024-04-17 02:00", "Friday 9am CET is good. Signed CDA attached."),
])
c("genuine", "friend", "en", "friend from the lab, now in Boston, small talk", [
    ("boston", "2024-05-21 23:00", "Jo!! I saw you're speaking in Amsterdam. So proud. Boston is grey and the commute is awful, but the science is fun. "
     "When are you coming over?"),
    ("me", "2024-05-22 07:30", "Lea!! Miss you. Maybe BIO in June? If I make it, dinner is on me (and you show me where the good cannoli are)."),
    ("boston", "2024-05-22 12:00", "Deal!!"),
])
c("genuine", "vendor_existing_quote", "de", "Service-Vertrieb des Geräteherstellers zur Wartungsvertragsverlängerung", [
    ("service", "2024-02-20 09:00", "Guten Tag Frau Weißenfels, der Wartungsvertrag für Ihr Kinetik-Messsystem läuft im April aus. Die Verlängerung "
     "kostet 11.800 € netto pro Jahr, inkl. einer präventiven Wartung und Software-Updates. Soll ich das Angebot an Ihren Einkauf schicken?"),
    ("me", "2024-02-20 10:30", "Ja bitte, an Herrn Pfeiffer in Kopie. Ist ein Zwei-Jahres-Vertrag günstiger?"),
    ("service", "2024-02-20 11:00", "Ja, 5 % Nachlass bei zwei Jahren. Ich nehme beide Varianten ins Angebot."),
])
c("genuine", "applicant", "de", "Masterstudentin bewirbt sich als Werkstudentin", [
    ("werkstudent", "2024-03-12 20:15", "Sehr geehrte Frau Dr. Weißenfels, ich studiere im Master Molekulare Biotechnologie und interessiere mich sehr für "
     "Business Development. Gibt es bei Corvantis die Möglichkeit, als Werkstudentin Marktanalysen zu unterstützen? Lebenslauf schicke ich gern."),
    ("me", "2024-03-13 09:00", "Liebe Frau Walter, tatsächlich ja - wir suchen ab Mai jemanden für 12 Stunden pro Woche. Schicken Sie Ihre Unterlagen an jobs@corvantis.example."),
])
c("genuine", "investor_analyst", "en", "healthcare fund associate asks for a meeting", [
    ("investor2", "2023-12-01 15:00", "Hi Johanna, I cover European antibody companies for Harborlight. Would you and your CFO have time for a meeting "
     "during JPM week in San Francisco? We're interested in following the Series C."),
    ("me", "2023-12-01 17:40", "Hi Emily, thanks for reaching out. Andreas and I are there 8-11 January. Let me check his calendar and propose a slot."),
    ("investor2", "2023-12-01 18:00", "Perfect, thanks!"),
])
c("genuine", "colleague_internal", "de", "CFO zum Konferenzbudget", [
    ("cfo", "2023-10-25 17:00", "Johanna, Budgetplanung 2024: Wie viele Partnering-Konferenzen brauchst du wirklich? Ich hab 6 auf der Liste, das sind mit Reisen "
     "über 60k."),
    ("me", "2023-10-25 17:30", "JPM, BIO, BIO-Europe und Amsterdam sind Pflicht. Die anderen zwei können wir streichen, wenn ich bei Amsterdam spreche (Pass gratis)."),
    ("cfo", "2023-10-25 17:35", "Deal. Danke!"),
])

# ---------------------------------------------------------------- wanted pitches (12)
c("wanted_pitch", "cdmo_article", "en", "homework: her article on why bispecific deals stall at CMC", [
    ("w_cdmo", "2024-03-26 10:00", "Dear Johanna, I read your LinkedIn article on why bispecific deals stall at the CMC question, especially your point "
     "that partners discount a platform if mispairing hasn't been addressed in a stable cell line. That's the only thing we do: "
     "stable CHO lines for asymmetric bispecifics, with mispairing below 5 % in our last four projects. "
     "If it would help you in partner discussions, I could share anonymised case data."),
    ("me", "2024-03-26 14:20", "Rahel, that would be genuinely useful. Please send the case data, and let's talk next week."),
])
c("wanted_pitch", "deal_analytics_talk", "de", "Hausaufgabe: ihr Vortrag zu Deal-Konditionen", [
    ("w_deals", "2023-11-13 09:00", "Hallo Frau Weißenfels, ich war bei BioPartnering Rhein-Neckar im Publikum. Sie sagten, dass es für Plattform-Deals "
     "kaum belastbare Vergleichszahlen zu Optionsgebühren gibt. Unsere Datenbank hat 340 Antikörper-Plattform-Deals seit 2015 mit aufgeschlüsselten "
     "Upfronts und Optionsgebühren. Ich würde Ihnen gern einen kostenlosen Auszug zu bispezifischen Deals schicken, damit Sie sehen, ob das hilft."),
    ("me", "2023-11-13 12:00", "Gern, der Auszug würde mich interessieren."),
    ("w_deals", "2023-11-13 12:15", "Kommt heute noch per Mail."),
])
c("wanted_pitch", "website_copy_site", "de", "Hausaufgabe: konkrete Lücken auf der Website", [
    ("w_web", "2024-02-05 11:00", "Hallo Frau Weißenfels, ich bin Texterin für Biotech-Firmen und habe mir Ihre Website angesehen: Die Pipeline-Seite zeigt "
     "noch den Stand von 2022 (CVB-220 steht in 'Discovery', laut Ihrer Pressemitteilung ist es inzwischen präklinisch), und unter 'Partnering' gibt es "
     "kein Dokument zum Download. Ich würde die Seiten aktualisieren und einen zweiseitigen Non-Confidential-Onepager schreiben, Festpreis 1.600 €."),
])
c("wanted_pitch", "lab_equipment_poster", "en", "homework: their screening bottleneck from a poster", [
    ("w_spr", "2023-05-17 09:30", "Hi Johanna, your colleague's poster at the Summit showed 384 clones going through ELISA first and only 40 reaching kinetics "
     "because of instrument time. Our array SPR measures kinetics for 384 clones in one run, so you could rank on off-rate first. "
     "We have a demo unit in Mannheim in June - could your screening team test a plate of their own clones?"),
    ("me", "2023-05-17 13:00", "Hi Oliver, that's exactly our bottleneck. Let me connect you with our screening lead."),
])
c("wanted_pitch", "regulatory_mutual_contact", "en", "homework: mutual contact Prof. Lindner", [
    ("w_reg", "2024-01-10 10:30", "Dear Johanna, Prof. Lindner suggested I contact you - we met at his colloquium and he mentioned Corvantis is "
     "planning its first clinical trial application. I've prepared six CTAs for bispecific T-cell engagers, including MABEL dose justification, "
     "which is where most first-in-human packages get questions. Would a short call with your CSO be useful?"),
    ("me", "2024-01-10 16:45", "Dear Claire, thank you - and thanks to Prof. Lindner. Yes, MABEL is on our worry list. I'll set up a call with Stefan."),
])
c("wanted_pitch", "phase1_press_release", "de", "Hausaufgabe: Pressemitteilung zu Finanzierung und Phase-I-Plänen", [
    ("w_phase1", "2024-04-24 08:30", "Sehr geehrte Frau Dr. Weißenfels, laut Ihrer Pressemitteilung zur Series B planen Sie die erste klinische Studie mit "
     "CVB-220 für 2025 in Deutschland. Unsere Phase-I-Einheit in Mannheim hat 40 Betten und Erfahrung mit T-Zell-Engagern inklusive "
     "CRS-Management auf der Intensivstation nebenan. Ich würde Ihnen gern unsere Daten zu Rekrutierungszeiten zeigen."),
    ("me", "2024-04-24 11:00", "Das passt zeitlich. Schicken Sie mir gern Unterlagen, ich gebe sie an unsere klinische Leitung."),
])
c("wanted_pitch", "data_pipeline_tools", "de", "Hausaufgabe: ihr Software-Setup aus der Stellenanzeige", [
    ("w_data", "2024-05-08 20:00", "Hallo Frau Weißenfels, in Ihrer Stellenanzeige für Screening-Wissenschaftler:innen steht, dass Kinetikdaten aus dem "
     "Messsystem manuell ins Labfolio-ELN übertragen werden. Ich habe für zwei Heidelberger Firmen genau diese Pipeline automatisiert "
     "(Export, Qualitätsfilter, Import ins ELN). Bei Ihrem Setup wären das etwa 8 Tage. Falls interessant, schicke ich gern eine Skizze."),
])
c("wanted_pitch", "executive_search_relevant", "en", "homework: a role that matches her exact experience", [
    ("w_hr", "2024-02-19 09:00", "Dear Johanna, I'm retained by an ADC company in Basel to find their first Head of Business Development. "
     "They need someone who has closed platform deals with Japanese and US partners and knows the bispecific space - your Halvern deal and the "
     "panel you moderated in Heidelberg make you one of three people I wanted to speak to. Would you be open to a confidential conversation?"),
    ("me", "2024-02-19 21:00", "Hi Charlotte, flattering. I'm happy where I am, but I'm always willing to listen. Next week?"),
])
c("wanted_pitch", "antigen_publication", "en", "homework: their paper and its antigen problem", [
    ("w_antigen", "2023-08-29 14:00", "Hi Johanna, in your team's mAbs paper you mention that immunisation with cells gave weak responses against "
     "the GPCR and that you had to fall back on peptides. We produce full-length GPCRs in nanodiscs, functionally validated, "
     "and have supplied two antibody discovery campaigns in the last year. Would a sample for your next campaign be helpful?"),
])
c("wanted_pitch", "ip_landscape_patent", "de", "Hausaufgabe: ihre veröffentlichte Patentanmeldung", [
    ("w_ip", "2023-10-04 10:00", "Sehr geehrte Frau Dr. Weißenfels, Corvantis hat im September die Anmeldung WO 2023/184217 zu asymmetrischen bispezifischen "
     "Formaten veröffentlicht. Wir haben das Umfeld kurz gesichtet: Es gibt mindestens drei Familien von Wettbewerbern mit überlappenden "
     "Ansprüchen zu Knob-into-hole-Varianten. Wir erstellen fokussierte Landscape-Reports für Partnering-Gespräche, ca. 4 Wochen, Festpreis. "
     "Sollen wir den Umfang besprechen?"),
])
c("wanted_pitch", "japan_consulting_post", "en", "homework: her post on the Japan partnership", [
    ("w_japan", "2024-01-22 09:30", "Dear Johanna, congratulations on your post about signing the CDA with a Japanese pharma company. You wrote that the "
     "hardest part was understanding who decides. I spent 11 years in S&E at a Japanese pharma in Osaka and now prepare European biotechs "
     "for exactly those negotiations - ringi process, meeting preparation, interpreting. A half-day workshop for your team would be EUR 2,400."),
    ("me", "2024-01-22 12:00", "Yuki, perfect timing. Could we do a call next week to see what fits?"),
])
c("wanted_pitch", "data_room_podcast", "de", "Hausaufgabe: ihr Podcast-Interview zum Auslizenzierungsprozess", [
    ("w_vdr", "2024-04-08 15:00", "Hallo Frau Weißenfels, im Podcast 'Biotech am Neckar' haben Sie erzählt, dass Sie für die Due Diligence mit zwei Partnern "
     "parallel einen Datenraum aufsetzen und die Dokumente aktuell noch über geteilte Ordner laufen. Unser Datenraum hat getrennte Partner-Sichten "
     "und Wasserzeichen pro Bieter, für Biotechs Ihrer Größe ab 690 € im Monat. Soll ich Ihnen einen Testraum einrichten?"),
    ("me", "2024-04-08 17:30", "Ja, gern für vier Wochen. Danke!"),
])

# ---------------------------------------------------------------- junk (38)
c("junk", "generic_cdmo", "en", "generic CDMO pitch (counterpart of the bispecific cell-line CDMO)", [
    ("j_cdmo", "2024-02-12 06:30", "Dear Sir/Madam, GlobalBio is a leading CDMO offering end-to-end services from cell line development to commercial "
     "manufacturing at competitive prices. We serve 200+ clients worldwide. Kindly share a suitable time for discussion."),
    ("j_cdmo", "2024-02-26 06:30", "Dear Sir/Madam, gentle reminder on the below. Looking forward to your reply."),
])
c("junk", "generic_market_reports", "en", "generic market report pitch (counterpart of deal analytics)", [
    ("j_reports", "2023-09-19 11:00", "Hi Johanna, our new Global Monoclonal Antibodies Market Report 2023-2030 is now available! "
     "Get a free sample and 20% off if you order this month."),
])
c("junk", "generic_web_design", "de", "generische Webagentur (Gegenstück Texterin)", [
    ("j_web", "2024-01-16 09:00", "Hallo Johanna, Ihre Website könnte mehr! Wir entwickeln moderne Websites mit SEO-Garantie. "
     "Sichern Sie sich jetzt Ihre kostenlose Analyse."),
])
c("junk", "generic_lab_discount", "de", "generischer Laborbedarf-Rabatt (Gegenstück Screening-Gerät)", [
    ("j_lab", "2023-04-25 08:00", "Sehr geehrte Damen und Herren, jetzt bis zu 40 % auf Pipetten, Zentrifugen und Verbrauchsmaterial! "
     "Nur diesen Monat bei LabDiscount24."),
])
c("junk", "generic_cro", "en", "generic full-service CRO (counterpart of the Phase I unit)", [
    ("j_cro", "2024-03-11 10:00", "Hi Johanna, OmniTrial is a full-service global CRO supporting Phase I-IV studies across 40 countries. "
     "Are you planning any clinical trials this year? Would love to set up a quick intro call."),
    ("j_cro", "2024-03-25 10:00", "Hi Johanna, just bumping this up. Happy to share our capabilities deck."),
])
c("junk", "recruiter_generic", "en", "generic recruiter (counterpart of the retained search)", [
    ("j_recr", "2023-08-07 09:00", "Hi Johanna, I came across your profile and was very impressed! I have an exciting opportunity in sales with a "
     "fast-growing company. Are you open to exploring?"),
])
c("junk", "generic_document_management", "de", "generisches Dokumentenmanagement (Gegenstück Datenraum)", [
    ("j_dms", "2024-04-22 13:00", "Hallo Frau Weißenfels, Papierchaos im Büro? DocuFlow digitalisiert Ihre Dokumente und Prozesse. "
     "Jetzt 30 Tage kostenlos testen!"),
])
c("junk", "template_ai_discovery", "en", "AI discovery template, sender 1", [
    ("t1", "2024-01-08 15:00", "Hi Johanna, we help biotech companies like Corvantis cut antibody discovery timelines by 50% with our generative AI platform. "
     "Leading pharma already use it. Open to a short demo?"),
])
c("junk", "template_ai_discovery", "en", "AI discovery template, sender 2", [
    ("t2", "2024-02-20 09:30", "Hi Johanna - we help antibody companies like Corvantis Biologics halve their discovery timelines using generative AI. "
     "Top-20 pharma are already on board. Could I show you a 20-minute demo?"),
])
c("junk", "template_ai_discovery", "en", "AI discovery template, sender 3", [
    ("t3", "2024-03-18 16:10", "Hey Johanna, we help biotechs like Corvantis reduce discovery time by 50%+ using AI-driven design. "
     "Big pharma already trust us. Fancy a quick demo?"),
    ("t3", "2024-03-27 16:10", "Hey Johanna, following up on this!"),
])
c("junk", "template_ai_discovery", "de", "KI-Discovery-Vorlage, Absender 4 auf Deutsch", [
    ("t4", "2024-04-09 10:00", "Hallo Johanna, wir helfen Biotech-Unternehmen wie Corvantis, die Antikörper-Discovery mit generativer KI um 50 % zu beschleunigen. "
     "Führende Pharmafirmen nutzen uns bereits. Offen für eine kurze Demo?"),
])
c("junk", "template_ai_discovery", "en", "AI discovery template, sender 5", [
    ("t5", "2024-05-13 08:45", "Hi Johanna, we help companies like Corvantis accelerate antibody discovery by 50% with AI. Several top pharma partners already use our platform. "
     "Would a brief demo be of interest?"),
])
c("junk", "merge_tag_failure", "en", "unfilled {{firstName}} tag", [
    ("m1", "2023-10-10 09:00", "Hi {{firstName}}, noticed {{companyName}} is hiring - usually a sign of growth! We help teams book 30+ qualified meetings a month. "
     "Worth a chat?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter [Anrede] [Nachname] stehengeblieben", [
    ("m2", "2023-12-12 10:00", "Sehr geehrte/r [Anrede] [Nachname], planen Sie 2024 eine Firmenveranstaltung? Konferenzservice Plus organisiert Tagungen, "
     "Workshops und Weihnachtsfeiern für Unternehmen wie [Firma]. Wir freuen uns auf Ihre Anfrage."),
])
c("junk", "merge_tag_failure", "en", "wrong name and wrong company", [
    ("m3", "2024-02-29 11:00", "Dear Dr. Weissfeld, congratulations on the growth at Corvex Therapeutics! LabLogix LIMS is trusted by 500+ labs. "
     "Would you like a personalised demo?"),
])
c("junk", "sponsored_inmail", "en", "sponsored InMail from an anonymous LinkedIn member", [
    ("spon1", "2024-03-14 12:00", "<p>Hi Johanna,</p><p>Advance your leadership career with our online Executive Certificate in Life Science Management.&nbsp;"
     "Applications close soon!</p>"),
], title="Sponsored Conversation", subject="Executive Certificate - apply now")
c("junk", "sponsored_inmail", "de", "Sponsored InMail einer Privatbank", [
    ("spon2", "2023-11-20 12:00", "<p>Hallo Johanna,</p><p>Ihr Vermögen verdient mehr. Kordian Private Banking - persönliche Beratung ab 250.000&nbsp;€.</p>"
     "<p><b>Jetzt Termin vereinbaren</b></p>"),
], title="Sponsored Conversation", subject="Persönliche Vermögensberatung")
c("junk", "paid_award", "en", "award shortlist that costs money", [
    ("award", "2024-04-03 10:00", "Congratulations Johanna! You have been shortlisted for the European Life Science Leaders Awards 2024 - BD Leader of the Year. "
     "To secure your shortlist position, please complete registration (EUR 650 + VAT), which includes a gala dinner seat."),
    ("me", "2024-04-03 12:30", "Who nominated me?"),
    ("award", "2024-04-03 14:00", "Nominees are identified by our editorial research team. Registration closes Friday, so please confirm soon!"),
])
c("junk", "paid_podcast", "en", "podcast slot with a sponsorship fee", [
    ("podcast", "2023-06-06 17:00", "Hey Johanna! Loved your profile. We'd love you as a guest on BioFounders Unfiltered (top 2% podcast). "
     "Guest episodes come with a sponsorship package of $490 for promotion. Want in?"),
])
c("junk", "paid_feature", "de", "bezahltes Interview im Magazin", [
    ("mag", "2023-10-17 09:00", "Sehr geehrte Frau Dr. Weißenfels, für unsere Ausgabe 'Innovationsführer Biotech 2024' möchten wir Sie porträtieren. "
     "Das Interview mit Foto auf zwei Seiten ist für einen Kostenbeitrag von 1.900 € netto buchbar."),
])
c("junk", "offers_her_own_service", "en", "antibody discovery CRO pitches discovery to an antibody discovery company", [
    ("ownoffer", "2024-01-29 07:30", "Dear Johanna, ApexMab offers fast and cost-effective antibody discovery: hybridoma, phage display and single B-cell. "
     "From antigen to sequence in 12 weeks. Can we support your next antibody project?"),
])
c("junk", "capacity_for_clients", "en", "asks if she has capacity for more partners", [
    ("capacity", "2023-07-18 09:00", "Hi Johanna, quick question - do you have capacity for new pharma partnerships this year? We connect biotech with "
     "licensing buyers and charge a success fee of 5% of upfront."),
])
c("junk", "like_minded", "de", "vernetzen als gleichgesinnte Unternehmerinnen", [
    ("likeminded", "2023-05-02 22:00", "Hallo Johanna! Ich liebe es, mich mit inspirierenden, gleichgesinnten Frauen zu vernetzen, die Großes bewegen 💫 "
     "Lass uns connecten und gemeinsam wachsen!"),
])
c("junk", "quick_call", "en", "quick 15-minute call", [
    ("quick", "2024-05-06 08:00", "Hi Johanna, do you have 15 minutes this week for a quick call? I help biotech BD teams build a predictable partnering pipeline."),
    ("quick", "2024-05-13 08:00", "Hi Johanna, just following up - still happy to find 15 minutes!"),
])
c("junk", "connect_then_pitch", "de", "Smalltalk nach Vernetzung, Pitch in Nachricht 2", [
    ("ctp1", "2024-01-15 09:30", "Danke fürs Vernetzen, Johanna! Heidelberg ist ja ein spannender Biotech-Standort. Wie ist die Stimmung bei euch nach dem schwierigen Jahr?"),
    ("ctp1", "2024-01-17 09:30", "Übrigens: Ich unterstütze Biotech-Firmen als Interim-Manager in Umbruchphasen. Falls ihr kurzfristig Verstärkung braucht, "
     "lass uns gern sprechen."),
])
c("junk", "connect_then_pitch", "en", "event sponsorship pitch after owner answered small talk", [
    ("ctp2", "2023-09-04 10:00", "Hi Johanna, thanks for connecting! Are you heading to BIO-Europe this year?"),
    ("me", "2023-09-04 12:00", "Hi Emma, yes, I'll be there."),
    ("ctp2", "2023-09-04 12:20", "Amazing! We run exclusive VIP dinners for biotech executives alongside major conferences. A host seat with "
     "logo placement is EUR 4,500. Shall I send the sponsorship deck?"),
])
c("junk", "connect_then_pitch", "de", "Büromöbel nach Vernetzung, Pitch in Nachricht 3", [
    ("ctp3", "2024-05-06 08:30", "Guten Morgen Frau Weißenfels, schön, dass wir vernetzt sind!"),
    ("ctp3", "2024-05-08 08:30", "Arbeiten Sie eigentlich viel im Homeoffice oder mehr vor Ort?"),
    ("ctp3", "2024-05-13 08:30", "Wir statten Büros mit ergonomischen Höhenverstellbaren Tischen aus, aktuell 25 % Frühjahrsrabatt. Darf ich ein Angebot schicken?"),
])
c("junk", "follow_up_bumps", "en", "BD consulting with unanswered bumps", [
    ("bump1", "2023-09-25 10:00", "Hi Johanna, are you struggling to get meetings with big pharma? We've helped 50 biotechs land term sheets."),
    ("bump1", "2023-10-02 10:00", "Hi Johanna, did you see my message?"),
    ("bump1", "2023-10-16 10:00", "Hi Johanna, last try - should I speak to someone else on your team?"),
])
c("junk", "follow_up_bumps", "de", "Firmenwagen-Leasing mit Nachfass-Nachrichten", [
    ("bump2", "2024-02-05 09:00", "Hallo Frau Weißenfels, wie wäre es mit einem E-Dienstwagen für 0,25 % Versteuerung? Wir haben Top-Konditionen!"),
    ("bump2", "2024-02-12 09:00", "Hallo Frau Weißenfels, ich wollte nur nochmal nachhaken."),
    ("bump2", "2024-02-26 09:00", "Hallo Frau Weißenfels, darf ich Ihnen einfach ein unverbindliches Angebot schicken?"),
])
c("junk", "investment_offer", "de", "Vermögensberatung/Krypto", [
    ("crypto", "2023-08-21 21:30", "Hallo Johanna, als Führungskraft in der Biotech-Branche haben Sie sicher Interesse an exklusiven Investmentmöglichkeiten. "
     "Unsere Kunden erzielen zweistellige Renditen mit digitalen Assets. Darf ich Ihnen Details schicken?"),
])
c("junk", "fluent_named_company", "en", "fluent pitch naming her company, fits anyone", [
    ("fluent", "2024-04-29 09:00", "Hi Johanna, I've been following Corvantis Biologics and it's clear your team is pushing the boundaries of what antibodies can do. "
     "That's exactly why I wanted to reach out. Synthera AI helps innovative biotechs turn their data into decisions faster, "
     "so scientists can focus on the science. Would you be open to exploring what this could unlock for Corvantis?"),
])
c("junk", "executive_education", "de", "Executive-MBA-Werbung", [
    ("mba", "2023-03-07 12:00", "Hallo Johanna, bereit für den nächsten Karriereschritt? Unser berufsbegleitender Executive MBA startet im Oktober. "
     "Jetzt Infoabend buchen!"),
])
c("junk", "pay_to_pitch", "en", "investor summit that charges a presenting fee", [
    ("pitchfee", "2023-10-30 16:00", "Dear Johanna, Corvantis has been selected to present at the Investor Connect Summit in London! Pitch to 150+ investors. "
     "Presenting company fee is GBP 2,950. Only 3 slots left."),
])
c("junk", "off_topic_product", "de", "Solaranlage für das Firmendach", [
    ("solar", "2023-07-03 10:00", "Hallo Frau Weißenfels, mit einer Photovoltaikanlage auf Ihrem Firmendach senken Sie die Energiekosten dauerhaft. "
     "Kostenlose Erstberatung in der Kurpfalz!"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Nachname}} nicht ersetzt", [
    ("m4", "2024-03-05 10:15", "Liebe Frau {{Nachname}}, als international tätiges Unternehmen benötigen Sie sicher regelmäßig Übersetzungen. "
     "Lingua Rhein übersetzt in 40 Sprachen, schnell und zuverlässig. Fordern Sie jetzt Ihr Angebot an!"),
])
c("junk", "off_topic_product", "de", "Firmengeschenke zu Weihnachten", [
    ("gifts", "2023-11-06 11:00", "Guten Tag Frau Weißenfels, Weihnachten kommt schneller als gedacht! Mit unseren Präsentkörben bedanken Sie sich stilvoll "
     "bei Kunden und Partnern. Ab 25 Stück mit Ihrem Logo."),
])
c("junk", "coaching_bumps", "de", "Coaching-Angebot mit Nachfass-Nachricht", [
    ("coach", "2024-03-08 07:30", "Liebe Johanna, zum Weltfrauentag: Fühlst du dich als Frau in Führung manchmal ausgebremst? In meinem 12-Wochen-Programm "
     "lernst du, souverän aufzutreten. Kostenloses Erstgespräch?"),
    ("coach", "2024-03-15 07:30", "Liebe Johanna, ich wollte nochmal nachfragen, ob du Interesse hast 🌸"),
])
c("junk", "generic_funding", "de", "generischer Fördermittelberater zur Forschungszulage", [
    ("zulage", "2023-04-11 09:00", "Sehr geehrte Frau Dr. Weißenfels, nutzen Sie schon die steuerliche Forschungszulage? Wir beantragen sie für Sie - "
     "erfolgsabhängiges Honorar von 18 %. Über 500 zufriedene Mandanten. Wann darf ich Sie anrufen?"),
])

ex.write(OUT, {
    "First Name": "Johanna", "Last Name": "Weißenfels",
    "Headline": "Business Development Manager at Corvantis Biologics | Bispecific antibodies | Partnering & licensing",
    "Summary": "Business development for a Heidelberg antibody biotech: discovery partnerships, platform licensing and out-licensing of "
               "bispecific T-cell engagers. PhD in immunology (Universität Heidelberg). Deutsch / English.",
    "Industry": "Biotechnology Research", "Zip Code": "69120", "Geo Location": "Heidelberg, Baden-Württemberg, Germany",
    "Websites": "[COMPANY:www.corvantis.example]",
}, [
    {"Company Name": "Corvantis Biologics GmbH", "Title": "Business Development Manager", "Description": "Partnering, licensing, alliance management.",
     "Location": "Heidelberg", "Started On": "Jun 2022", "Finished On": ""},
    {"Company Name": "Corvantis Biologics GmbH", "Title": "Scientist, Antibody Discovery", "Description": "",
     "Location": "Heidelberg", "Started On": "Feb 2019", "Finished On": "May 2022"},
    {"Company Name": "Universität Heidelberg", "Title": "Doktorandin & Postdoc, Immunologie", "Description": "",
     "Location": "Heidelberg", "Started On": "Oct 2011", "Finished On": "Jan 2019"},
], ["Business Development", "Licensing", "Antibody Engineering", "Bispecific Antibodies", "Alliance Management", "Immunology"])

if __name__ == "__main__":
    print(ex.summary())

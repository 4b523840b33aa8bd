"""Persona dev39/mixed-ux-research-lead-fintech-frankfurt, written blind in session 5.

Lea Brandtner, UX Research Lead at the invented Frankfurt fintech Quenta Finance GmbH.
Layout 2026. German and English about half/half. Every message text below is written by
hand. Run with the project venv; it rewrites the persona folder byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-ux-research-lead-fintech-frankfurt"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Lea Brandtner", "https://www.linkedin.com/in/lea-brandtner-research",
               "Quenta Finance GmbH", "UX Research Lead")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv

# ====================================================================== GENUINE (35)

P("pm_jonas", "Jonas Albers", "Quenta Finance GmbH", "Senior Product Manager Onboarding", connected="2022-04-04")
C("genuine", "pm_study_request", "de", "PM bittet um Studie zu Abbrüchen im Video-Ident", [
    ("pm_jonas", "2025-03-03 09:14", "Moin Lea, die Abbruchquote im Video-Ident ist seit dem Anbieterwechsel von 18 auf 27 % hoch. Die Daten sagen uns wo, aber nicht warum. Schaffst du eine kleine Studie vor dem Sprint-Review am 24.? 6–8 Leute würden mir reichen."),
    ("me", "2025-03-03 10:02", "Hi Jonas, machbar, aber nur remote und mit Leuten, die in den letzten 4 Wochen abgebrochen sind. Kannst du mir bis morgen eine Liste aus dem CRM ziehen (mit Einwilligung zur Kontaktaufnahme)? Dann starte ich Donnerstag mit dem Recruiting."),
    ("pm_jonas", "2025-03-03 10:10", "Liste kommt heute Nachmittag. Danke dir, du rettest mir das Review 🙏"),
])

P("pm_ana", "Ana Kovač", "Quenta Finance GmbH", "Product Manager Payments", connected="2023-01-16")
C("genuine", "pm_quick_test", "en", "PM asks for quick usability test before release", [
    ("pm_ana", "2025-03-18 15:40", "Hey Lea, any chance of a quick-and-dirty test on the new split-payment flow before we ship on the 2nd? Design thinks it's fine, I'm less sure about the 'request money' wording."),
    ("me", "2025-03-18 16:05", "Sure. I'll do 5 unmoderated sessions on the prototype this week, results Friday. Send me the Figma link with the final copy please, not the one from last sprint 😅"),
    ("pm_ana", "2025-03-18 16:07", "Haha fair. Link incoming."),
])

P("teiln1", "Renate Kowalski", "", "")
C("genuine", "participant_incentive", "de", "Studienteilnehmerin fragt nach Gutschein", [
    ("teiln1", "2025-04-02 11:20", "Guten Tag Frau Brandtner, ich habe am 20. März an Ihrem Interview zur Banking-App teilgenommen. Es war sehr nett! Der Gutschein über 60 Euro ist aber noch nicht angekommen. Muss ich da noch etwas machen? Mit freundlichen Grüßen R. Kowalski"),
    ("me", "2025-04-02 11:45", "Liebe Frau Kowalski, vielen Dank für Ihre Geduld und entschuldigen Sie die Verzögerung! Der Gutschein ist im Spam-Ordner gelandet, ich habe ihn gerade noch einmal an Ihre E-Mail-Adresse geschickt. Sagen Sie mir bitte Bescheid, ob er angekommen ist."),
    ("teiln1", "2025-04-02 12:30", "Ja, jetzt ist er da! Danke schön und viel Erfolg mit der App."),
])

P("teiln2", "Wolfgang Hessler", "", "Rentner", connected="2025-05-20")
C("genuine", "participant_feedback", "de", "älterer Studienteilnehmer bedankt sich, mit Tippfehlern", [
    ("teiln2", "2025-05-21 18:02", "Sehr geehrte Frau Brandtner, ich wollt mich nochmal bedanken für das Gespräch gestern. Ich hab mich mit 71 Jahren nich so dumm gefühlt wie sonst bei den Banken-Apps. Wenn sie wieder jemand in meinem alter brauchen, ich mach gern mit. Mfg W. Hessler"),
    ("me", "2025-05-21 19:10", "Lieber Herr Hessler, danke Ihnen! Sie haben uns mit Ihren Hinweisen zur Schriftgröße sehr geholfen, das geht direkt ins Team. Ich melde mich gern wieder bei Ihnen."),
])

P("panel_de", "Stefanie Wirth", "Probandenwerk Rhein-Main", "Projektleitung", connected="2021-09-08")
C("genuine", "owner_initiated_vendor_quote", "de", "sie fragt beim bestehenden Rekrutierungspanel ein Angebot an, Preise", [
    ("me", "2025-04-14 09:30", "Hallo Stefanie, ich bräuchte ein Angebot für 12 Teilnehmende 65+, Girokonto bei einer Filialbank, nutzen Online-Banking höchstens gelegentlich. In-Person in Frankfurt, 90 Minuten, KW 20. Geht das mit eurem Panel?"),
    ("panel_de", "2025-04-14 13:15", "Hallo Lea, machbar! 65+ mit geringer Online-Nutzung ist bei uns gut vertreten. Rekrutierung 145 € pro Person, Incentive empfehlen wir 90 € (wegen Anfahrt), plus 2 Ersatzpersonen. Macht 2.030 € Rekrutierung + Incentives. Angebot kommt als PDF."),
    ("me", "2025-04-14 13:40", "Passt, bitte schick das PDF an unseren Einkauf mit PO-Nummer 25-0412. Danke!"),
])

P("tool_vendor", "Marcus Feld", "Loopnote", "Customer Success Manager", connected="2022-11-02")
C("genuine", "vendor_price_change", "en", "existing research-tool vendor announces price change at renewal", [
    ("tool_vendor", "2025-05-05 10:00", "Hi Lea, heads-up ahead of your renewal on July 1: we're moving from seat-based to usage-based pricing for the transcription add-on. For your current usage (roughly 140 hours/year) that would mean about +9% in total. If you renew on the annual plan before June 15, we can keep your current seat price for another 12 months."),
    ("me", "2025-05-05 11:30", "Thanks Marcus. Please send me both options as a written quote, our procurement needs them side by side. And can you confirm the transcription still runs on EU servers?"),
    ("tool_vendor", "2025-05-05 11:50", "Yes, EU (Frankfurt region). Both quotes by Wednesday."),
])

P("konf", "Dr. Henrike Laufer", "UX Rhein-Main Konferenz", "Programmleitung", connected="2024-10-01")
C("genuine", "event_speaker_contract", "de", "Konferenz lädt zum Vortrag ein, Honorar und Vertrag", [
    ("konf", "2025-02-10 14:00", "Liebe Lea, wir würden dich sehr gern für die UX Rhein-Main im Juni als Sprecherin gewinnen, 30 Minuten, Thema gern etwas zu Research-Ops oder zu Studien mit älteren Menschen. Wir zahlen 500 € Honorar plus Ticket für eine Begleitperson. Den Sprechervertrag schicke ich dir, wenn du grundsätzlich Ja sagst."),
    ("me", "2025-02-10 15:20", "Liebe Henrike, grundsätzlich Ja! Ich muss das Honorar intern melden, aber das ist Formsache. Thema: 'Warum unsere Insights in Confluence sterben und was wir dagegen tun'. Passt das?"),
    ("konf", "2025-02-10 15:33", "Großartiger Titel. Vertrag kommt morgen."),
])

P("bootcamp_en", "Tyrell Mensah", "", "UX Design Bootcamp Graduate", connected="2025-06-02")
C("genuine", "advice_request", "en", "bootcamp graduate asks how to move into research", [
    ("bootcamp_en", "2025-06-03 19:45", "Hi Lea, I just finished a UX bootcamp in Berlin and I realized I enjoy the research part way more than UI. I saw your talk recording from UX Rhein-Main. Do you have any advice for someone trying to get a first research job in Germany without a psychology degree? Sorry for the cold message."),
    ("me", "2025-06-04 08:30", "Hi Tyrell, no need to apologize. Honest advice: one real study with real participants beats three case studies from the bootcamp. Volunteer for a non-profit, document your recruiting and synthesis, not just the screens. And ReOps Frankfurt meetups are a good place to meet hiring managers. Happy to look at your portfolio once you have that study."),
    ("bootcamp_en", "2025-06-04 08:52", "That's super helpful, thank you!!"),
])

P("bootcamp_de", "Melis Aydın", "", "Junior UX Researcherin (auf Jobsuche)", connected="2025-07-14")
C("genuine", "advice_request", "de", "Bootcamp-Absolventin bittet um Portfolio-Feedback", [
    ("bootcamp_de", "2025-07-15 12:10", "Hallo Lea, ich hab mein Portfolio nach deinem Tipp bei dem Meetup umgebaut (mehr Prozess, weniger hübsche Screens). Hättest du 10 Minuten, kurz draufzuschauen? Ich bewerbe mich gerade bei zwei Banken und bin unsicher, ob die Fallstudie zu lang ist."),
    ("me", "2025-07-15 17:40", "Hallo Melis, klar. Erster Eindruck: die Fallstudie ist nicht zu lang, aber die Erkenntnisse kommen zu spät. Stell die 3 wichtigsten Findings ganz nach oben und erst dann die Methode. Ansonsten richtig gut geworden!"),
    ("bootcamp_de", "2025-07-15 17:45", "Danke!!! Mach ich sofort."),
])

P("recruiter_eng", "Oliver Stanfield", "Cobalt Talent Partners", "Principal Recruiter UX", connected="2025-05-26")
C("genuine", "recruiter_engaged_by_owner", "en", "owner engaged an agency recruiter to fill her open Senior UXR role; fee terms", [
    ("me", "2025-05-26 10:15", "Hi Oliver, as discussed on the phone: we're hiring a Senior UX Researcher (mixed methods, German C1, Frankfurt hybrid). Our talent team agreed to work with one agency for this. Can you confirm your fee and the guarantee period in writing?"),
    ("recruiter_eng", "2025-05-26 14:00", "Hi Lea, thanks for the trust. Fee is 20% of first-year base, 3-month replacement guarantee, invoiced only on start. I already have two candidates who have done banking research with older users, which I know matters to you. Profiles by Friday."),
    ("recruiter_eng", "2025-05-30 16:30", "Both profiles are with you by email. Candidate A is available with 1 month notice."),
    ("me", "2025-05-30 17:00", "Got them, thanks. I'll get back to you Tuesday."),
])

P("bewerber", "Katharina Sommerfeld", "", "UX Researcherin", connected="2025-06-10")
C("genuine", "applicant", "de", "Bewerberin auf ihre offene Stelle fragt nach", [
    ("bewerber", "2025-06-11 08:20", "Liebe Frau Brandtner, ich habe mich letzte Woche auf die Stelle als Senior UX Researcher beworben und wollte mich kurz persönlich vorstellen. Ich arbeite seit 5 Jahren in der Versicherungsbranche und habe dort u. a. eine Tagebuchstudie mit 40 Haushalten zu Finanzentscheidungen gemacht. Ich würde mich sehr über ein Gespräch freuen."),
    ("me", "2025-06-11 09:40", "Liebe Frau Sommerfeld, danke für die Nachricht! Ihre Bewerbung liegt mir vor und die Tagebuchstudie klingt spannend. Unser Talent-Team meldet sich diese Woche mit einem Terminvorschlag für das Erstgespräch."),
])

P("hochschule", "Prof. Dr. Matthias Rüdiger", "Hochschule Main-Taunus", "Studiengang Digitale Medien", connected="2025-08-18")
C("genuine", "inbound_paid_lecture", "de", "Hochschule möchte sie für bezahlten Lehrauftrag/Gastvortrag buchen", [
    ("hochschule", "2025-08-19 10:00", "Sehr geehrte Frau Brandtner, wir suchen für das Wintersemester eine Lehrbeauftragte für ein Blockseminar 'UX Research in regulierten Branchen' (2 SWS, 4 Termine). Vergütung nach Lehrauftragsrichtlinie, 60 € pro Stunde. Hätten Sie Interesse? Ihr Vortrag in Frankfurt wurde uns von Studierenden empfohlen."),
    ("me", "2025-08-19 12:30", "Sehr geehrter Herr Prof. Rüdiger, sehr gern! Ich muss die Nebentätigkeit bei meinem Arbeitgeber anzeigen, das dauert erfahrungsgemäß zwei Wochen. Können Sie mir die Termine schon schicken?"),
    ("hochschule", "2025-08-19 13:00", "Selbstverständlich, die Termine kommen heute per Mail."),
])

P("peer_joint", "Sophie Marchetti", "Assura Digital Insurance", "Lead UX Researcher", connected="2023-05-11")
C("genuine", "peer_joint_offer", "en", "peer researcher proposes a joint paid masterclass, fee split", [
    ("peer_joint", "2025-09-01 17:15", "Lea! The Nordic UX Summit asked me for a half-day masterclass on research with vulnerable customers. I'd much rather do it with you, your 65+ banking work is the other half of the story. They pay €2,400 for the masterclass, we'd split 50/50, and they cover travel for both. In?"),
    ("me", "2025-09-01 18:30", "In! Let me check the side-job rules at work, but I don't see a problem. Call on Thursday to sketch the agenda?"),
    ("peer_joint", "2025-09-01 18:33", "Thursday 6pm. 🙌"),
])

P("spam_teiln", "Gül Demir", "", "")
C("genuine", "participant_in_spam_folder", "de", "Teilnehmerin verschiebt Termin, Nachricht landete im SPAM-Ordner", [
    ("spam_teiln", "2025-05-16 07:30", "Hallo Frau Brandtner, ich bin für Montag 14 Uhr für das Interview eingeplant, aber mein Sohn ist krank. Geht auch Dienstag oder Mittwoch? Entschuldigung!"),
    ("me", "2025-05-16 12:05", "Hallo Frau Demir, Ihre Nachricht war leider im Spam-Ordner, zum Glück hab ich reingeschaut! Mittwoch 14 Uhr geht gut. Gute Besserung an Ihren Sohn!"),
    ("spam_teiln", "2025-05-16 12:20", "Danke, bis Mittwoch!"),
], folder="SPAM")

P("night1", "Daniel Okafor", "Rheinbank Digital", "Product Designer", connected="2025-10-09")
P("night2", "Carina Vogel", "Freelance", "UX Researcherin", connected="2025-10-09")
P("night3", "Elif Şahin", "Mainwerk Digital", "Service Designerin", connected="2025-10-10")
C("genuine", "thanks_after_talk", "en", "thank-you 1/3 after her talk at Frankfurt UX Night", [
    ("night1", "2025-10-09 22:40", "Thanks for the talk tonight, Lea! The part about research insights dying in Confluence was painfully accurate. Would love to see the repository template you showed."),
    ("me", "2025-10-10 08:15", "Thanks Daniel! I'll share the template in the meetup group today."),
])
C("genuine", "thanks_after_talk", "de", "Dank 2/3 nach demselben Vortrag, fast gleichlautend", [
    ("night2", "2025-10-09 23:05", "Danke für den Vortrag heute Abend, Lea! Der Teil, wie Insights in Confluence sterben, war schmerzhaft treffend 😅 Würde mich auch über das Template freuen."),
])
C("genuine", "thanks_after_talk", "de", "Dank 3/3 nach demselben Vortrag, mit Frage", [
    ("night3", "2025-10-10 09:20", "Hallo Lea, danke nochmal für den tollen Vortrag gestern! Kurze Frage: Taggt ihr Insights nach Produktbereich oder nach Nutzerbedürfnis? Wir streiten uns darüber gerade im Team."),
    ("me", "2025-10-10 10:00", "Hallo Elif, nach Bedürfnis zuerst, Produktbereich nur als Zweittag. Sonst findet niemand etwas, sobald das Org-Chart sich ändert 🙂"),
])

P("a11y_user", "Jürgen Brehm", "", "Berater für digitale Barrierefreiheit", connected="2025-04-22",
  invite=("OUT", "2025-04-21 16:00", "Hallo Herr Brehm, ich würde Sie gern zu einer Studie einladen, darf ich mich vernetzen?"))
C("genuine", "owner_initiated_recruiting", "de", "sie lädt einen blinden Screenreader-Nutzer zu einer bezahlten Studie ein", [
    ("me", "2025-04-22 09:00", "Hallo Herr Brehm, danke fürs Vernetzen. Wir möchten unsere Banking-App mit Menschen testen, die VoiceOver oder TalkBack nutzen, und zwar richtig, nicht nur mit einem Prüftool. Hätten Sie Interesse an einer 90-minütigen Session (remote oder bei uns)? Vergütung 120 €."),
    ("a11y_user", "2025-04-22 11:30", "Hallo Frau Brandtner, gern, und danke, dass Sie fragen statt zu vermuten. Remote ist mir lieber, ich nutze VoiceOver auf dem iPhone. Ich kann Ihnen auch noch zwei TalkBack-Nutzer vermitteln."),
    ("me", "2025-04-22 11:45", "Das wäre großartig! Ich schick Ihnen Terminvorschläge."),
])

P("excolleague", "Nadia Farouk", "Berliner Sparbank", "Research Operations Manager", connected="2020-03-03")
C("genuine", "owner_initiated_peer_advice", "en", "owner asks former colleague about repository tool experience", [
    ("me", "2025-07-02 18:00", "Hi Nadia! Quick question: you moved your repository off Confluence last year, right? Which tool did you pick and did people actually use it after the first 3 months? I'm writing the business case."),
    ("excolleague", "2025-07-02 20:15", "Hey Lea! Yes. Honestly, the tool mattered less than having one person own the tagging. Adoption went from ~10 to ~60 people once PMs got a weekly digest. Happy to share our business case, ping me for a call."),
    ("me", "2025-07-02 20:30", "You're a star. Call next week!"),
])

P("legal", "Dr. Tobias Renner", "Quenta Finance GmbH", "Legal Counsel Datenschutz", connected="2022-02-14")
C("genuine", "internal_legal_consent", "de", "Datenschutzjurist zu Einwilligung bei Videoaufzeichnungen", [
    ("legal", "2025-04-08 16:20", "Hallo Lea, zur neuen Einwilligungserklärung: Wenn ihr Bildschirmaufnahmen mit Kontoständen macht, müssen wir die Löschfrist auf 6 Monate begrenzen und die Aufnahmen dürfen nicht im Research-Tool in den USA liegen. Ist das bei Loopnote gewährleistet?"),
    ("me", "2025-04-08 16:45", "Hi Tobias, Loopnote hostet in der EU (Frankfurt), AVV liegt bei Procurement. 6 Monate Löschfrist ist ok für uns, ich stelle die automatische Löschung ein."),
    ("legal", "2025-04-08 16:50", "Super, dann gebe ich das frei."),
])

P("designer", "Hannah Lindqvist", "Quenta Finance GmbH", "Lead Product Designer", connected="2022-05-02")
C("genuine", "internal_collaboration", "en", "design lead coordinates findings handoff", [
    ("designer", "2025-06-18 11:00", "Lea, could you present the 65+ findings at design crit on Monday instead of sending the deck? The team reads decks like terms and conditions 🙈"),
    ("me", "2025-06-18 11:10", "Ha, yes. 20 minutes, and I'll bring two clips of Mr. H. struggling with the TAN screen. That'll do more than any slide."),
])

P("boss", "Frederik Aust", "Quenta Finance GmbH", "VP Product", connected="2022-01-10")
C("genuine", "internal_hiring_budget", "en", "VP Product on headcount and agency fee for the hire", [
    ("boss", "2025-05-22 08:40", "Morning Lea, finance approved the Senior UXR headcount 🎉 but they want the agency fee capped at 20% and only if we don't find someone through referrals in the first 4 weeks. Can you work with that?"),
    ("me", "2025-05-22 09:05", "Great news! 20% is exactly what Cobalt quoted, so yes. I'll post the role internally and in ReOps Frankfurt today and start the agency clock on June 20."),
    ("boss", "2025-05-22 09:07", "Perfect."),
])

P("journalist", "Clara Steinhäuser", "Finanzwoche", "Redakteurin Digitales Banking", connected="2025-09-15")
C("genuine", "journalist_interview", "de", "Journalistin fragt nach Interview zu Dark Patterns bei Neobanken", [
    ("journalist", "2025-09-16 10:30", "Guten Tag Frau Brandtner, ich recherchiere zu Dark Patterns in Banking- und Trading-Apps (z. B. versteckte Kündigung, Gamification beim Trading). Sie haben auf der UX Rhein-Main zu ethischer Forschung gesprochen. Hätten Sie Zeit für ein Hintergrundgespräch? Gern auch ohne Namensnennung."),
    ("me", "2025-09-16 12:00", "Guten Tag Frau Steinhäuser, gern, aber ich muss das mit unserer Pressestelle abstimmen. Ich melde mich bis Donnerstag mit einem Termin."),
    ("journalist", "2025-09-16 12:05", "Danke, das verstehe ich natürlich."),
])

P("freundin", "Miriam Becker", "", "Freundin", connected="2016-08-20")
C("genuine", "friend_small_talk", "de", "Freundin, Smalltalk, Äppler in Sachsenhausen", [
    ("freundin", "2025-07-25 17:50", "Lea!! Freitag Äppler in Sachsenhausen? Die alte Truppe ist da, sogar Jan kommt aus Hamburg 🍏"),
    ("me", "2025-07-25 18:05", "Jaaa, endlich! Ich komm nach 19 Uhr, muss noch ne Synthese fertig machen. Heb mir nen Platz im Hof auf!"),
    ("freundin", "2025-07-25 18:06", "Mit Grie Soß, versprochen 😄"),
])

P("mentor", "Prof. Dr. Ingrid Kessler", "Universität Rhein-Main (em.)", "Professorin für Arbeits- und Organisationspsychologie (em.)", connected="2015-11-01")
C("genuine", "long_standing_mentor", "en", "former professor and mentor, long-standing contact", [
    ("mentor", "2025-11-03 09:00", "Dear Lea, a former student of mine just told me she applied to your team because of your talk. It seems the circle closes. I still remember your thesis on trust in online banking from 2014. How are you?"),
    ("me", "2025-11-03 12:30", "Dear Ingrid, what a lovely message! The 2014 thesis is still the reason I do this job. I'm well, busy, happy. May I invite you for lunch at the Palmengarten in November?"),
    ("mentor", "2025-11-03 13:00", "With pleasure. Any Wednesday."),
])

P("panel_uk", "Harriet Bloom", "PanelPilot", "Account Manager EMEA", connected="2024-02-05")
C("genuine", "vendor_quote_existing", "en", "existing international panel vendor quotes UK study she requested", [
    ("me", "2025-10-13 10:00", "Hi Harriet, we're testing our app for a UK launch. Could you quote 16 remote sessions, UK adults 25-55 who switched banks in the last 2 years, 60 minutes, first week of November?"),
    ("panel_uk", "2025-10-13 15:45", "Hi Lea! For that spec: £95 recruitment per participant, recommended incentive £60, total £2,480 incl. 2 floaters. Bank switchers are easy in the UK thanks to the switch service. Shall I hold the week?"),
    ("me", "2025-10-13 16:00", "Yes, please hold it. PO follows tomorrow."),
])

P("reops_host", "Benedikt Hahn", "ReOps Frankfurt", "Meetup Host", connected="2021-06-01")
C("genuine", "event_invitation_real_contact", "en", "meetup host invites her to the Christmas edition", [
    ("reops_host", "2025-11-24 19:00", "Hey Lea, ReOps Frankfurt Christmas edition on Dec 11 at the Ostend coworking space. Lightning talks + Glühwein. Would you do 5 minutes on your incentive payout mess (and how you fixed it)? People loved your rant at the last one 😄"),
    ("me", "2025-11-24 19:30", "Haha, happy to turn my pain into a lightning talk. Count me in!"),
])

P("support", "Patrick Neumann", "Quenta Finance GmbH", "Team Lead Customer Support", connected="2023-03-07")
C("genuine", "internal_support_tickets", "de", "Support-Teamleiter teilt Ticketmuster für Research", [
    ("support", "2025-08-05 14:25", "Hi Lea, seit dem Update haben wir auffällig viele Tickets von Leuten, die den Dauerauftrag nicht mehr finden (ca. 80 in 2 Wochen). Vielleicht was für eure nächste Studie? Ich kann dir anonymisierte Beispiele schicken."),
    ("me", "2025-08-05 14:50", "Unbedingt, danke Patrick! Schick mir 20 Beispiele, ich mach daraus eine schnelle Tree-Test-Runde."),
])

P("analyst", "Raj Patel", "Quenta Finance GmbH", "Senior Data Analyst", connected="2023-08-21")
C("genuine", "internal_collaboration", "mixed", "Analyst und Researcherin im Denglisch-Slack-Stil", [
    ("analyst", "2025-08-12 10:00", "Hey Lea, hab die Funnel-Daten für den Dauerauftrag gezogen. Drop-off ist vor allem im 'Intervall wählen' step, 34%. Passt das zu deinem tree test?"),
    ("me", "2025-08-12 10:20", "Yes! Genau da haben 7 von 10 im Tree Test falsch geklickt. Let's bring both to the product review, quant + qual zusammen überzeugt immer mehr."),
    ("analyst", "2025-08-12 10:22", "Deal, ich bau eine Slide."),
])

P("thesis", "Lukas Meyer-Ott", "Universität Bergstraße", "Masterstudent Psychologie", connected="2025-11-10")
C("genuine", "student_interview_request", "de", "Masterstudent bittet um Experteninterview für Thesis", [
    ("thesis", "2025-11-11 16:00", "Hallo Frau Brandtner, ich schreibe meine Masterarbeit über den Einsatz qualitativer Forschung in Fintechs und würde Sie gern für ein 45-minütiges Experteninterview gewinnen. Alles anonymisiert natürlich. Wäre das im Dezember möglich?"),
    ("me", "2025-11-11 18:30", "Hallo Herr Meyer-Ott, gern. Schlagen Sie mir zwei Termine in der zweiten Dezemberwoche vor, am besten nachmittags."),
])

P("kunde", "Sabine Grothe", "", "", connected="2025-12-08")
C("genuine", "customer_feedback", "de", "Bankkundin schreibt mit App-Problem, sie vermittelt weiter", [
    ("kunde", "2025-12-08 21:15", "Hallo, Sie arbeiten doch bei Quenta? Ich komme seit dem Update nicht mehr an meine Kontoauszüge als PDF, und der Chat-Bot versteht mich nicht. Ich brauche die fürs Finanzamt. Können Sie mir helfen?"),
    ("me", "2025-12-09 08:10", "Hallo Frau Grothe, das tut mir leid! Ich habe Ihr Anliegen direkt an unser Support-Team weitergegeben, Herr Neumann meldet sich heute bei Ihnen. Und danke, solche Hinweise helfen uns wirklich, die App zu verbessern."),
    ("kunde", "2025-12-09 14:00", "Hat geklappt, danke!"),
])

P("moderator", "Aylin Kaya", "", "Freiberufliche Interviewerin (DE/TR)", connected="2023-10-12")
C("genuine", "vendor_price_change", "de", "bestehende freie Moderatorin kündigt neuen Tagessatz an", [
    ("moderator", "2026-01-07 09:30", "Hallo Lea, frohes neues Jahr! Kurze Info: Ab Februar liegt mein Tagessatz bei 780 € statt 720 €, Halbtag 450 €. Für die Studie, die wir im Januar schon fest geplant haben, gilt natürlich noch der alte Satz."),
    ("me", "2026-01-07 10:15", "Frohes Neues, Aylin! Danke für die Info, ist fair. Schick mir bitte das neue Angebot für Q1/Q2, dann kann ich es im Budget einplanen."),
])

P("nordic", "Mikkel Sørensen", "Nordic UX Summit", "Program Coordinator", connected="2025-09-05")
C("genuine", "event_logistics", "en", "conference coordinator requests slides and reimbursement form", [
    ("nordic", "2025-12-01 13:00", "Hi Lea, thank you for the masterclass with Sophie, the feedback scores were the highest of the day! Could you send the final slides (PDF) and the reimbursement form with your train receipts by Dec 15? Your half of the fee goes out with the next payment run."),
    ("me", "2025-12-01 14:20", "Hi Mikkel, so glad it went well! Slides and receipts coming this week."),
], attachments={0: "https://www.linkedin.com/dms/reimbursement-form-nux.pdf"})

P("referral", "Jan-Erik Thal", "Kontor Wealth", "Head of Design", connected="2019-07-19")
C("genuine", "candidate_referral", "en", "ex-colleague refers a candidate for her open role", [
    ("referral", "2025-06-16 12:00", "Hi Lea, saw your Senior UXR post. One of my researchers is moving to Frankfurt for family reasons and I'd hate to lose her to a random company. She's great with quant, German native, did our whole robo-advisor research. OK if I pass her your contact?"),
    ("me", "2025-06-16 12:30", "Yes please! Referrals before the agency kicks in are exactly what I need."),
])

P("pm_ua", "Dmytro Koval", "Quenta Finance GmbH", "Product Owner Investing", connected="2024-06-10")
C("genuine", "pm_study_request", "en", "product owner asks for research on savings-plan cancellation", [
    ("pm_ua", "2026-01-20 11:30", "Hi Lea, we see a spike in cancelled ETF savings plans after 3 months. Before we build a retention flow, I'd like to understand why. Could your team fit a few interviews in February? I can give you budget for incentives."),
    ("me", "2026-01-20 12:10", "Hi Dmytro, yes, and thank you for asking before building 😄 Let's do 8 interviews with people who cancelled in the last 60 days. I'll need about €700 for incentives. Kick-off Thursday?"),
    ("pm_ua", "2026-01-20 12:12", "Thursday works, budget approved."),
])

# ====================================================================== WANTED PITCHES (12)

P("repo_w", "Elena Marx", "Stackfold", "Founder & CEO", connected="2025-06-16",
  invite=("IN", "2025-06-16 08:00", "Hi Lea, I watched your UX Rhein-Main talk on insights dying in Confluence."))
C("wanted_pitch", "research_repo_after_talk", "en", "repository tool founder references her conference talk and its specifics", [
    ("repo_w", "2025-06-16 10:15", "Thanks for connecting, Lea. In your talk you said the problem isn't storage, it's that PMs never search, so insights have to come to them. That's exactly why we built Stackfold around a weekly digest per product area rather than a search box. We're EU-hosted (Frankfurt) and we import Confluence pages with their tags, so you wouldn't start from zero. Would a 30-minute demo with your 2023 Confluence space as the test data be useful? No sales deck, promise."),
    ("me", "2025-06-16 11:40", "You actually listened to the talk 😄 OK, a demo with our own data would be the only kind I'd accept. Let's do it after the holiday, mid-July."),
])

P("panel_w", "Gerhard Laux", "SilberPanel", "Geschäftsführer")
C("wanted_pitch", "panel_after_post", "de", "Spezialpanel für Senioren reagiert auf ihren Post über gescheitertes 65+-Recruiting", [
    ("panel_w", "2025-03-24 09:45", "Guten Tag Frau Brandtner, in Ihrem LinkedIn-Post schrieben Sie, dass Ihr Panel Ihnen für '65+ ohne Online-Banking' fast nur Leute geschickt hat, die dann doch täglich online banken. Das ist das typische Problem von Online-Panels: Wer sich online registriert, ist eben online. Wir rekrutieren über Seniorentreffs, VHS-Kurse und Apotheken im Rhein-Main-Gebiet, telefonisch und mit Screening per Rückruf. Wenn Sie möchten, rekrutieren wir für Ihre nächste Studie zwei Personen kostenlos zur Probe."),
    ("me", "2025-03-24 11:00", "Herr Laux, Sie haben genau den wunden Punkt getroffen. Zwei zur Probe gern, ich schicke Ihnen den Screener."),
])

P("a11y_w", "Dr. Miriam Osei", "Barrierefrei Digital GmbH", "Geschäftsführerin")
C("wanted_pitch", "accessibility_regulation_concrete", "de", "Barrierefreiheits-Agentur nennt BFSG-Frist und einen konkreten Fehler in der Quenta-App", [
    ("a11y_w", "2025-04-28 10:00", "Sehr geehrte Frau Brandtner, ab dem 28. Juni gilt das Barrierefreiheitsstärkungsgesetz auch für Banking-Apps. Ich habe die Quenta-App mit VoiceOver getestet: Der Überweisen-Button auf der Startseite wird nur als 'Button' vorgelesen, und der TAN-Dialog lässt sich mit TalkBack nicht schließen. Beides wären bei einer Marktüberwachungsprüfung Befunde. Wir machen Audits nach EN 301 549 und Tests mit blinden und sehbehinderten Prüfern. Ich würde Ihnen gern die zwei Befunde mit Videos schicken, unabhängig von einem Auftrag."),
    ("me", "2025-04-28 11:15", "Frau Dr. Osei, danke, das ist ernst. Schicken Sie mir die Videos bitte sofort, ich leite sie ans Team weiter. Über ein Audit sprechen wir gern nächste Woche."),
])

P("recruit_w", "Charlotte Winkler", "Winkler Executive Search", "Partnerin Digital & Banking")
C("wanted_pitch", "recruiter_relevant_role", "de", "Headhunterin mit passender Leitungsrolle (Head of UX Research, Bank)", [
    ("recruit_w", "2025-08-25 08:30", "Guten Morgen Frau Brandtner, ich suche für eine Frankfurter Direktbank eine:n Head of UX Research, die den Bereich von 2 auf 8 Personen ausbaut, inkl. Research-Ops. Sie haben öffentlich über Ihr Repository-Projekt und die Studien mit älteren Kund:innen gesprochen, beides steht ganz oben auf der Wunschliste des Auftraggebers. Ich weiß, dass Sie gerade selbst ein Team aufbauen. Darf ich Ihnen trotzdem vertraulich die Eckdaten schicken?"),
    ("me", "2025-08-25 12:00", "Guten Tag Frau Winkler, ich bin nicht auf der Suche, aber die Eckdaten schaue ich mir gern vertraulich an."),
])

P("moderator_w", "Tomasz Nowicki", "", "Freiberuflicher Interviewer (DE/PL)")
C("wanted_pitch", "freelancer_mutual_contact", "de", "freier Interviewer auf Empfehlung von Aylin Kaya, polnischsprachige Teilnehmende", [
    ("moderator_w", "2025-10-20 14:00", "Hallo Lea, Aylin Kaya hat mir erzählt, dass ihr für den Launch der Auslandsüberweisung Interviews mit polnischen Kund:innen in Frankfurt und Offenbach plant und dass sie nur Türkisch abdeckt. Ich moderiere seit 6 Jahren Interviews auf Polnisch und Deutsch, u. a. für zwei Banken. Tagessatz 700 €, Transkript und Übersetzung der Zitate inklusive. Aylin kann dir gern etwas zu meiner Arbeit sagen."),
    ("me", "2025-10-20 15:30", "Hallo Tomasz, Aylin hat dich schon erwähnt, super! Lass uns nächste Woche telefonieren, die Studie ist für Januar geplant."),
])

P("localize_w", "Lucía Herrero", "Campo Research Madrid", "Research Director")
C("wanted_pitch", "agency_press_item", "en", "Spanish in-market research agency cites Quenta's Series B press release about Spain launch", [
    ("localize_w", "2025-07-08 09:00", "Hi Lea, congratulations on Quenta's Series B, the press release mentions launching in Spain in 2026. German fintechs often test the translated app with Spanish speakers in Germany, and then find out in Madrid that Bizum is the thing everyone expects next to transfers. We run in-market usability studies in Madrid and Valencia with moderators who can report in English or German. If it helps, I can share a 2-page note on what Spanish users expect from a banking app's payment screen, free, before you plan anything."),
    ("me", "2025-07-08 10:30", "Hi Lucía, the Bizum point is spot on, we haven't even discussed it yet. Yes please, send the note."),
])

P("payout_w", "Fabian Kuhl", "Incentivo", "Co-founder")
C("wanted_pitch", "tool_knows_her_stack", "en", "incentive payout tool read her stack article and names her manual voucher process", [
    ("payout_w", "2025-11-26 16:00", "Hi Lea, I read your Medium article 'Our research stack at Quenta' and the footnote that incentives are still Amazon vouchers sent by hand from a spreadsheet, and that older participants often can't redeem them. We built an EU payout service: participants choose SEPA transfer, voucher or donation, and it plugs into Loopnote and Calendly, which you listed. Given your Dec 11 lightning talk on exactly this, I'd love to show you in 20 minutes, and I'll happily be told it's not a fit."),
    ("me", "2025-11-26 17:30", "Ha, you did your homework. SEPA would solve the 65+ problem. 20 minutes next week, ok."),
])

P("diary_w", "Jana Fischbach", "Tagwerk Studien", "Gründerin")
C("wanted_pitch", "agency_after_article", "de", "Tagebuchstudien-Plattform bezieht sich auf ihren Artikel über Geld-Tagebücher", [
    ("diary_w", "2025-05-12 13:20", "Hallo Frau Brandtner, in Ihrem Artikel im UX-Magazin schrieben Sie, dass Sie für die Studie zu Sparentscheidungen eine WhatsApp-Gruppe als Tagebuch genutzt haben und die Datenschutzabteilung 'nicht begeistert' war. Unsere Tagebuch-App ist genau dafür gebaut: EU-Hosting, Einwilligungen pro Eintrag, Fotos von Kontoauszügen mit automatischer Schwärzung der IBAN. Wenn Sie mögen, richte ich Ihnen eine Testumgebung für 5 Teilnehmende ein."),
    ("me", "2025-05-12 15:00", "Hallo Frau Fischbach, die IBAN-Schwärzung würde unserem Datenschützer ein Lächeln aufs Gesicht zaubern. Testumgebung gern."),
])

P("writer_w", "Moritz Engel", "", "Freier UX-Writer")
C("wanted_pitch", "freelancer_concrete_problem", "de", "UX-Writer benennt konkret Du/Sie-Mix im Onboarding der App", [
    ("writer_w", "2025-09-29 10:40", "Hallo Frau Brandtner, ich habe mir das Onboarding der Quenta-App angeschaut: Die ersten vier Screens duzen, der Video-Ident-Schritt siezt ('Bitte halten Sie Ihren Ausweis...'), danach wird wieder geduzt. Das kommt vermutlich vom Ident-Anbieter, wirkt aber gerade an der Stelle, an der laut Ihren Zahlen viele abbrechen, wie ein Bruch. Ich bin freier UX-Writer mit Fokus auf Finanzprodukte und würde Ihnen gern eine durchgehende Version der Texte vorschlagen, erste 3 Screens kostenlos."),
    ("me", "2025-09-29 12:00", "Guter Punkt, das ist uns bei der Studie auch aufgefallen. Schicken Sie mir gern den Vorschlag, ich leite ihn an Jonas (PM Onboarding) weiter."),
])

P("lab_w", "Birgit Sauer", "Laborraum Sachsenhausen", "Inhaberin")
C("wanted_pitch", "supplier_saw_her_setup", "de", "Usability-Labor in der Nähe, kennt ihr Hotel-Setup aus ihren Post-Fotos", [
    ("lab_w", "2025-04-16 15:00", "Hallo Frau Brandtner, auf den Fotos zu Ihrer Seniorenstudie sieht man, dass Sie in einem Hotel-Tagungsraum mit Laptop und Webcam getestet haben und die Beobachter im selben Raum saßen. Wir haben 8 Gehminuten von Ihrem Büro ein Usability-Labor mit Beobachtungsraum, Deckenkamera für Smartphone-Tests und ebenerdigem Zugang (wichtig für ältere Teilnehmende). Tagesmiete 690 €. Sie können gern einfach mal vorbeikommen und es sich ansehen, Kaffee steht bereit."),
    ("me", "2025-04-16 16:10", "Ebenerdig und Beobachtungsraum, das klingt ideal. Ich komme nächste Woche mal vorbei."),
])

P("survey_w", "Anders Holm", "Formwise", "Account Executive DACH")
C("wanted_pitch", "software_public_document", "en", "survey tool vendor cites Quenta's public subprocessor list (US-hosted survey tool)", [
    ("survey_w", "2025-02-24 09:20", "Hi Lea, Quenta's public privacy policy lists a US-hosted survey tool as a subprocessor for 'customer research'. Since BaFin's cloud outsourcing guidance got stricter, several German neobanks have moved their research surveys to EU-only hosting to get it out of the outsourcing register. Formwise is hosted in Frankfurt, has a signed DPA template that two German banks' legal teams already approved, and imports your existing survey logic. Happy to send the DPA to your legal team first before any demo."),
    ("me", "2025-02-24 10:30", "That is a real headache for us, Tobias in legal will be pleased someone noticed. Please send the DPA, I'll forward it."),
])

P("training_w", "Katrin Vollmer", "Quantiq Academy", "Trainerin Quantitative UX Research")
C("wanted_pitch", "trainer_job_posting", "mixed", "Trainerin bezieht sich auf ihre Stellenanzeige mit Quant-Anforderungen", [
    ("training_w", "2025-06-30 14:30", "Hi Lea, in eurer Stellenanzeige für den Senior UXR steht 'sicher in Survey-Design und Statistik', and from your talk I understood the current team is mostly qualitative. Statt nur auf die eine Einstellung zu warten: I run a 2-day in-house training on survey design and basic stats for qual researchers, with your own data as exercises. Ich hab das letztes Jahr für ein Versicherungs-Team gemacht (Sophie Marchetti kennt mich von dort). Soll ich dir die Agenda schicken?"),
    ("me", "2025-06-30 16:00", "Hi Katrin, ja, schick mal die Agenda. Sophie hat tatsächlich von dem Training geschwärmt."),
])

# ====================================================================== JUNK (38)

# --- one template, five senders (one in German)
P("tpl1", "Ryan Cooper", "InsightScale", "Growth Lead", connected="2025-03-09")
C("junk", "template_ai_research_tool", "en", "AI research tool template 1/5", [
    ("tpl1", "2025-03-10 09:00", "Hi Lea, I noticed you're leading UX research at Quenta Finance, impressive work! We've built an AI platform that runs 100 user interviews overnight with synthetic users, so your team can get insights 10x faster. Would you be open to a 15-minute demo next week?"),
])
P("tpl2", "Megan Holt", "PersonaForge AI", "Account Executive", connected="2025-05-05")
C("junk", "template_ai_research_tool", "en", "template 2/5, same text other fill", [
    ("tpl2", "2025-05-06 10:30", "Hi Lea, noticed you lead UX research at Quenta Finance GmbH, really impressive work! We built an AI platform that runs hundreds of user interviews overnight with synthetic users, so teams get insights 10x faster. Open to a 15-min demo next week?"),
])
P("tpl3", "Florian Weber", "SynthUser", "Sales Manager DACH", connected="2025-07-20")
C("junk", "template_ai_research_tool", "de", "Vorlage 3/5 auf Deutsch", [
    ("tpl3", "2025-07-21 08:45", "Hallo Lea, ich habe gesehen, dass du bei Quenta Finance die UX-Research leitest, starke Arbeit! Wir haben eine KI-Plattform gebaut, die über Nacht 100 Nutzerinterviews mit synthetischen Nutzern durchführt, damit dein Team 10x schneller zu Insights kommt. Hättest du nächste Woche 15 Minuten für eine Demo?"),
])
P("tpl4", "Jake Morrison", "EchoPanel AI", "Founder", connected="2025-09-21")
C("junk", "template_ai_research_tool", "en", "template 4/5 with bump", [
    ("tpl4", "2025-09-22 11:00", "Hey Lea, saw you're heading UX research at Quenta, amazing work! Our AI runs 100+ user interviews overnight using synthetic users, helping research teams move 10x faster. Worth a 15-minute demo next week?"),
    ("tpl4", "2025-09-29 11:00", "Hi Lea, just bubbling this up. Any interest?"),
])
P("tpl5", "Priyanka Rao", "Qualisynth", "Business Development", connected="2025-12-14")
C("junk", "template_ai_research_tool", "en", "template 5/5, slightly reworded", [
    ("tpl5", "2025-12-15 13:20", "Hi Lea! I noticed you're leading UX Research at Quenta Finance, really impressive. We've created an AI platform that can run 100 user interviews overnight with synthetic participants, so your team gets insights 10x faster. Could we do a quick 15-minute demo next week?"),
])

# --- merge-tag failures
P("merge1", "Daniel Brooks", "TalentHive", "Recruitment Consultant")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} and {job_title} tags", [
    ("merge1", "2025-04-03 07:30", "Hi {first_name}, as a {job_title} you know how hard it is to hire great engineers. TalentHive has 500+ pre-vetted React developers ready to start next week. Can I send you some profiles?"),
])
P("merge2", "Sandra Möller", "Eventwerk Frankfurt", "Eventmanagerin")
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} und [Firmenname] nicht ersetzt", [
    ("merge2", "2025-06-24 10:00", "Hallo {{Vorname}}, planen Sie schon Ihr Sommerfest für [Firmenname]? Wir organisieren Teamevents von Kochkurs bis Escape Room, ab 49 € pro Person. Jetzt unverbindlich anfragen!"),
])
P("merge3", "Victor Lang", "Lang Wealth Management", "Vermögensberater", connected="2025-10-26")
C("junk", "merge_tag_wrong_name", "de", "falscher Name und falsche Firma", [
    ("merge3", "2025-10-27 09:15", "Liebe Frau Becker, herzlichen Glückwunsch zur neuen Position bei der Taunus Leasing AG! Gerade in einer neuen Rolle lohnt sich ein Blick auf die private Vermögensplanung. Darf ich Ihnen ein kostenloses Erstgespräch anbieten?"),
])

# --- sponsored InMail
P("spon1", "Mainufer Leadership Academy", "Mainufer Leadership Academy", "",
  url="https://www.linkedin.com/company/mainufer-leadership-academy")
C("junk", "sponsored_inmail", "en", "sponsored InMail for a leadership programme", [
    ("spon1", "2025-04-21 12:00", "<p>Hi Lea,</p><p>Take the next step in your career with our <b>Digital Leadership Certificate</b>. 6 weekends, hybrid, &amp; a network of 2,000 alumni.</p><p>Early-bird pricing ends Friday.</p>"),
], title="Sponsored Conversation", subject="Lead the digital change")
P("spon2", "Nimbus Analytics", "Nimbus Analytics", "",
  url="https://www.linkedin.com/company/nimbus-analytics")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Produktanalyse-Tool", [
    ("spon2", "2025-08-18 12:00", "<p>Hallo Lea,</p><p>verstehen Sie Ihre Nutzer wirklich? Mit <b>Nimbus Analytics</b> sehen Sie jeden Klick &amp; jede Session.</p><p>Jetzt 30 Tage kostenlos testen.</p>"),
], title="Sponsored Conversation", subject="30 Tage kostenlos")
P("spon3", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "sponsored message from unnamed member, webinar", [
    ("spon3", "2026-01-12 12:00", "Exclusive webinar: 7 AI trends every product leader must know in 2026. Reserve your seat today."),
], title="Sponsored Conversation", subject="AI trends 2026")

# --- paid awards / features / podcasts
P("award", "Natalie Spencer", "Global FinTech Excellence Awards", "Nominations Team")
C("junk", "paid_award", "en", "award 'shortlist' that requires an entry/gala fee", [
    ("award", "2025-05-27 10:00", "Dear Lea, congratulations! Quenta Finance has been shortlisted for 'Best Customer Experience Team 2025'. To confirm your place in the final round, please complete the entry package (€1,850), which includes two gala dinner seats in London and winner's logo usage."),
    ("award", "2025-06-03 10:00", "Dear Lea, a gentle reminder that shortlist confirmations close this Friday."),
])
P("podcast", "Marco Heinemann", "Podcast 'Product Minds DACH'", "Host")
C("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("podcast", "2025-09-09 17:30", "Hey Lea, wir würden dich super gern in 'Product Minds DACH' haben! Für unsere Premium-Gastfolgen (inkl. LinkedIn-Kampagne und 5 Shortclips) berechnen wir eine Produktionspauschale von 890 €. Soll ich dir einen Slot reservieren?"),
])
P("feature", "Olivia Grant", "Women in Fintech Review", "Editorial Partnerships")
C("junk", "paid_feature", "en", "'featured leader' profile that needs a sponsorship fee", [
    ("feature", "2025-11-17 11:00", "Hi Lea, we're compiling our '30 Women Shaping Fintech' edition and your profile stood out. Featured leaders receive a full-page interview and a digital badge. A sponsorship contribution of $1,100 covers editorial production. Shall I reserve your page?"),
])

# --- generic counterparts of wanted pitches
P("panel_j", "Kevin Hart", "MegaPanel Global", "Sales Director")
C("junk", "generic_panel", "en", "generic mass panel (counterpart of the seniors panel)", [
    ("panel_j", "2025-04-09 06:30", "Hello! Access 10 million+ survey respondents in 120 countries. Get responses in hours, starting at $1 per complete. Reply to get a free quote!"),
])
P("overlay_j", "Stefan Ritter", "AccessPlug", "Vertrieb")
C("junk", "generic_accessibility_overlay", "de", "Barrierefreiheits-Overlay mit Pauschalversprechen (Gegenstück zur Audit-Agentur)", [
    ("overlay_j", "2025-06-10 08:00", "Sehr geehrte Damen und Herren, das BFSG kommt! Mit nur einer Zeile Code macht AccessPlug Ihre Website in 48 Stunden barrierefrei und rechtssicher. Ab 49 € im Monat. Jetzt Demo buchen!"),
])
P("recruit_j", "Ben Schröder", "TechTalent Direct", "Recruiter", connected="2025-08-03")
C("junk", "irrelevant_recruiter", "de", "Recruiter mit völlig unpassender Stelle (Gegenstück zur Headhunterin)", [
    ("recruit_j", "2025-08-04 09:00", "Hi Lea, ich habe eine spannende Position als Senior Java Backend Developer (m/w/d) in Stuttgart, 85–95k, 2 Tage remote. Wäre das interessant für dich? Gerne auch, wenn du jemanden kennst!"),
])
P("survey_j", "Lisa Chen", "SurveyBoost", "Growth")
C("junk", "generic_survey_tool", "en", "generic survey tool pitch (counterpart of the EU survey tool)", [
    ("survey_j", "2025-10-01 15:00", "Hi there! Still using boring forms? SurveyBoost lets you create beautiful surveys in minutes with 200+ templates. Start your free trial today 🚀"),
])
P("writer_j", "Amelie Kurz", "Content Kraftwerk", "Texterin")
C("junk", "generic_copywriting", "de", "generische Textagentur (Gegenstück zum UX-Writer)", [
    ("writer_j", "2025-10-14 11:30", "Hallo! Brauchen Sie Texte für Website, Blog oder Social Media? Wir liefern SEO-optimierten Content ab 0,09 € pro Wort, schnell und zuverlässig. Melden Sie sich für ein Angebot!"),
])

# --- offers exactly what she does
P("same_service", "Nicolas Berger", "UserVoice Labs", "Managing Director", connected="2025-03-30")
C("junk", "offers_owner_service", "de", "Research-Agentur bietet ihr User Research an (ihr eigener Job)", [
    ("same_service", "2025-03-31 10:00", "Hallo Frau Brandtner, wissen Sie wirklich, was Ihre Nutzer denken? Wir führen für Sie Nutzerinterviews, Usability-Tests und Umfragen durch, inkl. Rekrutierung und Report. Pakete ab 4.900 €. Wann passt ein kurzes Kennenlernen?"),
])

# --- capacity for new clients
P("capacity", "Aaron Blake", "ClientPipeline", "Partner", connected="2025-07-06")
C("junk", "capacity_for_new_clients", "en", "'capacity for new clients?' to an in-house employee", [
    ("capacity", "2025-07-07 09:00", "Quick one, Lea: do you have capacity for 3-5 new consulting clients next quarter? We fill calendars for UX consultants on autopilot."),
    ("capacity", "2025-07-14 09:00", "Hi Lea, circling back. Capacity or fully booked?"),
])

# --- like-minded entrepreneurs
P("likeminded", "Dominik Sturm", "Sturm Ventures", "Serial Entrepreneur | Angel | Coach", connected="2025-02-16")
C("junk", "like_minded_connect_pitch", "de", "'gleichgesinnte Unternehmer', nach ihrer Antwort Mastermind-Pitch", [
    ("likeminded", "2025-02-17 07:15", "Hey Lea, immer schön, sich mit gleichgesinnten Unternehmern zu vernetzen! 💡 Woran arbeitest du gerade?"),
    ("me", "2025-02-17 12:00", "Hi, ich bin angestellt bei einem Fintech, aktuell an Studien zum Onboarding."),
    ("likeminded", "2025-02-17 12:05", "Nice! Viele Angestellte in deiner Position bauen sich gerade ein Side-Business auf. In meinem 'Founder Circle' zeige ich dir wie, Start am 1.3., noch 4 Plätze à 2.490 €. Interesse?"),
])

# --- quick 15-minute call
P("call15", "Jessica Moore", "OptiGrowth Partners", "Principal")
C("junk", "quick_call", "en", "'quick 15-minute call' with no-reply bumps", [
    ("call15", "2025-09-15 08:30", "Hi Lea, do you have 15 minutes this week for a quick call? I'd love to share how we help product teams ship faster."),
    ("call15", "2025-09-22 08:30", "Hi Lea, following up on my note below."),
    ("call15", "2025-10-01 08:30", "Hi Lea, I'll take the silence as not right now. Reach out anytime!"),
])

# --- connect-then-pitch
P("ctp1", "Marie Dubois", "Nexa Offshore Dev", "Partnerships", connected="2025-04-13",
  invite=("IN", "2025-04-13 09:00", ""))
C("junk", "connect_then_pitch", "en", "small talk about Frankfurt, pitch after owner answered", [
    ("ctp1", "2025-04-13 14:00", "Hi Lea, thanks for connecting! I'll be in Frankfurt next month for the first time, any tip for a good Apfelwein place? 🍏"),
    ("me", "2025-04-13 18:20", "Hi Marie! Sachsenhausen, any of the small places in the side streets. Enjoy!"),
    ("ctp1", "2025-04-13 18:30", "Thank you!! By the way, we're a nearshore team of 80 developers helping fintechs like Quenta scale their product roadmap at 40% lower cost. Could I show you our case studies while I'm in town?"),
])
P("ctp2", "Sven Albrecht", "Albrecht Immobilien", "Immobilienberater", connected="2025-08-24",
  invite=("IN", "2025-08-24 20:00", "Hallo Lea, würde mich freuen, mich mit dir zu vernetzen!"))
C("junk", "connect_then_pitch", "de", "Gruß, dann Immobilien-Investment in Nachricht 2", [
    ("ctp2", "2025-08-25 09:00", "Hallo Lea, danke fürs Annehmen! Wie war dein Sommer?"),
    ("ctp2", "2025-08-26 10:00", "Übrigens: Für Gutverdiener in Frankfurt haben wir gerade eine Neubauwohnung in Offenbach mit Sonder-AfA frei. Steuerlich sehr interessant. Soll ich dir das Exposé schicken?"),
])
P("ctp3", "Leonie Graf", "FlexPlant Office Green", "Beraterin", connected="2025-11-02",
  invite=("IN", "2025-11-02 11:30", ""))
C("junk", "connect_then_pitch", "de", "Kompliment zum Vortrag, dann Büropflanzen-Pitch", [
    ("ctp3", "2025-11-03 09:30", "Hi Lea, ich hab gesehen, dass du bei der UX Night gesprochen hast, wie cool! 🙌"),
    ("me", "2025-11-03 12:00", "Danke dir!"),
    ("ctp3", "2025-11-03 12:05", "Gerne! Sag mal, wie grün ist euer Büro eigentlich? 🌿 Wir statten Büros mit Pflanzen im Mietmodell aus, inklusive Pflege. Studien zeigen 15 % mehr Produktivität. Darf ich ein Angebot schicken?"),
])

# --- misc
P("fluent", "James Whitaker", "Meridian Transformation Group", "Partner")
C("junk", "fluent_company_named", "en", "fluent pitch naming Quenta that could go to any company", [
    ("fluent", "2025-10-22 14:00", "Lea, Quenta Finance is clearly at an exciting inflection point. Organisations at this stage often find that customer insight, product velocity and operating model need to evolve together. We partner with leadership teams at companies like Quenta Finance to align strategy and execution around the customer. I'd welcome the chance to share a few perspectives that could be relevant to Quenta. Would you have time for a brief conversation next week?"),
])
P("bump", "Tim Hager", "LeadStream Outbound", "SDR")
C("junk", "followup_bumps_no_reply", "de", "mehrere Nachfasser ohne Antwort", [
    ("bump", "2025-02-04 09:00", "Hallo Lea, wie wir einem Fintech aus Berlin zu 35 % mehr Demos verholfen haben: Lust auf die Case Study?"),
    ("bump", "2025-02-11 09:00", "Ich schieb das mal nach oben 🙂"),
    ("bump", "2025-02-18 09:00", "Hast du meine Nachricht gesehen?"),
    ("bump", "2025-03-04 09:00", "Okay, letzter Versuch. Falls es irgendwann passt, melde dich!"),
])
P("crypto", "Anna Petrova", "Velocity Capital", "Investment Advisor", connected="2025-05-11")
C("junk", "off_topic_crypto", "en", "crypto investment pitch", [
    ("crypto", "2025-05-12 21:40", "Hello Lea, I hope this finds you well. As a finance professional you'll appreciate our AI-driven crypto fund returning 6% monthly. Minimum €5,000. Shall I share the deck?"),
], folder="ARCHIVE")
P("bu", "Markus Kleinert", "Kleinert Finanzplanung", "Finanzberater")
C("junk", "off_topic_insurance", "de", "Berufsunfähigkeitsversicherung", [
    ("bu", "2025-07-28 18:00", "Hallo Lea, hast du eigentlich schon an deine Berufsunfähigkeit gedacht? Gerade im Büro unterschätzen das viele. Ich mache dir gern einen kostenlosen Check, dauert nur 20 Minuten."),
])
P("teamevent", "Jasper Klein", "Quizmaster Events", "Gründer")
C("junk", "off_topic_team_events", "en", "team event pitch", [
    ("teamevent", "2025-11-10 10:00", "Hi Lea! Christmas party still not planned? 🎄 Our online pub quiz for teams starts at €25 per person, fully hosted. Book before Nov 30 for 10% off!"),
])
P("devshop", "Rahul Mehta", "CodeSprint Technologies", "BDM")
C("junk", "off_topic_app_dev", "en", "offshore development pitch", [
    ("devshop", "2025-12-03 05:50", "Hi Lea, we are a 200+ member team delivering fintech apps, AI chatbots and blockchain solutions at very competitive rates. Do you have any upcoming requirements? Let's connect on a quick call."),
])
P("coach", "Verena Holzer", "Holzer Karrierecoaching", "Karrierecoach")
C("junk", "generic_coaching", "de", "Karrierecoaching allgemein", [
    ("coach", "2026-01-14 08:00", "Hallo Lea, neues Jahr, neue Karriere? 🚀 Viele Frauen in Tech verkaufen sich unter Wert. In meinem 1:1-Coaching verhandelst du dein Gehalt neu. Erstgespräch gratis!"),
])
P("ghost", "Tobias Lenz", "LinkedIn Growth Studio", "Ghostwriter")
C("junk", "generic_ghostwriting", "de", "LinkedIn-Ghostwriting", [
    ("ghost", "2026-02-02 09:30", "Hi Lea, deine Posts zu Research sind stark, aber du postest zu selten! Ich schreibe für Führungskräfte 12 Posts im Monat in ihrem Ton, 990 € pauschal. Soll ich dir ein Beispiel schicken?"),
])

P("merge4", "Hailey Summers", "Brandlift Social", "Social Media Strategist")
C("junk", "merge_tag_failure", "en", "unfilled {post_topic} tag in a fake-personal opener", [
    ("merge4", "2025-08-11 16:20", "Hi Lea, loved your recent post about {post_topic}! 🔥 It got me thinking: with the right content strategy, your personal brand could reach 10x more people. We manage LinkedIn for busy executives. Open to a chat?"),
])
P("notes_j", "Oscar Lindgren", "MeetMind AI", "Growth")
C("junk", "generic_ai_notes", "en", "generic AI meeting-notes tool (counterpart of the tailored repository pitch)", [
    ("notes_j", "2025-06-05 10:10", "Hi Lea! Never take meeting notes again 🤖 MeetMind joins your Zoom, Teams and Meet calls and writes summaries automatically. Free for 14 days, no credit card needed."),
])
P("test_platform", "Julian Hartmann", "TestCrowd24", "Vertrieb", connected="2025-11-23")
C("junk", "offers_owner_service", "de", "Crowd-Testing-Plattform verspricht Research-Ergebnisse in 24 h (ihr eigener Job)", [
    ("test_platform", "2025-11-24 10:45", "Hallo Lea, warum wochenlang Studien planen? Mit TestCrowd24 testen 50 echte Nutzer eure App in 24 Stunden, inklusive automatischem Insight-Report. Für Fintechs nur 99 € pro Test. Soll ich dir einen Testzugang einrichten?"),
])
P("jobrad", "Carolin Weiß", "RadFlott Dienstrad", "Key Account Managerin")
C("junk", "off_topic_bike_leasing", "de", "Dienstrad-Leasing fürs Unternehmen", [
    ("jobrad", "2025-03-17 09:00", "Guten Tag Frau Brandtner, bieten Sie Ihren Mitarbeitenden schon Dienstrad-Leasing an? Mit RadFlott ist das für den Arbeitgeber kostenneutral und in einer Woche eingeführt. Darf ich Ihnen die Unterlagen schicken?"),
])

if __name__ == "__main__":
    ex.write(OUT, {
        "First Name": "Lea", "Last Name": "Brandtner",
        "Headline": "UX Research Lead @ Quenta Finance | Research mit echten Menschen, auch 65+ | ReOps Frankfurt",
        "Summary": "I lead user research at Quenta Finance, a Frankfurt fintech (current account + investing). Mixed methods, research ops, studies with older and vulnerable customers. Co-organiser of ReOps Frankfurt.",
        "Industry": "Financial Services", "Geo Location": "Frankfurt am Main, Hessen, Deutschland",
        "Websites": "",
    }, [
        {"Company Name": "Quenta Finance GmbH", "Title": "UX Research Lead",
         "Description": "Building the research function (3 researchers), research ops, repository.",
         "Location": "Frankfurt am Main", "Started On": "Jan 2022", "Finished On": ""},
        {"Company Name": "Berliner Sparbank", "Title": "UX Researcher",
         "Description": "Online banking and robo-advisor research.", "Location": "Berlin",
         "Started On": "Mar 2017", "Finished On": "Dec 2021"},
    ], ["User Research", "Usability Testing", "Research Operations", "Survey Design",
        "Interviewing", "Accessibility", "Fintech"])
    print(ex.summary())

"""heldout16 persona: head of regulatory affairs at a surgical-instrument maker in Tuttlingen
(2026 layout, German and English about half/half).

Written blind to the detector, session 3. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/heldout16/_build/mixed_medical_device_regulatory_lead_tuttlingen.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-medical-device-regulatory-lead-tuttlingen"
OUT = Path(__file__).resolve().parents[1] / SLUG
OWNER = Person("me", "Johanna Rettich", "https://www.linkedin.com/in/dr-johanna-rettich-93d0a4")

ex = Export(SLUG, "2026", OWNER)
p = ex.person
c = ex.conv

# ====================================================================== genuine

p("nb", "Dr. Bernhard Albus", "CertiMed Prüfstelle GmbH", "Produktspezialist Chirurgie",
  connected="2017-04-03")
c("genuine", "vendor_price_change", "de",
  "Benannte Stelle kündigt höhere Tagessätze für Überwachungsaudits an und schlägt Termine vor",
  [("nb", "2025-10-06 08:30",
    "Guten Morgen Frau Dr. Rettich,\n\nvorab zur Info, bevor die offizielle Gebührenordnung "
    "verschickt wird: ab 1. Januar steigen unsere Auditor-Tagessätze von 1.980 € auf 2.160 €. "
    "Für das Überwachungsaudit im März (4 Audittage) sind das 720 € mehr.\n\nTerminvorschlag: "
    "17.-20. März 2026. Passt Ihnen das?\n\nBeste Grüße\nBernhard Albus"),
   ("me", "2025-10-06 11:15",
    "Guten Morgen Herr Dr. Albus,\n\ndanke für die Vorwarnung. Die Termine passen grundsätzlich, "
    "ich bräuchte aber den 20. für unser Management Review. Ginge 16.-19. März?\n\nZum Tagessatz: "
    "können Sie mir die Gebührenordnung schon als PDF schicken, damit ich das ins Budget 2026 "
    "nehmen kann?"),
   ("nb", "2025-10-06 13:40", "16.-19. März ist eingetragen. Gebührenordnung anbei.\n\nBG, B. Albus"),
  ], attachments={2: "https://www.linkedin.com/dms/certimed-gebuehren-2026.pdf"})

p("cer_writer", "Maartje de Vries", "Veldhoven Clinical Writing", "Freelance Medical Writer",
  connected="2021-11-15")
c("genuine", "vendor_existing_quote", "en",
  "existing freelance clinical evaluation writer sends a revised quote for CER updates",
  [("cer_writer", "2025-05-12 09:10",
    "Hi Johanna,\n\nas discussed, here is the revised quote for the CER updates: scissors family "
    "6,400 EUR, needle holders 5,900 EUR, bipolar forceps 9,800 EUR (more literature, it's IIb). "
    "That's about 8% more than last year, sorry, the literature databases got more expensive. "
    "I can start on 2 June."),
   ("me", "2025-05-12 14:00",
    "Hi Maartje, thanks. Bipolar first please, the NB wants it before the audit. The scissors can "
    "wait until August. I'll get a PO raised this week."),
   ("cer_writer", "2025-05-12 14:20", "Perfect. Bipolar first it is."),
  ])

p("pl_distr", "Katarzyna Wiśniewska", "MedInstrument Polska Sp. z o.o.", "Product Manager Surgery")
c("genuine", "inbound_lead", "en",
  "Polish distributor wants to buy instruments and asks for certificates and price list",
  [("pl_distr", "2025-03-04 10:45",
    "Dear Dr. Rettich,\n\nwe are a distributor of surgical instruments for 60 Polish hospitals. We "
    "would like to add your laparoscopic range. Could you send your EU MDR certificates, DoCs and "
    "someone from sales who can send a price list? Sorry to write to regulatory, I could not find "
    "an export contact for Poland on your website."),
   ("me", "2025-03-04 13:20",
    "Dear Ms Wiśniewska,\n\nthank you for your interest! I'm sending the certificates and DoCs via "
    "your email address and I've asked my colleague Tobias Hafner (Export Sales CEE) to contact you "
    "with prices this week."),
   ("pl_distr", "2025-03-04 13:35", "Thank you, that's very helpful."),
  ])

p("startup", "Dr. Felix Baumann", "Arthrovia GmbH", "CEO & Co-Founder")
c("genuine", "inbound_lead_oem", "de",
  "Start-up möchte Instrumente als OEM fertigen lassen und fragt nach Angebot und Herstellerrolle",
  [("startup", "2025-07-21 16:00",
    "Hallo Frau Rettich,\n\nwir sind ein Start-up aus Freiburg und haben ein Arthroskopie-Instrument "
    "entwickelt. Wir suchen einen Hersteller in Tuttlingen, der es als OEM fertigt. Zwei Fragen: "
    "Übernimmt Hegauer auch die Rolle des rechtlichen Herstellers, oder müssten wir das selbst? Und "
    "können Sie uns ein Angebot für 500 Stück machen?\n\nViele Grüße, Felix Baumann"),
   ("me", "2025-07-22 08:45",
    "Hallo Herr Baumann,\n\nwir machen OEM-Fertigung, rechtlicher Hersteller wären in der Regel "
    "Sie, wir liefern dafür die Fertigungsdokumentation und unterstützen bei der Technischen "
    "Dokumentation. Das Angebot kommt von unserem OEM-Vertrieb, ich leite Ihre Anfrage an Frau "
    "Hipp weiter. Können Sie ihr die Zeichnungen schicken?"),
   ("startup", "2025-07-22 09:10", "Super, mache ich. Danke!"),
  ])

p("peer_tut", "Markus Weckenmann", "Donautal Medical GmbH", "Leiter Regulatory Affairs",
  connected="2016-01-20")
c("genuine", "peer_joint_offer", "de",
  "RA-Leiter einer Nachbarfirma schlägt ein gemeinsames PMCF-Register mit Kostenteilung vor",
  [("peer_tut", "2025-02-11 18:20",
    "Hi Johanna, Idee nach dem Arbeitskreis gestern: Wir haben beide das Problem, PMCF-Daten für "
    "Standardinstrumente zu kriegen. Was hältst du davon, wenn wir zusammen mit 2-3 Firmen ein "
    "Register bei einer Klinik aufsetzen? Eine CRO hat mir 85k angeboten, durch vier wären das "
    "gut 21k pro Firma statt 85k allein."),
   ("me", "2025-02-12 07:50",
    "Hi Markus, klingt vernünftig. Kartellrechtlich sollten wir das sauber aufsetzen (keine "
    "Preise, keine Vertriebsdaten), und jede Firma braucht ihre eigene Auswertung. Schick mir das "
    "CRO-Angebot, ich rede mit unserer GF."),
   ("peer_tut", "2025-02-12 08:05", "Kommt per Mail. Binder und Stahl-Med wären auch interessiert."),
  ])

p("recruiter", "Sandra Keppler", "Keppler Life Science Personal", "Senior Consultant Regulatory",
  connected="2025-01-14", invite=("OUT", "2025-01-14 08:40", ""))
c("genuine", "recruiter_engaged", "de",
  "Inhaberin beauftragt eine Personalberaterin für eine RA-Specialist-Stelle; Honorar",
  [("me", "2025-01-14 08:52",
    "Hallo Frau Keppler,\n\nwir suchen eine:n Regulatory Affairs Specialist (MDR, Klasse IIb, "
    "gern mit US-Erfahrung) in Tuttlingen. Markus Weckenmann meinte, Sie hätten ihm letztes Jahr "
    "schnell geholfen. Wie sind Ihre Konditionen?"),
   ("recruiter", "2025-01-14 12:30",
    "Hallo Frau Dr. Rettich,\n\nvielen Dank für die Anfrage! Wir arbeiten mit 25 % des "
    "Zieljahresgehalts, ein Drittel bei Auftrag, Rest bei Vertragsunterschrift. RA mit FDA-Erfahrung "
    "ist gerade knapp, ich hätte aber eine Kandidatin aus Villingen im Kopf."),
   ("me", "2025-01-14 13:10", "25 % ist am oberen Rand. Ohne Vorabzahlung wäre ich sofort dabei."),
   ("recruiter", "2025-01-15 09:00", "Dann 25 % erfolgsbasiert, ohne Vorabzahlung. Vertrag kommt heute."),
  ])

p("applicant", "Arjun Menon", "", "Regulatory Affairs Engineer")
c("genuine", "applicant", "en",
  "applicant for the RA specialist role asks about the position in English, CV attached",
  [("applicant", "2025-02-03 19:25",
    "Dear Dr. Rettich,\n\nI saw the opening for a Regulatory Affairs Specialist at Hegauer. I work "
    "in Stuttgart on technical documentation for class IIa devices (3 years) and my German is B2, "
    "improving. Would the team accept an application in English? My CV is attached.\n\nBest regards,\nArjun"),
   ("me", "2025-02-04 08:10",
    "Dear Arjun, English is fine, the team works in both languages. Please apply via the portal "
    "so HR has everything. Good luck!"),
  ], attachments={0: "https://www.linkedin.com/dms/arjun-menon-cv.pdf"})

p("ie_hosp", "Ciarán Doyle", "St. Brendan's University Hospital", "Senior Biomedical Engineer")
c("genuine", "customer_question_spam_folder", "en",
  "Irish hospital engineer asks about reprocessing instructions; filed in SPAM; owner answered",
  [("ie_hosp", "2025-06-03 11:00",
    "Hi Johanna, our CSSD team has questions about the reprocessing instructions for your "
    "bipolar forceps (REF HB-2207): the IFU says max. 134 °C for 5 min but our cycle is 18 min for "
    "prion reasons. Is that validated? We have 40 of them in theatre."),
   ("me", "2025-06-16 17:05",
    "Hi Ciarán, apologies for the delay, your message landed in my spam folder. 18 min at 134 °C "
    "is covered by our validation; the IFU revision with the extended cycle goes live next month. "
    "I'll email you the validation summary."),
   ("ie_hosp", "2025-06-17 08:30", "Brilliant, thanks a million."),
  ], folder="SPAM")

p("talk1", "Daniela Schweizer", "Rieder Surgical GmbH", "Quality Engineer", connected="2025-09-26")
p("talk2", "Thomas Grimm", "Grimm Endoskopie", "RA Manager", connected="2025-09-26")
p("talk3", "Lucy Harrington", "Penfold Orthopaedics Ltd", "Regulatory Lead", connected="2025-09-27")
c("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag beim Regulatory Forum (1 von 3)",
  [("talk1", "2025-09-26 17:40",
    "Liebe Frau Rettich, vielen Dank für Ihren tollen Vortrag gestern beim Forum! Die Folie zu "
    "UDI auf kleinen Instrumenten hänge ich mir ins Büro 😄")])
c("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag beim Regulatory Forum (2 von 3)",
  [("talk2", "2025-09-26 19:05",
    "Hallo Frau Dr. Rettich, danke für den super Vortrag gestern. Sehr praxisnah! Beste Grüße, Thomas Grimm"),
   ("me", "2025-09-27 08:00", "Danke Ihnen, Herr Grimm, freut mich!")])
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at the Regulatory Forum (3 of 3), English",
  [("talk3", "2025-09-27 09:20",
    "Hi Johanna, thank you for your great talk yesterday at the forum. Really practical. Would love "
    "to stay in touch!")])

p("nb_pm", "Elif Kaya", "CertiMed Prüfstelle GmbH", "Projektmanagerin Zertifizierung",
  connected="2022-05-10")
c("genuine", "owner_started", "de", "Inhaberin fragt bei der Benannten Stelle den Prüfstatus nach",
  [("me", "2025-11-18 09:00",
    "Hallo Frau Kaya, kurze Frage zum Stand der Prüfung unserer TD für die Bipolar-Linie "
    "(Antrag vom 2. Juni). Gibt es schon einen Termin für die Nachforderungen? Unser Vertrieb "
    "fragt jede Woche 🙈"),
   ("nb_pm", "2025-11-18 14:30",
    "Hallo Frau Dr. Rettich, der Prüfer ist zu 80 % durch, die Nachforderungen sollten bis Ende KW "
    "49 kommen. Ich melde mich, sobald sie raus sind."),
   ("me", "2025-11-18 14:45", "Danke, das hilft mir schon!"),
  ])

p("ex_nb", "Ralf Dietrich", "", "Freiberuflicher Auditor Medizinprodukte", connected="2010-09-01")
c("genuine", "long_standing_contact", "de", "ehemaliger Kollege aus ihrer Zeit bei einer Benannten Stelle",
  [("ex_nb", "2025-04-30 20:10",
    "Johanna, lang nix gehört! Ich bin jetzt freiberuflich unterwegs und sitze Mitte Mai in "
    "Tuttlingen bei einem Audit. Zeit für ein Abendessen? Wie damals in Köln, nur ohne Kantine."),
   ("me", "2025-05-01 09:30",
    "Ralf! Sehr gern. 14. oder 15. Mai? Ich kenn einen guten Italiener an der Donau."),
   ("ex_nb", "2025-05-01 10:00", "15. Mai. Ich freu mich!"),
  ])

p("congress", "Prof. Dr. Ingrid Hermle", "Hochschule Oberer Neckar", "Studiendekanin Medizintechnik",
  connected="2019-03-11")
c("genuine", "event_invite", "de", "Professorin lädt zum Vortrag bei den Medizintechnik-Tagen ein",
  [("congress", "2025-08-19 10:00",
    "Liebe Frau Rettich,\n\ndie Tuttlinger Medizintechnik-Tage finden am 12./13. März 2026 statt. "
    "Hätten Sie Lust, die Session 'MDR nach der Übergangsfrist' zu moderieren oder einen "
    "Impulsvortrag zu halten? Honorar können wir leider nur symbolisch zahlen (250 €).\n\n"
    "Herzliche Grüße, Ingrid Hermle"),
   ("me", "2025-08-19 12:40", "Liebe Frau Hermle, sehr gerne, ich mache den Impulsvortrag. Symbolisch reicht völlig."),
  ])

p("journal", "Owen Gallagher", "MedTech Compliance Review", "Senior Editor", connected="2023-10-02")
c("genuine", "journalist", "en", "trade journalist asks for an interview on the MDR transition",
  [("journal", "2025-01-28 15:15",
    "Hi Dr. Rettich, I'm preparing a feature on how mid-sized manufacturers are handling the "
    "extended MDR transition deadlines. Would you be available for a 30-minute call next week? "
    "Quotes would be attributed to you by name unless you prefer otherwise."),
   ("me", "2025-01-29 08:20",
    "Hi Owen, happy to. Thursday 4pm CET? I'd need to see quotes before publication, company policy."),
   ("journal", "2025-01-29 08:45", "Thursday 4pm works, and of course."),
  ])

p("qm", "Petra Hauser", "Hegauer Chirurgie-Instrumente GmbH", "Leiterin Qualitätsmanagement",
  connected="2018-02-01")
c("genuine", "colleague", "de", "QM-Leiterin zu einem CAPA aus dem internen Audit",
  [("qm", "2025-04-08 07:45",
    "Morgen Johanna, aus dem internen Audit kam ein CAPA zur Lieferantenbewertung der "
    "Sterilisationsdienstleister. Brauch ich deine Einschätzung, ob das in die TD muss oder nur ins "
    "QMS. Kurz 15 min heute?"),
   ("me", "2025-04-08 08:00", "Nur QMS, aber lass uns kurz drauf schauen. 11 Uhr bei mir?"),
   ("qm", "2025-04-08 08:02", "👍"),
  ])

p("export", "Tobias Hafner", "Hegauer Chirurgie-Instrumente GmbH", "Export Sales Manager",
  connected="2019-06-03")
c("genuine", "colleague_tender", "en",
  "export colleague asks about the Saudi registration for a hospital tender; colleagues write in English",
  [("export", "2025-09-09 10:00",
    "Johanna, the Riyadh tender closes 30 Sept and they want the SFDA MDMA number for the lap "
    "instruments. Do we have it or is it still pending? Sorry for the stress, the distributor only "
    "told me today."),
   ("me", "2025-09-09 10:25",
    "Still pending, expected October. Ask the distributor if the application receipt is accepted; "
    "some tenders take it. I'll send you the receipt."),
   ("export", "2025-09-09 10:30", "Thanks, will check with them."),
  ])

p("aemp", "Monika Reiser", "Klinikum Schwarzwald-Baar", "Leitung AEMP", connected="2022-07-07")
c("genuine", "customer_question", "de", "Aufbereitungsleitung einer Klinik fragt nach validierten Parametern",
  [("aemp", "2025-12-02 13:30",
    "Sehr geehrte Frau Dr. Rettich, wir stellen auf ein neues Reinigungsmittel (alkalisch, pH 11) "
    "um. Sind Ihre Scheren mit Hartmetalleinsätzen dafür freigegeben? In der Gebrauchsanweisung "
    "steht nur 'mild alkalisch'."),
   ("me", "2025-12-02 16:10",
    "Sehr geehrte Frau Reiser, pH 11 ist durch unsere Materialverträglichkeitsprüfung abgedeckt. "
    "Ich schicke Ihnen die Prüfzusammenfassung per Mail und wir präzisieren das in der nächsten IFU-Revision."),
  ])

p("behoerde", "Dr. Jens Fahrner", "Landesbehörde Medizinprodukte (Überwachung)", "Referent",
  connected="2020-10-20")
c("genuine", "authority", "de", "Überwachungsbehörde fragt nach einem Vorkommnis",
  [("behoerde", "2025-06-24 11:00",
    "Sehr geehrte Frau Dr. Rettich, zu der Vorkommnismeldung vom 12.06. (Bruch einer Klemme): "
    "bitte übermitteln Sie uns bis 8. Juli den Zwischenbericht. Die offizielle Anforderung geht "
    "parallel per Post raus, dies nur als Hinweis."),
   ("me", "2025-06-24 11:40", "Sehr geehrter Herr Dr. Fahrner, vielen Dank, der Bericht kommt fristgerecht."),
  ])

p("ukrp", "Hannah Whitfield", "Albion Regulatory Representation Ltd", "Client Director",
  connected="2021-01-05")
c("genuine", "vendor_price_change", "en",
  "existing UK Responsible Person provider announces a fee increase for 2026",
  [("ukrp", "2025-11-04 09:30",
    "Dear Johanna,\n\nahead of renewal: our UKRP service fee rises from £4,800 to £5,250 per year "
    "from January, reflecting the new MHRA post-market surveillance requirements we now cover for "
    "you. Happy to walk you through what's included. Best, Hannah"),
   ("me", "2025-11-04 14:00",
    "Dear Hannah, understood. Could you send me a one-page summary of the added PMS tasks? I need "
    "it to justify the increase internally."),
   ("ukrp", "2025-11-04 15:30", "Attached. Let me know if anything is unclear."),
  ], attachments={2: "https://www.linkedin.com/dms/albion-ukrp-2026-scope.pdf"})

p("lab", "Dr. Stefanie Wirth", "BioPrüf Labor Reutlingen", "Kundenbetreuung", connected="2020-03-16")
c("genuine", "vendor_existing_quote", "de", "bestehendes Prüflabor schickt Angebot für Zytotoxizitätstests",
  [("me", "2025-03-19 10:00",
    "Hallo Frau Wirth, wir bräuchten Zytotoxizität (ISO 10993-5) für drei neue Beschichtungen, "
    "je 3 Muster. Können Sie mir ein Angebot machen und die aktuelle Lieferzeit nennen?"),
   ("lab", "2025-03-19 15:20",
    "Hallo Frau Dr. Rettich, gern: 3 x 1.150 € netto, Bericht ca. 5 Wochen nach Probeneingang. "
    "Das Angebot hänge ich an."),
   ("me", "2025-03-20 08:00", "Danke, Bestellung kommt heute."),
  ], attachments={1: "https://www.linkedin.com/dms/biopruef-angebot-2025-0319.pdf"})

p("uebers", "Clara Hoch", "Lingua Medica Übersetzungen", "Projektleitung", connected="2019-11-28")
c("genuine", "vendor_existing_invoice", "de", "bestehendes Übersetzungsbüro zur Rechnung",
  [("uebers", "2025-07-29 12:00",
    "Hallo Johanna, kurze Rückfrage zur Rechnung für die IFU-Übersetzungen: eure Buchhaltung hat "
    "die Sprachen Maltesisch und Irisch nicht freigegeben, die standen aber im Auftrag. Kannst du "
    "das klären?"),
   ("me", "2025-07-29 13:00", "Ja, die waren beauftragt. Ich sag der Buchhaltung Bescheid, sorry!"),
  ])

p("freundin", "Nadine Bühler", "", "", connected="2012-06-15")
c("genuine", "friend", "de", "Freundin gratuliert zur Beförderung",
  [("freundin", "2025-01-07 21:30",
    "Head of Regulatory Affairs!!! 🎉 Hab's grad auf LinkedIn gesehen. Glückwunsch, du hast es "
    "sowas von verdient. Sekt am Wochenende?"),
   ("me", "2025-01-07 22:00", "Danke dir 😊 Samstag? Bei mir, ich hab noch den vom Geburtstag."),
  ])

p("verband", "Dr. Axel Storz-Lang", "MedTech Verbund Südwest", "Leiter Arbeitskreis Regulatory",
  connected="2015-10-10")
c("genuine", "association", "de", "Verband lädt zum Arbeitskreis und bittet um einen Beitrag",
  [("verband", "2025-01-30 10:30",
    "Liebe Frau Rettich, der nächste Arbeitskreis Regulatory ist am 10.2. in Tuttlingen. Könnten "
    "Sie kurz berichten, wie Sie die PMCF-Daten für Standardinstrumente angehen? 10 Minuten "
    "reichen."),
   ("me", "2025-01-30 12:00", "Gern, Herr Storz-Lang. Ich bringe auch Markus Weckenmanns Register-Idee mit."),
  ])

p("us_agent", "Rebecca Holloway", "Holloway Regulatory Services LLC", "US Agent & Consultant",
  connected="2020-08-12")
c("genuine", "vendor_existing", "en", "existing US agent asks for documents for an FDA submission",
  [("us_agent", "2025-08-05 14:00",
    "Hi Johanna, for the 510(k) on the new bipolar line we still need the electrical safety test "
    "report (IEC 60601-2-2) and the final labeling. Target submission is Sept 15. Can you send by "
    "the 25th?"),
   ("me", "2025-08-05 16:20", "Hi Rebecca, the test report is due from the lab on the 20th. I'll send both on the 22nd."),
   ("us_agent", "2025-08-05 16:45", "Great, thanks."),
  ])

p("mentor", "Dr. Wolfgang Rapp", "", "Retired, former Head of RA", connected="2009-05-04")
c("genuine", "long_standing_contact", "de", "ehemaliger Chef und Mentor meldet sich",
  [("mentor", "2025-12-20 10:15",
    "Liebe Johanna, frohe Weihnachten! Ich verfolge mit Freude, was du in Tuttlingen machst. Und "
    "ich hab gelesen, dass ihr die Bipolar-Linie durchbekommen habt. Respekt. Meine Frau lässt grüßen."),
   ("me", "2025-12-20 12:00",
    "Lieber Wolfgang, danke, dir und Gisela auch frohe Weihnachten! Ohne das, was ich bei dir "
    "gelernt hab, wär das nix geworden. Kaffee im Januar?"),
  ])

p("student", "Lea Schnekenburger", "Hochschule Oberer Neckar", "Studentin Medizintechnik",
  connected="2025-10-15")
c("genuine", "internship_request", "de", "Studentin fragt nach einem Praxissemester in RA",
  [("student", "2025-10-15 18:00",
    "Hallo Frau Dr. Rettich, ich hab Ihren Gastvortrag an der Hochschule gehört und würde gern "
    "mein Praxissemester (ab März) im Regulatory Affairs machen. Gibt es bei Hegauer eine Chance? "
    "Liebe Grüße, Lea"),
   ("me", "2025-10-16 08:30", "Hallo Lea, ja, schicken Sie Ihre Bewerbung an praktikum@hegauer.example, mit Verweis auf mich."),
  ])

p("it_peer", "Giulia Ferraro", "Ferraro Strumenti Chirurgici S.r.l.", "Regulatory Affairs Manager",
  connected="2023-04-20")
c("genuine", "peer_exchange", "en", "Italian peer exchanges views on an MDCG guidance",
  [("it_peer", "2025-05-27 12:10",
    "Ciao Johanna! Quick one: how are you interpreting the new MDCG guidance on 'well-established "
    "technologies' for reusable scissors? Our NB says we still need PMCF studies, which seems harsh."),
   ("me", "2025-05-27 13:30",
    "Ciao Giulia! Ours accepted a PMCF plan based on complaint data plus a user survey, no study. "
    "Happy to share our rationale (the generic part) on a call."),
   ("it_peer", "2025-05-27 13:40", "That would be amazing. Grazie!"),
  ])

p("eqms", "Jonathan Price", "Qualimo Software GmbH", "Customer Success Manager", connected="2022-09-09")
c("genuine", "vendor_price_change", "en", "existing eQMS vendor announces licence price increase at renewal",
  [("eqms", "2025-09-30 11:00",
    "Hi Johanna, quick heads-up on your renewal (1 Dec): the list price per named user goes from "
    "42 to 46 EUR/month. As an existing customer you'd keep 42 if you sign the 2-year extension "
    "before 15 Nov. Let me know if you want a call."),
   ("me", "2025-09-30 13:10", "Hi Jonathan, send me the extension paperwork, we'll likely sign."),
  ])

p("cl_distr", "Rodrigo Fuentes", "Quirúrgica Andina SpA", "Gerente de Importaciones",
  connected="2018-12-03")
c("genuine", "client_request", "en", "long-standing Chilean distributor asks for legalised certificates",
  [("cl_distr", "2025-04-15 15:00",
    "Hello Johanna, ISP Chile needs the Free Sale Certificate with apostille for the renewal. How "
    "much do you charge for the legalisation this time? Last year it was 180 EUR. We need it by June."),
   ("me", "2025-04-16 09:00",
    "Hello Rodrigo, same price, 180 EUR. I'll order the FSC today, apostille takes about 3 weeks."),
  ])

p("team1", "Kerstin Marquardt", "Hegauer Chirurgie-Instrumente GmbH", "Regulatory Affairs Specialist",
  connected="2020-02-02")
p("team2", "Yusuf Demir", "Hegauer Chirurgie-Instrumente GmbH", "Junior RA Specialist",
  connected="2024-09-01")
c("genuine", "team_group", "de", "Gruppenchat des RA-Teams zur Audit-Vorbereitung",
  [("team1", "2026-01-12 08:15",
    "Morgen zusammen, für das Audit im März: wer übernimmt die Übersicht der Änderungen seit dem "
    "letzten Audit? Ich mach die PMS-Berichte."),
   ("team2", "2026-01-12 08:30", "Ich kann die Änderungsübersicht machen, brauch aber Zugriff auf die alten CCRs."),
   ("me", "2026-01-12 08:40", "Danke euch! Yusuf, Zugriff beantrage ich heute. Deadline intern 20. Februar."),
  ], title="RA Team Hegauer")

p("anwalt", "Dr. Katrin Oesterle", "Oesterle Rechtsanwälte", "Fachanwältin für Medizinprodukterecht",
  connected="2019-07-22")
c("genuine", "advisor_existing", "de", "Anwältin zum Beratervertrag mit dem PMCF-Konsortium",
  [("anwalt", "2025-03-10 17:00",
    "Liebe Frau Rettich, anbei meine Anmerkungen zum Konsortialvertrag. Wichtig: Ziffer 7 "
    "(Datenzugriff) muss klarer regeln, dass keine Firma die Rohdaten der anderen sieht. Mein "
    "Honorar bleibt im vereinbarten Rahmen (8 Stunden)."),
   ("me", "2025-03-10 18:30", "Danke, Frau Dr. Oesterle, ich gebe das so an Herrn Weckenmann weiter."),
  ], attachments={0: "https://www.linkedin.com/dms/konsortialvertrag-anm-oesterle.docx"})

p("conf_contact", "Dr. Anneke Visser", "Zorgtech Regulatory BV", "Principal Consultant",
  connected="2025-09-26", invite=("OUT", "2025-09-26 21:00", "Great panel today!"))
c("genuine", "owner_started", "en", "owner asks a panel co-speaker for her slides after the forum",
  [("me", "2025-09-29 09:00",
    "Hi Anneke, really enjoyed sharing the panel with you. Would you mind sending me your slides on "
    "the UDI carrier for tiny instruments? I'd like to show them to our production team (with credit, of course)."),
   ("conf_contact", "2025-09-29 11:45", "Of course! Here you go. Let me know what your production folks think."),
  ], attachments={1: "https://www.linkedin.com/dms/visser-udi-small-instruments.pdf"})

p("klinik", "Sven Riegger", "Kreisklinik Rottweil", "Einkauf OP-Bedarf")
c("genuine", "inbound_lead", "de", "Klinikeinkauf fragt versehentlich bei RA ein Angebot an; sie leitet weiter",
  [("klinik", "2025-10-21 09:10",
    "Guten Tag Frau Rettich, wir möchten 6 Laparoskopie-Grundsiebe ersetzen und hätten gern ein "
    "Angebot von Hegauer. Ihr Name stand auf der Konformitätserklärung, deshalb schreibe ich Ihnen."),
   ("me", "2025-10-21 10:00",
    "Guten Tag Herr Riegger, gern! Für Angebote ist unser Vertrieb Inland zuständig, ich habe Ihre "
    "Anfrage an Herrn Maier weitergeleitet, er meldet sich heute noch."),
  ])

p("ch_spital", "Reto Gisler", "Kantonsspital Thurgau-Nord", "Leiter Medizintechnik", connected="2021-03-09")
c("genuine", "client_quote_request", "de",
  "Schweizer Spital (Bestandskunde) fragt ein Angebot für Reparatur und Nachschliff an",
  [("ch_spital", "2025-02-19 14:10",
    "Grüezi Frau Rettich, mir hend ca. 140 Schere und Nadelhalter vo Hegauer, wo nachgschliffe "
    "oder repariert werde müend. Chönd Sie mir säge, wer üs es Offerte macht? Und öb die "
    "Reparatur d Konformität beiflusst, wäg em Swissmedic-Audit."),
   ("me", "2025-02-19 16:00",
    "Grüezi Herr Gisler, die Offerte kommt von unserem Reparaturservice (Frau Bader), ich habe "
    "sie informiert. Reparaturen im Werk laufen nach unserem validierten Verfahren, die "
    "Konformität bleibt bestehen, Sie bekommen dazu eine Bestätigung pro Los."),
   ("ch_spital", "2025-02-19 16:20", "Merci vielmal, das hilft üs!"),
  ])

# ====================================================================== wanted pitches

p("w_pmcf", "Dr. Nina Kowalczyk", "Registrix Health", "Head of Clinical Solutions")
c("wanted_pitch", "tailored_post", "en",
  "PMCF survey platform responds to her post about legacy reusable instruments",
  [("w_pmcf", "2025-03-25 10:20",
    "Hi Johanna,\n\nyour post last week hit home: 'nobody publishes a paper about a needle holder "
    "that just works'. We run structured surgeon surveys for PMCF of class I/IIa reusable "
    "instruments, 2 of our clients are in Tuttlingen. For a scissors family we typically get 120+ "
    "responses from 15 hospitals in 10 weeks, with a report your NB can read. If the consortium "
    "Markus Weckenmann mentioned at the Arbeitskreis goes ahead, we could also run it for the group. "
    "Worth a 20-minute look?"),
   ("me", "2025-03-25 16:00", "Hi Nina, yes, worth a look. Can you send an example report (anonymised)?"),
  ])

p("w_udi", "Matthias Hengstler", "Lasermark Verifikation GmbH", "Applikationsingenieur")
c("wanted_pitch", "tailored_talk", "de",
  "Laserbeschriftungs-Prüfer bezieht sich auf ihren Vortrag zu UDI auf kleinen Instrumenten",
  [("w_udi", "2025-09-30 14:00",
    "Sehr geehrte Frau Dr. Rettich,\n\nin Ihrem Vortrag beim Regulatory Forum sagten Sie, dass bei "
    "Ihren Mikroscheren der Data-Matrix-Code nach 200 Aufbereitungszyklen nicht mehr lesbar ist. "
    "Wir bauen Prüfstationen, die die Codequalität nach ISO/IEC TR 29158 direkt an der Laseranlage "
    "messen, und haben eine Versuchsreihe zu Zyklenfestigkeit auf 1,5-mm-Flächen. Darf ich Ihnen "
    "die Ergebnisse schicken? Vielleicht hilft das bei der Parameterwahl."),
   ("me", "2025-09-30 16:30", "Ja, sehr gern! Die schaue ich mir mit der Fertigung an."),
  ])

p("w_eifu", "Lena Brodbeck", "eLabel Hub", "Solution Consultant")
c("wanted_pitch", "tailored_site_visit", "de",
  "eIFU-Anbieter hat ihr eIFU-Portal besucht und beschreibt konkret die fehlende Versionshistorie",
  [("w_eifu", "2025-05-06 09:40",
    "Hallo Frau Dr. Rettich,\n\nich habe mir Ihr eIFU-Portal auf hegauer.example angeschaut. Die "
    "PDFs sind gut auffindbar, aber bei REF HB-2207 fehlt die Versionshistorie, und die Verordnung "
    "2021/2226 verlangt, dass frühere Versionen abrufbar bleiben. Wir hosten eIFUs für 30 "
    "Tuttlinger Hersteller, inkl. Versionsarchiv und Papier-Anforderung innerhalb von 7 Tagen. "
    "Soll ich Ihnen zeigen, wie die Migration Ihrer 1.800 PDFs laufen würde?"),
   ("me", "2025-05-06 11:00", "Guter Hinweis, das schauen wir uns an. Melden Sie sich bei Frau Marquardt im Team."),
  ])

p("w_legacy", "Dr. Thomas Engel", "Engel MDR Remediation", "Managing Consultant")
c("wanted_pitch", "tailored_named_problem", "en",
  "consultant names her legacy device situation precisely and offers a remediation sprint",
  [("w_legacy", "2024-11-20 08:00",
    "Dear Dr. Rettich,\n\nfrom your NB's public certificate list, Hegauer still has two MDD "
    "certificates covering legacy devices (the retractor and clamp families) under the Article 120 "
    "transition, and your MDR application for them is due by May 2025 to keep the extension. "
    "We specialise in exactly this: gap analysis of MDD files against Annex II/III, done in 6 "
    "weeks, with a fixed fee per family. Two Tuttlingen manufacturers used us last year. Would a "
    "call with a reference customer be helpful?"),
   ("me", "2024-11-20 12:30",
    "Dear Dr. Engel, the retractors are covered, the clamps not yet. A reference call would be useful. "
    "Who are the two customers?"),
   ("w_legacy", "2024-11-20 13:00", "Donautal Medical and Rieder Surgical. I'll ask them to contact you."),
  ])

p("w_writer", "Katharina Sailer", "Sailer Medical Writing", "Medical Writerin")
c("wanted_pitch", "tailored_mutual_contact", "de",
  "Medical Writerin meldet sich auf Empfehlung von Prof. Hermle",
  [("w_writer", "2025-08-26 17:30",
    "Liebe Frau Dr. Rettich,\n\nProf. Ingrid Hermle hat mir erzählt, dass Ihre Clinical Writerin "
    "für den Herbst ausgebucht ist und Sie die CER-Updates der Scheren nach hinten schieben "
    "mussten. Ich habe 8 Jahre CERs für chirurgische Instrumente geschrieben (Klasse I bis IIb) "
    "und hätte ab Oktober Kapazität. Wenn es hilft, schicke ich Ihnen eine Arbeitsprobe."),
   ("me", "2025-08-27 08:15", "Liebe Frau Sailer, das trifft sich tatsächlich gut. Arbeitsprobe gern!"),
  ])

p("w_psur", "Erik Johansson", "SafetyLoop", "Co-founder")
c("wanted_pitch", "tailored_public_item", "en",
  "PSUR automation vendor noticed her new class IIb line registered in EUDAMED",
  [("w_psur", "2025-12-09 10:00",
    "Hi Johanna,\n\nI noticed in EUDAMED that Hegauer registered Basic UDI-DIs for the new bipolar "
    "line last month. As class IIb, it'll need an annual PSUR from next year, and for most "
    "mid-sized makers that means manually pulling complaint, vigilance and sales data together. "
    "SafetyLoop pulls those from your eQMS (we integrate with Qualimo) and drafts the PSUR "
    "sections. Would a demo with your own data structure be interesting?"),
  ])

p("w_tdfile", "Philipp Reinhardt", "Dokumeta GmbH", "Vertriebsleiter")
c("wanted_pitch", "tailored_tools", "de",
  "Software-Anbieter kennt ihr Setup (Qualimo plus SharePoint) und bietet einen TD-Baustein mit Anbindung",
  [("w_tdfile", "2025-06-17 11:20",
    "Hallo Frau Dr. Rettich,\n\nbei Ihrem Vortrag im Arbeitskreis erwähnten Sie, dass die Technische "
    "Dokumentation bei Hegauer in SharePoint liegt und die Änderungen in Qualimo, und dass das "
    "Abgleichen vor jedem Audit zwei Wochen frisst. Unser TD-Modul verknüpft beides über die "
    "Qualimo-Schnittstelle, jede Änderung erzeugt automatisch eine Aufgabe im betroffenen "
    "Dokument. Ich würde es Ihnen gern an einem Beispiel aus Ihrer Produktfamilie zeigen."),
  ])

p("w_headhunt", "Dr. Michael Vogler", "Vogler Executive Search", "Partner Life Sciences")
c("wanted_pitch", "tailored_recruiter", "de",
  "Headhunter mit passender Position (VP Regulatory) nennt ihre MDR-Erfahrung konkret",
  [("w_headhunt", "2025-11-11 18:45",
    "Sehr geehrte Frau Dr. Rettich,\n\nich begleite die Suche nach einer VP Regulatory & Clinical "
    "Affairs für einen Hersteller chirurgischer Systeme (ca. 1.200 MA, Baden-Württemberg). "
    "Gesucht ist jemand, der die MDR-Umstellung einer breiten Klasse-I-bis-IIb-Palette wirklich "
    "geführt hat, wie Sie mit der Bipolar-Linie, und die Erfahrung als Auditorin bei einer "
    "Benannten Stelle ist ausdrücklich ein Plus. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
   ("me", "2025-11-12 07:30", "Sehr geehrter Herr Dr. Vogler, im Moment eher nicht, aber ich höre es mir gern an."),
  ])

p("w_transl", "Aoife Brennan", "Lexmed Translations", "Regulatory Translation Lead")
c("wanted_pitch", "tailored_translation", "en",
  "IFU translation specialist references her 24-language IFU set and a concrete terminology issue",
  [("w_transl", "2025-02-18 09:00",
    "Hi Johanna,\n\nI was reading your eIFU for the bipolar forceps in several languages and noticed "
    "the Irish and Maltese versions still use the old term for 'reprocessing' that the 2024 "
    "harmonised glossary replaced. Small thing, but NBs have started flagging it. We do IFU "
    "translation only for medical devices, with a per-client termbase. Happy to review your "
    "terminology list for free as a test."),
  ])

p("w_coating", "Dr. Marc Hellstern", "SurfaceBio Testing", "Laborleiter")
c("wanted_pitch", "tailored_press_item", "de",
  "Prüflabor bezieht sich auf ihre Pressemitteilung zur neuen DLC-Beschichtung",
  [("w_coating", "2025-04-29 13:00",
    "Sehr geehrte Frau Dr. Rettich,\n\nin Ihrer Pressemitteilung zur neuen DLC-beschichteten "
    "Scherenlinie stand, dass sie 500 Aufbereitungszyklen übersteht. Für die TD werden Sie den "
    "Nachweis brauchen, dass die Beschichtung nach den Zyklen keine Partikel abgibt. Wir haben ein "
    "Prüfdesign (Zyklen + Partikelanalyse + Zytotoxizität), das eine Benannte Stelle schon "
    "akzeptiert hat. Darf ich Ihnen das Prüfkonzept schicken?"),
   ("me", "2025-04-29 15:00", "Ja, bitte. Das Thema hatten wir tatsächlich noch offen."),
  ])

p("w_auditor", "Rachel Kimani", "Audit Academy Europe", "Training Manager")
c("wanted_pitch", "tailored_job_ad", "en",
  "training provider references her job ad for an internal auditor and offers matching training",
  [("w_auditor", "2025-10-28 10:00",
    "Hi Johanna, I saw Hegauer's job ad for an internal auditor ISO 13485 and that you're open to "
    "training an internal candidate. Our 4-day ISO 13485 + MDR lead auditor course runs in "
    "Stuttgart in January, in German or English, and includes the MDSAP module your US team would "
    "need. We offer a 2-seat rate for one company. Would that help?"),
  ])

p("w_ukca", "James Whitcombe", "Channel Compliance Ltd", "Director")
c("wanted_pitch", "tailored_market_change", "en",
  "UK consultant references her UK distributor and the coming UK rules for her specific products",
  [("w_ukca", "2025-07-08 09:45",
    "Dear Dr. Rettich,\n\nyour UK distributor Penfold told me you're reviewing whether to keep CE "
    "marking only for the UK after the recognition period. For reusable class I instruments the "
    "new UK PMS rules change less than people fear, but the IIb bipolar line will need a UK "
    "Approved Body route. I wrote a 2-page comparison for manufacturers in exactly your situation "
    "and am happy to send it, no strings."),
   ("me", "2025-07-08 12:00", "Dear James, please send it. Lucy at Penfold mentioned you."),
  ])

# ====================================================================== junk

p("j_mdr", "Sanjay Kulkarni", "MDR Compliance Experts", "Business Development Manager",
  connected="2025-02-24", invite=("IN", "2025-02-23 06:00", ""))
c("junk", "generic_counterpart_mdr", "en", "generic MDR consulting pitch, no homework",
  [("j_mdr", "2025-02-25 06:30",
    "Hello Johanna, Greetings!! Are you struggling with EU MDR compliance? We provide end-to-end "
    "regulatory services: technical files, CER, PMS, PSUR, UDI, at 40% lower cost. Kindly let me "
    "know a suitable time for discussion."),
   ("j_mdr", "2025-03-04 06:30", "Hello Johanna, gentle reminder on below. Awaiting your kind response."),
  ])

p("j_transl", "Valentina Russo", "Translatica", "Account Manager")
c("junk", "generic_counterpart_translation", "en", "generic translation agency",
  [("j_transl", "2025-03-18 11:00",
    "Hi Johanna, need translations? Translatica translates websites, contracts and marketing "
    "materials into 90+ languages. Fast, affordable, native speakers. 10% off your first order!"),
  ])

p("j_recruit", "Marvin Schulz", "Hire Heroes Consulting", "Recruiter")
c("junk", "recruiting_spam", "de", "Recruiter mit unpassender Vertriebsstelle",
  [("j_recruit", "2025-06-10 12:00",
    "Hi Johanna, ich hab eine spannende Position für dich: Key Account Manager (m/w/d) im Bereich "
    "Industriereinigung, Raum Ulm, Dienstwagen auch privat. Bock auf einen kurzen Call?"),
  ])

p("j_qms", "Derek Olsen", "ComplyFlow", "Account Executive")
c("junk", "generic_counterpart_eqms", "en", "generic compliance software pitch",
  [("j_qms", "2025-04-01 15:00",
    "Hi Johanna, still managing compliance in spreadsheets? ComplyFlow is the all-in-one platform "
    "for ISO 9001, ISO 27001, SOC 2 and more. Book a demo and get 2 months free!"),
   ("j_qms", "2025-04-08 15:00", "Hi Johanna, did you get a chance to look at this?"),
  ])

p("j_lab", "Franziska Bader", "Labor Schnelltest24", "Vertrieb")
c("junk", "generic_counterpart_lab", "de", "generisches Labor-Angebot ohne Bezug",
  [("j_lab", "2025-05-20 10:30",
    "Sehr geehrte Damen und Herren, unser akkreditiertes Labor bietet Wasseranalysen, "
    "Lebensmittelprüfungen und Schadstoffmessungen zu Top-Konditionen. Fordern Sie jetzt unsere "
    "Preisliste an!"),
  ])

p("j_seo", "Arif Hossain", "WebRank Pro", "Digital Marketing Executive")
c("junk", "generic_service_pitch", "en", "SEO pitch",
  [("j_seo", "2025-01-21 05:40",
    "Hi, I noticed your website is not ranking for important keywords. I can bring you to Google's "
    "first page with our white-hat SEO. Shall I send a free proposal?"),
  ])

p("j_web", "Jana Köhler", "Pixelpunkt Agentur", "Inhaberin", connected="2025-08-04",
  invite=("IN", "2025-08-03 19:00", ""))
c("junk", "generic_service_pitch", "de", "Webdesign-Pitch nach dem Vernetzen",
  [("j_web", "2025-08-05 09:00",
    "Hallo Johanna, danke fürs Vernetzen! Ich hab mir eure Seite angesehen, da ist noch Luft nach "
    "oben 😉 Wir bauen moderne, schnelle Websites für den Mittelstand. Lust auf ein kurzes Gespräch?"),
  ])

p("j_leadgen", "Lukas Wendt", "Terminfabrik", "Geschäftsführer")
c("junk", "generic_service_pitch", "de", "Terminierung/Leadgenerierung",
  [("j_leadgen", "2025-02-04 08:15",
    "Guten Tag Frau Rettich, wir vereinbaren für Sie qualifizierte Termine mit Entscheidern, "
    "garantiert 10 pro Monat oder Geld zurück. Wann darf ich Ihnen unser Modell vorstellen?"),
  ])

p("j_event", "Carla Mendes", "Global Pharma & Device Summit", "Delegate Relations")
c("junk", "generic_service_pitch", "en", "paid conference delegate pass pitch",
  [("j_event", "2025-09-02 13:00",
    "Dear Johanna, join 500+ industry leaders at the Global Pharma & Device Summit in Dubai! "
    "Early-bird delegate passes at USD 2,499 end Friday. Reply to claim your discount code."),
  ])

p("j_sialkot", "Imran Qureshi", "Qureshi Surgical Industries", "Export Manager")
c("junk", "sells_what_you_sell", "en",
  "instrument maker offers surgical instruments to a surgical instrument maker",
  [("j_sialkot", "2025-06-30 07:10",
    "Dear Sir/Madam, we are manufacturer and exporter of high quality surgical, dental and "
    "beauty instruments, CE marked, at very competitive prices. OEM and private label welcome. "
    "Please find our catalogue and send us your requirement."),
  ], attachments={0: "https://www.linkedin.com/dms/qureshi-catalogue-2025.pdf"})

p("j_oem", "Bettina Frick", "Präzisionsinstrumente Frick", "Vertrieb", connected="2025-04-14",
  invite=("IN", "2025-04-13 18:00", ""))
c("junk", "sells_what_you_sell", "de",
  "Tuttlinger Lohnfertiger bietet ihr chirurgische Instrumente an, die ihre Firma selbst herstellt",
  [("j_oem", "2025-04-15 08:30",
    "Hallo Frau Rettich, wir fertigen chirurgische Instrumente in Tuttlinger Qualität zu "
    "günstigen Preisen, Scheren, Pinzetten, Nadelhalter. Suchen Sie einen neuen Lieferanten? Ich "
    "schicke Ihnen gern unsere Preisliste."),
  ])

p("j_solar", "Marcel Grob", "DachStrom Süd", "Energieberater")
c("junk", "off_topic_product", "de", "Photovoltaik für Firmendächer",
  [("j_solar", "2025-03-11 18:00",
    "Hallo Frau Rettich, haben Sie schon über eine PV-Anlage auf Ihrem Firmendach nachgedacht? "
    "Wir übernehmen alles von der Planung bis zur Förderung. Kostenlose Dachanalyse?"),
  ])

p("j_forex", "Sophia Martins", "", "Wealth coach | Forex | Financial freedom")
c("junk", "mlm_crypto", "en", "forex trading recruitment",
  [("j_forex", "2025-07-19 23:10",
    "Hi Johanna, how are you? I came across your profile and you look like someone ambitious. I "
    "help professionals earn a second income with forex trading, only 1 hour a day. Interested?"),
  ])

p("j_wein", "Gerd Kallfass", "Weinkontor Kallfass", "Inhaber")
c("junk", "off_topic_product", "de", "Weinpräsente für Firmenkunden",
  [("j_wein", "2025-11-25 10:00",
    "Sehr geehrte Frau Rettich, Weihnachten steht vor der Tür! Überraschen Sie Ihre Kunden mit "
    "edlen Weinpräsenten aus Württemberg. Ab 20 Präsenten kostenloser Versand."),
  ], folder="ARCHIVE")

p("j_capacity", "Oliver Grant", "Grant Regulatory Partners", "Managing Director")
c("junk", "capacity_ask", "en", "asks whether she has capacity to take on new clients",
  [("j_capacity", "2025-05-13 09:00",
    "Hi Johanna, do you currently have capacity to take on new clients? We're seeing more MDR "
    "projects than we can handle and are looking for partners to refer work to."),
  ])

p("j_likeminded", "Florian Meister", "Meister Ventures", "Founder | Investor | Visionary",
  connected="2025-01-27", invite=("IN", "2025-01-26 20:00",
                                    "Hi Johanna, let's connect as like-minded professionals!"))
c("junk", "like_minded_networking", "en", "like-minded professionals networking with a paid community",
  [("j_likeminded", "2025-01-28 07:30",
    "Hi Johanna, great to be connected! I love connecting with like-minded leaders who want to "
    "make an impact. I'm building an invite-only circle of top MedTech executives. Want in? 🚀"),
  ])

p("j_15min", "Benjamin Roth", "Salesrocket", "Head of Partnerships")
c("junk", "quick_call_ask", "de", "15-Minuten-Call, Kalenderlink, zwei Bumps",
  [("j_15min", "2025-10-07 09:30",
    "Hallo Johanna, hast du diese Woche 15 Minuten? Ich würde dir gern zeigen, wie Hegauer mit "
    "unserem Ansatz mehr Umsatz generiert. Hier direkt buchen: https://cal.salesrocket-meet.de/broth/15min"),
   ("j_15min", "2025-10-14 09:30", "Hi Johanna, kurzer Reminder 🙂"),
   ("j_15min", "2025-10-21 09:30", "Soll ich das Thema schließen?"),
  ])

p("j_ctp1", "Rebecca Stone", "Stone Leadership Coaching", "Executive Coach",
  connected="2025-05-19", invite=("IN", "2025-05-18 09:00", "Hi Johanna, loved your recent post!"))
c("junk", "connect_then_pitch", "en", "compliment, owner replies, then a coaching programme pitch",
  [("j_ctp1", "2025-05-19 17:00",
    "Thanks for connecting Johanna! Regulatory must be such a demanding field. How do you keep "
    "your energy up?"),
   ("me", "2025-05-20 07:45", "Hi Rebecca, mostly coffee and cycling :)"),
   ("j_ctp1", "2025-05-20 08:30",
    "Love that! 🚴 So many female leaders I work with say the same, until they burn out. My "
    "12-week 'Lead Without Limits' programme helps women in demanding roles reclaim their time. "
    "Would you be open to a complimentary strategy session?"),
  ])

p("j_ctp2", "Stefan Kübler", "Kübler Versicherungsmakler", "Makler",
  connected="2025-09-15", invite=("IN", "2025-09-14 19:30", ""))
c("junk", "connect_then_pitch", "de", "Dank fürs Vernetzen, dann BU-Versicherung, dann Bump",
  [("j_ctp2", "2025-09-15 20:00", "Hallo Frau Rettich, danke für die Vernetzung! Schönen Abend noch."),
   ("j_ctp2", "2025-09-17 08:00",
    "Darf ich fragen, ob Sie als Führungskraft Ihre Arbeitskraft abgesichert haben? Viele "
    "unterschätzen das. Ich mache Ihnen gern einen unverbindlichen Vergleich der Berufsunfähigkeitsversicherung."),
   ("j_ctp2", "2025-09-24 08:00", "Hallo Frau Rettich, ich wollte nochmal nachfragen 😊"),
  ])

p("j_ctp3", "Ankit Sharma", "Cloudnine IT Services", "Business Analyst",
  connected="2025-11-24", invite=("IN", "2025-11-23 05:00", ""))
c("junk", "connect_then_pitch", "en", "small talk, then offshore software development pitch",
  [("j_ctp3", "2025-11-24 06:00", "Hi Johanna, thanks for accepting my request. Hope you are doing well!"),
   ("me", "2025-11-24 08:10", "Hi, thanks, all good."),
   ("j_ctp3", "2025-11-24 08:40",
    "Glad to hear! We are a software development company with 200+ developers. We build web apps, "
    "mobile apps and AI solutions for businesses worldwide at affordable rates. Can we schedule a call?"),
  ])

p("j_bump", "Laura Fischer", "Datenwerk Analytics", "Sales Development")
c("junk", "followup_bump", "de", "BI-Software, dreimal nachgefasst ohne Antwort",
  [("j_bump", "2025-06-02 09:00",
    "Hallo Frau Rettich, wie treffen Sie bei Hegauer aktuell Entscheidungen auf Basis von Daten?"),
   ("j_bump", "2025-06-09 09:00", "Hallo Frau Rettich, ich schiebe meine Nachricht nochmal nach oben."),
   ("j_bump", "2025-06-16 09:00", "Hallo Frau Rettich, passt es vielleicht im Juli besser?"),
   ("j_bump", "2025-06-23 09:00", "Ich nehme an, das Thema hat gerade keine Priorität. Alles Gute!"),
  ])

p("j_video", "Tom Harlow", "Frameworks Media", "Creative Director")
c("junk", "generic_service_pitch", "en", "corporate video production pitch",
  [("j_video", "2025-11-04 13:30",
    "Hi Johanna, video is the #1 way to grab attention in 2025. We produce brand films, explainer "
    "videos and social clips for B2B companies, from EUR 2,900. Shall I send our showreel?"),
  ])

# -- one template, five senders (one in German)
p("j_tpl1", "Ryan Fletcher", "Apex Outreach", "Founder")
c("junk", "mass_template", "en", "template C: 'noticed you lead RA at X, we help MedTech companies get 20+ meetings' (1 of 5)",
  [("j_tpl1", "2025-08-11 08:00",
    "Hi Johanna, noticed you're leading Regulatory at Hegauer, impressive! We help MedTech "
    "companies book 20+ qualified sales meetings per month without hiring SDRs. Would it make "
    "sense to chat?"),
  ])
p("j_tpl2", "Megan Ortiz", "Pipeline Pros", "Growth Partner")
c("junk", "mass_template", "en", "template C (2 of 5)",
  [("j_tpl2", "2025-08-13 14:20",
    "Hi Johanna, noticed you're heading up Regulatory at Hegauer - impressive! We help healthcare "
    "companies land 20+ qualified sales meetings a month without hiring SDRs. Would it make sense "
    "to connect?"),
  ])
p("j_tpl3", "Hugo Lambert", "ScaleCraft", "CEO")
c("junk", "mass_template", "en", "template C (3 of 5)",
  [("j_tpl3", "2025-08-20 10:05",
    "Hey Johanna! Noticed you lead Regulatory Affairs at Hegauer Chirurgie-Instrumente, super "
    "impressive. We help MedTech firms get 20+ qualified meetings per month, no SDRs needed. Worth "
    "a chat?"),
   ("j_tpl3", "2025-08-27 10:05", "Hey Johanna, just bumping this 👆"),
  ])
p("j_tpl4", "Chloe Adams", "Booked Solid", "Head of Growth")
c("junk", "mass_template", "en", "template C (4 of 5)",
  [("j_tpl4", "2025-09-01 16:30",
    "Hi Johanna, noticed you're leading Regulatory at Hegauer, impressive work! We help medical "
    "device companies book 20+ qualified meetings monthly without adding SDRs. Would it make sense "
    "to chat for a few minutes?"),
  ])
p("j_tpl5", "Kai Lindemann", "Terminwerk B2B", "Gründer")
c("junk", "mass_template", "de", "Vorlage C (5 von 5), dieselbe Masche auf Deutsch",
  [("j_tpl5", "2025-09-08 08:45",
    "Hallo Johanna, ich habe gesehen, dass du Regulatory bei Hegauer leitest, beeindruckend! Wir "
    "helfen MedTech-Unternehmen, 20+ qualifizierte Vertriebstermine pro Monat zu bekommen, ganz "
    "ohne eigene SDRs. Macht ein kurzer Austausch Sinn?"),
  ])

# -- merge-tag failures
p("j_mt1", "Jordan Blake", "Outbound Engine", "SDR")
c("junk", "merge_tag_fail", "en", "unfilled {first_name} and {company}",
  [("j_mt1", "2025-04-22 10:00",
    "Hi {first_name}, I saw that {company} is hiring, congrats on the growth! We help teams like "
    "yours onboard new hires 3x faster. Open to a quick chat?"),
  ])
p("j_mt2", "Simone Brenner", "Akquisa", "Vertrieb")
c("junk", "merge_tag_fail", "de", "{{Vorname}} und {{Firma}} nicht ersetzt",
  [("j_mt2", "2025-07-15 09:30",
    "Hallo {{Vorname}}, ich bin auf {{Firma}} aufmerksam geworden und denke, dass wir Ihnen bei der "
    "Digitalisierung helfen können. Hätten Sie nächste Woche 20 Minuten?"),
  ])
p("j_mt3", "Pierre Dubois", "MedAccess Consulting", "Partner")
c("junk", "merge_tag_fail", "en", "wrong name: Dear Johannes",
  [("j_mt3", "2025-10-14 08:00",
    "Dear Johannes, as Head of Quality at your company you surely know how hard market access in "
    "France has become. We offer full support for French reimbursement dossiers. May I send our brochure?"),
  ])
p("j_mt4", "Annika Wolf", "Messebau Wolf", "Projektleitung")
c("junk", "merge_tag_fail", "de", "falsche Firma: hält sie für eine andere Firma",
  [("j_mt4", "2025-09-23 11:00",
    "Hallo Frau Rettich, für den Auftritt von Karl Brenner Medizintechnik auf der MEDICA hätten "
    "wir tolle Standkonzepte! Wann dürfen wir Ihnen für Karl Brenner ein Angebot machen?"),
  ])

# -- Sponsored InMail
p("j_spon1", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "de", "Sponsored InMail für ein berufsbegleitendes MBA",
  [("j_spon1", "2025-03-03 12:00",
    "<p>Hallo Johanna,</p><p>Ihr nächster Karriereschritt: der Executive MBA Healthcare Management "
    "&ndash; berufsbegleitend &amp; international.</p><p>Jetzt Infoabend buchen</p>"),
  ], title="Sponsored Conversation", subject="Executive MBA Healthcare")
p("j_spon2", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "en", "sponsored InMail for a cloud ERP",
  [("j_spon2", "2025-10-01 12:00",
    "<p>Hi Johanna,</p><p>Manufacturers are moving to cloud ERP. See how in our free e-book.</p>"
    "<p><a href=\"#\">Download now</a></p>"),
  ], title="Sponsored Conversation", subject="Your free e-book")

# -- paid awards / features / podcast
p("j_award", "Helen Brightwell", "European MedTech Excellence Awards", "Awards Coordinator")
c("junk", "paid_award", "en", "award shortlisting that requires a fee",
  [("j_award", "2025-06-17 10:00",
    "Dear Johanna, congratulations! Hegauer has been shortlisted for 'Regulatory Team of the Year "
    "2025'. To secure your place in the final and the gala dinner, a registration fee of EUR 1,950 "
    "applies. Please confirm by 30 June."),
  ])
p("j_feature", "Dominik Raab", "Top-Entscheider Magazin", "Redaktion Sonderausgaben")
c("junk", "paid_feature", "de", "kostenpflichtiges Interview in einem Magazin",
  [("j_feature", "2025-02-26 14:00",
    "Sehr geehrte Frau Dr. Rettich, für unsere Sonderausgabe 'Medizintechnik Baden-Württemberg' "
    "möchten wir Sie gern als Expertin interviewen. Für die doppelseitige Präsentation fällt ein "
    "Kostenbeitrag von 2.400 € an."),
  ])
p("j_podcast", "Aaron Feld", "The MedTech Mavericks Podcast", "Host")
c("junk", "paid_podcast", "en", "podcast guest slot with a fee",
  [("j_podcast", "2025-12-03 19:30",
    "Hey Johanna! 🎧 Loved your profile. We'd love to feature you on The MedTech Mavericks (top 2% "
    "podcast!). Guest packages start at $990 incl. video clips for your LinkedIn. Interested?"),
  ])

# -- fluent junk naming her company
p("j_fluent", "Verena Lohmann", "Lohmann & Partner Transformation", "Partnerin")
c("junk", "fluent_named_company", "de", "flüssig, freundlich, nennt Hegauer, passt aber auf jede Firma",
  [("j_fluent", "2026-01-20 10:00",
    "Liebe Frau Dr. Rettich,\n\nich verfolge die Entwicklung von Hegauer Chirurgie-Instrumente "
    "schon länger mit großem Interesse. Unternehmen wie Ihres stehen gerade vor enormen "
    "Herausforderungen: Fachkräftemangel, Digitalisierung, steigender Kostendruck. Genau hier "
    "setzen wir an. Mit unserem Transformationsansatz haben wir Mittelständlern geholfen, "
    "Prozesse zu verschlanken und Mitarbeitende mitzunehmen. Gerne würde ich Ihnen in einem "
    "kurzen Gespräch zeigen, was das konkret für Hegauer bedeuten könnte.\n\nHerzliche Grüße\nVerena Lohmann"),
  ])

p("j_fluent_en", "Nathan Price", "Elevate Partners", "Principal")
c("junk", "fluent_named_company", "en", "fluent English pitch naming Hegauer, fits any manufacturer",
  [("j_fluent_en", "2025-12-16 09:00",
    "Hi Johanna, I've been following Hegauer Chirurgie-Instrumente for a while and it's clear your "
    "team takes quality seriously. Many manufacturers like Hegauer tell us their biggest challenge "
    "is doing more with less. Our operational excellence programme has helped similar companies "
    "unlock 15-25% efficiency. I'd love to share a few ideas specific to Hegauer. Coffee next week?"),
  ])


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Johanna", "Last Name": "Rettich",
         "Headline": "Head of Regulatory Affairs | Hegauer Chirurgie-Instrumente | MDR, FDA, UDI",
         "Summary": ("Ich leite Regulatory Affairs bei Hegauer Chirurgie-Instrumente in Tuttlingen: "
                     "wiederverwendbare chirurgische Instrumente, Laparoskopie und eine neue "
                     "Bipolar-Linie (Klasse I bis IIb). MDR-Zertifizierung, Technische "
                     "Dokumentation, PMS/PMCF, UDI und Zulassungen in USA, UK und weltweit. "
                     "Vorher Auditorin bei einer Benannten Stelle."),
         "Industry": "Medical Equipment Manufacturing", "Geo Location": "Tuttlingen, Baden-Württemberg, Deutschland",
         "Websites": "[COMPANY:hegauer.example]"},
        [{"Company Name": "Hegauer Chirurgie-Instrumente GmbH", "Title": "Head of Regulatory Affairs",
          "Description": "RA für chirurgische Instrumente, Klasse I bis IIb.", "Location": "Tuttlingen",
          "Started On": "Jan 2025", "Finished On": ""},
         {"Company Name": "Hegauer Chirurgie-Instrumente GmbH", "Title": "Senior Regulatory Affairs Manager",
          "Description": "", "Location": "Tuttlingen", "Started On": "Apr 2017", "Finished On": "Dec 2024"},
         {"Company Name": "CertiMed Prüfstelle GmbH", "Title": "Auditorin Medizinprodukte",
          "Description": "", "Location": "Köln", "Started On": "Sep 2009", "Finished On": "Mar 2017"}],
        ["Regulatory Affairs", "EU MDR", "ISO 13485", "Technische Dokumentation", "FDA 510(k)",
         "Post-Market Surveillance", "Klinische Bewertung", "UDI", "Risikomanagement ISO 14971",
         "Auditing", "Medizinprodukterecht", "Aufbereitung"],
    )
    print(ex.summary())

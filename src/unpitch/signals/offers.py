"""The offer taxonomy: kinds of products and services that get pitched, with EN + DE cues.

Used both ways by :mod:`unpitch.signals.relevance`: to find what an inbound pitch offers and
to find what the inbox owner does (headline, positions, skills, services, ``[me] offer``).
Cues are regex fragments in folded spelling (see :func:`text_utils.fold`: lower case,
ä->ae, ö->oe, ü->ue, ß->ss); a space matches any whitespace, " ?" optional whitespace.
All cues compile into one :class:`text_utils.PhraseSet`, so one scan finds every category.

This module holds data and lookup only; it emits no signals itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text_utils import Folded, PhraseSet, strip_links


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label: str
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CueHit:
    """Where a category cue was found in a folded text."""

    category: str
    start: int
    end: int


def _category(key: str, label: str, *cues: str) -> Category:
    return Category(key, label, cues)


CATEGORIES: tuple[Category, ...] = (
    _category(
        "seo", "SEO",
        r"seo", r"search engine optimi[sz]ation", r"suchmaschinenoptimierung", r"google rankings?",
        r"first page (?:of|on) google", r"erste(?:n)? seite (?:bei|von|auf|in) google", r"backlinks?",
        r"organic (?:traffic|search|rankings?)", r"organische\w* (?:traffic|reichweite|rankings?)",
        r"keyword research", r"keyword-?recherche", r"seo-\w+",
    ),
    _category(
        "web_design", "web design / websites",
        r"web ?design\w*", r"website (?:redesign|design|development|relaunch|overhaul)", r"new website",
        r"neue\w* (?:website|webseite|homepage|internetseite)", r"landing ?pages?", r"wordpress",
        r"webflow", r"web ?development", r"webentwicklung", r"webseitenerstellung", r"website-?erstellung",
        r"homepage-?erstellung", r"(?:website|webseite|homepage) (?:erstellen|ueberarbeiten|modernisieren)",
    ),
    _category(
        "app_development", "app development",
        r"app development", r"app-?entwicklung", r"mobile apps?", r"ios (?:and|&|und) android",
        r"flutter", r"react native", r"mvp development", r"build your (?:mvp|app)",
        r"(?:eigene|ihre|deine) app",
    ),
    _category(
        "software_outsourcing", "software development / outsourcing",
        r"software development", r"softwareentwicklung", r"outsourc\w*", r"offshore", r"nearshor\w*",
        r"dedicated (?:developers?|teams?|engineers?)", r"staff augmentation", r"team augmentation",
        r"(?:remote|skilled|senior|vetted|offshore) (?:developers|engineers)", r"entwicklerteams?",
        r"it-?outsourcing", r"custom software", r"individualsoftware", r"hire developers",
        r"development (?:partner|agency|studio|shop)", r"entwicklungspartner",
    ),
    _category(
        "lead_generation", "lead generation",
        r"lead ?gen(?:eration)?", r"leadgenerierung", r"lead-?generierung",
        r"(?:more|qualified|b2b|new|warm|high-quality|inbound) leads", r"qualifizierte\w* leads",
        r"neukunden\w*", r"client acquisition", r"customer acquisition", r"kundengewinnung",
        r"kundenakquise", r"akquise", r"outbound (?:campaigns?|sales|engine)", r"cold (?:email|e-mail|outreach)\w*",
        r"linkedin[- ](?:outreach|automation|lead generation|akquise)", r"generate (?:more )?leads",
        r"leads generieren", r"sales pipeline", r"fill your pipeline", r"vertriebspipeline",
    ),
    _category(
        "appointment_setting", "appointment setting / telemarketing",
        r"appointment setting", r"appointment setters?", r"terminierung", r"terminvereinbarung",
        r"(?:qualified|sales) (?:meetings|appointments|calls) (?:on|in|into) your calendar",
        r"termine in (?:ihren|deinen|ihrem|deinem) kalender", r"booked meetings",
        r"sdr(?:s)? as a service", r"sdr[- ]outsourcing", r"telemarketing", r"cold calling",
        r"kaltakquise", r"telefonakquise", r"call ?cent(?:er|re)",
    ),
    _category(
        "marketing_agency", "marketing / advertising agency",
        r"marketing agency", r"marketingagentur", r"werbeagentur", r"online-?marketing",
        r"(?:digital|performance|growth|online|b2b) marketing", r"performance-?marketing",
        r"google ads", r"facebook ads", r"meta ads", r"linkedin ads", r"ppc", r"sea",
        r"paid (?:ads|advertising|social|media|campaigns?)", r"werbekampagnen?", r"ad campaigns?",
        r"growth hacking", r"marketing ?strateg(?:y|ie|ies)", r"full-?service-?agentur", r"roas",
        r"conversion rates?", r"conversion rate optimi[sz]ation", r"cro",
    ),
    _category(
        "social_media", "social media",
        r"social media", r"social-media-?\w*", r"linkedin (?:profile optimi[sz]ation|growth|content|branding|presence)",
        r"instagram", r"tiktok", r"(?:more|new|gain) followers", r"follower\w*", r"influencer\w*",
        r"community management", r"personal branding", r"corporate influencer\w*",
        r"reichweite (?:auf|bei) linkedin", r"linkedin-?reichweite",
    ),
    _category(
        "content_writing", "content writing / ghostwriting",
        r"content (?:writing|creation|marketing|strategy|writers?|production)", r"copywrit\w*",
        r"ghostwrit\w*", r"blog (?:posts|articles|artikel|beitraege)", r"texterstellung",
        r"texter(?:in)?", r"content-?erstellung", r"content-?marketing", r"seo-?texte",
        r"newsletter (?:writing|schreiben)", r"linkedin (?:posts|beitraege) (?:schreiben|writing|for you|fuer sie|fuer dich)",
    ),
    _category(
        "video", "video production",
        r"video (?:production|marketing|editing|content|agency)", r"videoproduktion\w*",
        r"explainer videos?", r"erklaervideos?", r"imagefilm\w*", r"image ?videos?",
        r"drone footage", r"animated videos?", r"videogra(?:ph|f)\w*", r"videoschnitt",
        r"filmproduktion\w*", r"corporate (?:film|video)s?", r"recruiting-?videos?",
    ),
    _category(
        "pr_media", "PR / media placement",
        r"press releases?", r"pressemitteilung(?:en)?", r"pr agency", r"pr-?agentur", r"media coverage",
        r"featured in (?:forbes|entrepreneur|business insider|inc|fortune)", r"forbes",
        r"medienpraesenz", r"public relations", r"oeffentlichkeitsarbeit", r"pressearbeit",
        r"as seen (?:in|on)", r"media placements?", r"get featured", r"editorial features?",
        r"presseberichte?", r"thought leadership articles?",
    ),
    _category(
        "recruiting_staffing", "recruiting / staffing / job offers",
        r"recruit\w*", r"staffing", r"headhunt\w*", r"talent acquisition", r"personalvermittlung",
        r"personaldienstleist\w*", r"arbeitnehmerueberlassung", r"zeitarbeit", r"candidates?",
        r"kandidat(?:en|in|innen)?", r"fachkraefte\w*", r"active sourcing", r"executive search",
        r"open (?:positions?|roles?)", r"offene\w* (?:stellen?|positionen?|vakanzen?)", r"bewerber\w*",
        r"job (?:opportunit(?:y|ies)|offer)", r"stellenangebot\w*", r"vacanc(?:y|ies)", r"vakanz\w*",
        r"new role", r"neue\w* (?:position|herausforderung)", r"role (?:for|that might suit) you",
        r"personalberat\w*", r"talent pool", r"hiring (?:needs|challenges)",
    ),
    _category(
        "coaching_training", "coaching / training / courses",
        r"coaching\w*", r"coach", r"mentoring", r"mentorship", r"trainings?", r"schulung(?:en)?",
        r"seminar(?:e|s)?", r"workshops?", r"weiterbildung\w*", r"masterclass\w*", r"webinar(?:e|s)?",
        r"mindset", r"leadership (?:program\w*|development|training|coaching)",
        r"fuehrungskraefte-?(?:entwicklung|training|coaching)", r"online-?(?:course|kurs)e?",
        r"courses?", r"bootcamps?", r"certification program\w*", r"zertifizierungs?\w*",
        r"sales training", r"vertriebstraining",
    ),
    _category(
        "consulting", "consulting / advisory",
        r"consulting", r"consultancy", r"beratung", r"beratungsleistung\w*", r"unternehmensberatung",
        r"management consult\w*", r"strategy consult\w*", r"advisory", r"interim (?:management|manager|cfo|cto)",
        r"fractional (?:cfo|cmo|cto|coo|executive)s?", r"process optimi[sz]ation", r"prozessoptimierung",
        r"digital transformation", r"digitalisierung\w*", r"digitale transformation",
        r"change management", r"strategieberatung",
    ),
    _category(
        "accounting", "accounting / bookkeeping / payroll",
        r"accounting", r"bookkeep\w*", r"buchhaltung\w*", r"buchfuehrung", r"lohnbuchhaltung",
        r"payroll", r"lohnabrechnung\w*", r"accounts (?:payable|receivable)", r"jahresabschlu(?:ss|esse)",
        r"financial statements", r"accountants?", r"cpa", r"bilanzbuchhalt\w*", r"fibu", r"datev",
        r"finanzbuchhaltung", r"month-end close", r"monatsabschlu(?:ss|esse)",
    ),
    _category(
        "tax", "tax advice",
        r"tax(?:es)?", r"tax (?:advisor|adviser|consultant|return|planning|optimi[sz]ation|savings|credits?|relief|refund)s?",
        r"r&d tax credits?", r"vat", r"steuerberat\w*", r"steuererklaerung\w*", r"steuerkanzlei",
        r"steueroptimierung", r"steuerrecht", r"steuerliche\w*", r"steuervorteile?", r"steuerersparnis",
        r"steuern sparen", r"steuerlast", r"mehrwertsteuer", r"umsatzsteuer\w*", r"steuerspar\w*",
    ),
    _category(
        "legal", "legal services / compliance",
        r"lawyers?", r"attorneys?", r"law firm", r"legal (?:services|advice|counsel|support)",
        r"rechtsanwa\w*", r"anwalt\w*", r"anwaelt\w*", r"kanzlei", r"rechtsberatung", r"vertragspruefung",
        r"contract review", r"trademarks?", r"markenanmeldung", r"markenschutz", r"patent\w*",
        r"dsgvo", r"gdpr", r"datenschutz\w*", r"data protection officer", r"impressum",
        r"abmahnung\w*", r"compliance", r"legal tech",
    ),
    _category(
        "insurance", "insurance",
        r"insurance",
        r"(?:kranken|haftpflicht|berufshaftpflicht|betriebshaftpflicht|lebens|risikolebens|renten|rechtsschutz|cyber|sach|kfz|gebaeude|inhalts|unfall|pflege|zusatz|reise|hausrat|firmen|gewerbe|betriebs|vermoegensschaden)?versicherung\w*", r"insurers?", r"versicherer", r"pkv", r"bav",
        r"betriebliche\w* altersvorsorge", r"berufsunfaehigkeit\w*", r"liability cover\w*",
        r"policy (?:review|check)", r"versicherungs?-?check",
    ),
    _category(
        "wealth_management", "wealth management / personal investment",
        r"wealth management", r"vermoegens\w*", r"financial (?:advisor|adviser|planning|planner)s?",
        r"finanzberat\w*", r"finanzplanung", r"investment (?:opportunit(?:y|ies)|portfolio|advice|strateg\w*|property)",
        r"retirement planning", r"pension planning", r"altersvorsorge", r"etfs?", r"geldanlage\w*",
        r"kapitalanlage\w*", r"rendite\w*", r"family office", r"asset management", r"private banking",
        r"(?:guaranteed|monthly|high) returns", r"returns? of \d+ ?%", r"\d+ ?% (?:rendite|returns?)",
        r"vermoegensaufbau", r"finanzcoach\w*",
    ),
    _category(
        "crypto", "crypto / trading",
        r"crypto\w*", r"krypto\w*", r"bitcoin\w*", r"btc", r"ethereum", r"blockchain\w*", r"nfts?",
        r"web3", r"defi", r"trading (?:signals|bots?|platform|strateg\w*|community)", r"forex",
        r"binance", r"altcoins?", r"tokenomics", r"coins?", r"daytrading", r"day trading",
    ),
    _category(
        "mlm_side_income", "side income / network marketing",
        r"side (?:income|hustle|business)", r"passive\w* (?:income|einkommen)", r"nebeneinkommen",
        r"nebenverdienst", r"zusatzeinkommen", r"nebenberuflich\w*", r"work from home opportunit\w*",
        r"be your own boss", r"sein eigener chef", r"network marketing", r"networkmarketing", r"mlm",
        r"financial freedom", r"finanzielle\w* freiheit", r"extra income", r"zeitliche\w* freiheit",
        r"business opportunit(?:y|ies)", r"geschaeftsmoeglichkeit\w*", r"residual income",
        r"earn (?:\$|eur|€)?\d[\d,.]*k? (?:per|a|each) (?:month|week)",
        r"affiliate (?:program|marketing)", r"dropshipping",
    ),
    _category(
        "health_wellness", "health / diet / wellness",
        r"weight loss", r"lose weight", r"abnehmen", r"diet\w*", r"diaet\w*", r"nutrition\w*",
        r"ernaehrung\w*", r"supplements?", r"nahrungsergaenzung\w*", r"wellness\w*", r"wellbeing",
        r"well-being", r"fitness", r"personal train\w*", r"keto", r"detox", r"vitamin\w*", r"cbd",
        r"burnout-?praevention", r"stress management", r"stressmanagement", r"yoga", r"meditation",
        r"health coach\w*", r"gesundheitscoach\w*", r"corporate (?:health|wellness)",
        r"betriebliche\w* gesundheitsmanagement", r"bgm", r"massage\w*", r"skincare", r"biohacking",
    ),
    _category(
        "real_estate", "real estate",
        r"real estate", r"immobilie\w*", r"property (?:investment|portfolio|management|developer)s?",
        r"rental (?:property|income|properties)", r"mietrendite", r"makler\w*", r"realtors?",
        r"grundstueck\w*", r"betongold", r"off-?plan", r"eigentumswohnung\w*", r"kapitalanlage-?immobilie\w*",
        r"apartments? (?:for sale|in dubai)", r"dubai propert\w*",
    ),
    _category(
        "erp_crm", "ERP / CRM / business software",
        r"erp", r"crm", r"salesforce", r"hubspot", r"sap", r"odoo", r"dynamics 365", r"netsuite",
        r"warenwirtschaft\w*", r"pipedrive", r"zoho", r"business software", r"unternehmenssoftware",
        r"buchhaltungssoftware", r"invoicing software", r"rechnungssoftware", r"dokumentenmanagement\w*",
        r"document management", r"project management (?:tool|software|platform)",
        r"projektmanagement-?(?:tool|software)", r"software solution", r"softwareloesung\w*",
    ),
    _category(
        "ai_automation", "AI / automation",
        r"ai", r"a\.i\.", r"ki", r"k\.i\.", r"artificial intelligence", r"kuenstliche\w* intelligenz",
        r"automation", r"automat(?:e|ed|ing|isation|ization)", r"automatisier\w*", r"chatbots?",
        r"gpt", r"chatgpt", r"llms?", r"machine learning", r"ai[- ]agents?", r"ki-?agenten?",
        r"ki-\w+", r"ai-powered", r"rpa", r"zapier", r"n8n", r"no-?code", r"workflows? automat\w*",
    ),
    _category(
        "cybersecurity", "cybersecurity",
        r"cyber ?security", r"cybersicherheit", r"it-?sicherheit", r"it security", r"penetration test\w*",
        r"pentest\w*", r"ransomware", r"phishing", r"firewalls?", r"siem", r"iso 27001", r"nis-?2",
        r"vulnerabilit(?:y|ies)", r"schwachstelle\w*", r"security (?:audit|assessment)s?",
        r"endpoint (?:protection|security)", r"zero trust", r"informationssicherheit", r"cyber-?angriff\w*",
        r"cyber attacks?", r"cyberattacks?",
    ),
    _category(
        "it_support", "IT services / hosting",
        r"it support", r"it-?support", r"managed (?:it )?services", r"managed service providers?", r"msp",
        r"help ?desk", r"it-?dienstleist\w*", r"it-?betreuung", r"systemhaus", r"cloud (?:migration|hosting|services)",
        r"hosting", r"microsoft 365", r"office 365", r"m365", r"it infrastructure", r"it-?infrastruktur",
        r"backups?", r"server-?wartung", r"netzwerktechnik", r"aws", r"azure",
    ),
    _category(
        "office_merch", "office supplies / merchandise / gifts",
        r"office supplies", r"bueroartikel", r"buerobedarf", r"bueromaterial", r"merch(?:andise)?",
        r"werbeartikel", r"werbemittel", r"promotional (?:products|items|gifts)",
        r"branded (?:merchandise|gifts|swag|apparel|products)", r"swag", r"give-?aways?",
        r"firmengeschenke", r"corporate gifts?", r"kundengeschenke", r"weihnachtsgeschenke",
        r"druckerei", r"drucksachen", r"toner", r"office furniture", r"bueromoebel",
        r"kaffeevollautomat\w*", r"coffee machines?", r"water dispensers?", r"business cards", r"visitenkarten",
        r"kugelschreiber", r"(?:with|mit) (?:your|ihrem|deinem|eurem) (?:own )?logo", r"bedruckte\w*", r"branded (?:pens|mugs|notebooks)",
    ),
    _category(
        "travel_leisure", "travel / holidays / leisure",
        r"yacht\w*", r"charters?", r"cruises?", r"kreuzfahrt\w*", r"luxury (?:travel|holidays?|villas?|resorts?|getaways?)",
        r"(?:summer|winter) getaways?", r"holiday (?:homes?|packages?|deals?)", r"vacation (?:rentals?|packages?)",
        r"ferienwohnung\w*", r"ferienhaus\w*", r"urlaubs?(?:angebot|paket|reise)\w*", r"pauschalreise\w*", r"wellness-?(?:hotel|urlaub|wochenende)\w*",
        r"timeshares?", r"golf (?:trips?|holidays?|memberships?)",
    ),
    _category(
        "events_awards", "events / awards / paid listings",
        r"awards?", r"award nominations?", r"nominated", r"nominiert", r"auszeichnung\w*",
        r"preisverleihung", r"gala\w*", r"summits?", r"conferences?", r"konferenz\w*", r"kongress\w*",
        r"exhibitions?", r"messestand", r"messeauftritt", r"trade (?:fair|show)s?", r"exhibitors?", r"aussteller",
        r"speak(?:ing|er) (?:slots?|opportunit(?:y|ies)|spots?)", r"sponsor(?:ing|ship)\w*",
        r"(?:paid|premium|featured) listings?", r"branchenverzeichnis\w*", r"top \d+ list",
        r"tickets?", r"events?", r"veranstaltung\w*", r"roundtables?",
    ),
    _category(
        "podcast_pay_to_play", "podcast / pay-to-play features",
        r"podcast\w*", r"guest (?:appearance|spot|feature)", r"featured guest", r"be (?:a )?guest on",
        r"als gast", r"gastauftritt", r"interview (?:series|feature)", r"tv (?:show|feature|appearance)",
        r"documentary", r"magazine (?:interview|cover|feature)", r"cover story", r"titelstory",
        r"book (?:deal|publishing)", r"co-?author\w*", r"feature (?:you|your company|ihr unternehmen)",
    ),
    _category(
        "funding_finance", "funding / loans / factoring",
        r"funding", r"finanzierung\w*", r"loans?", r"kredit\w*", r"darlehen", r"factoring",
        r"working capital", r"betriebsmittel\w*", r"invoice financing", r"revenue-?based financing",
        r"venture (?:capital|debt)", r"investors?", r"investoren", r"fundraising", r"capital raise",
        r"raise capital", r"kapitalbeschaffung", r"foerdermittel\w*", r"foerderung(?:en)?", r"grants?",
        r"zuschu(?:ss|esse)\w*", r"subsid(?:y|ies)", r"leasing", r"merchant cash advance",
        r"credit lines?", r"kreditlinie\w*", r"crowdfunding", r"equity",
    ),
    _category(
        "energy", "energy / solar / utilities",
        r"energy (?:costs?|prices?|brokers?|contracts?|suppliers?|savings?|audits?)", r"energiekosten",
        r"strompreis\w*", r"stromkosten", r"strom(?:vertrag|anbieter|tarif)\w*", r"gas(?:preis|vertrag|anbieter)\w*",
        r"electricity", r"solar\w*", r"photovoltaik\w*", r"pv-?anlage\w*", r"heat pumps?",
        r"waermepumpe\w*", r"utility bills?", r"led[- ](?:lighting|beleuchtung|umruestung)",
        r"energieberatung", r"energieeffizienz", r"ladestation\w*", r"wallbox\w*", r"charging stations?",
    ),
    _category(
        "translation", "translation / languages",
        r"translation\w*", r"translators?", r"uebersetzung\w*", r"uebersetzer\w*", r"dolmetsch\w*",
        r"interpret(?:ing|ers?)", r"locali[sz]ation", r"lokalisierung", r"lektorat", r"proofreading",
        r"korrektorat", r"language services", r"sprachdienstleist\w*", r"sprachkurs\w*",
        r"language (?:courses?|training)", r"business english",
    ),
    _category(
        "design_branding", "design / branding",
        r"branding", r"brand identity", r"corporate design", r"logos?", r"logo-?design",
        r"graphic design\w*", r"grafikdesign\w*", r"grafiker\w*", r"designers?", r"ui/ux", r"ux",
        r"ui design", r"rebranding", r"markenentwicklung", r"markenidentitaet", r"brand strategy",
        r"packaging design", r"verpackungsdesign", r"illustration\w*", r"pitch decks?",
        r"praesentationsdesign", r"presentation design",
    ),
    _category(
        "data_lists", "contact data / lead lists",
        r"(?:email|e-mail|contact|b2b|lead|mailing|attendee) (?:lists?|database|data)",
        r"teilnehmerlisten?", r"adressdaten", r"adresslisten?", r"kontaktdaten", r"b2b-?daten",
        r"(?:decision[- ]maker|entscheider) (?:contacts|data|kontakte|daten)", r"data enrichment",
        r"verified (?:emails|contacts|email addresses)", r"database of \d[\d,.]*k?",
        r"\d[\d,.]*k? (?:verified )?(?:contacts|kontakte)", r"data scraping", r"web scraping",
    ),
    _category(
        "data_analytics", "data analytics / BI",
        r"data (?:analytics|engineering|warehouse|science|platform)", r"datenanalyse\w*",
        r"business intelligence", r"dashboards?", r"power bi", r"tableau", r"datenstrategie",
        r"data strategy", r"reporting (?:tool|solution)s?",
    ),
    _category(
        "logistics", "logistics / shipping",
        r"logisti\w*", r"shipping", r"versand\w*", r"freight", r"fracht\w*", r"spedition\w*",
        r"fulfil?ment", r"warehous\w*", r"lager(?:haltung|logistik|flaeche)\w*", r"couriers?",
        r"kurier\w*", r"delivery services?", r"supply chain", r"lieferkette\w*", r"last mile", r"3pl",
        r"customs clearance", r"verzollung", r"containers?", r"paletten",
    ),
    _category(
        "manufacturing_sourcing", "manufacturing / sourcing",
        r"manufactur\w*", r"hersteller\w*", r"oem", r"odm", r"private label", r"sourcing agent",
        r"factory", r"fabrik\w*", r"suppliers? (?:in|from) (?:china|asia|india|vietnam)", r"lieferant\w*",
        r"cnc", r"injection molding", r"spritzguss\w*", r"wholesale", r"grosshandel", r"bulk orders?",
        r"lohnfertigung",
    ),
    _category(
        "ecommerce", "e-commerce",
        r"e-?commerce", r"amazon (?:fba|sellers?|marketplace|ppc|store)", r"online-?shops?",
        r"shopify\w*", r"marketplaces?", r"onlinehandel", r"d2c", r"dtc",
    ),
    _category(
        "hr_benefits", "HR software / employee benefits",
        r"employee benefits", r"mitarbeiterbenefits?", r"benefits? (?:platform|programs?)",
        r"jobrad", r"dienstrad\w*", r"company bikes?", r"sachbezug\w*", r"essenszuschu(?:ss|esse)",
        r"employer branding", r"mitarbeiterbindung", r"hr-?software", r"hr software", r"personio",
        r"employee engagement", r"mitarbeiterzufriedenheit", r"onboarding software",
    ),
    _category(
        "research_expert_calls", "paid surveys / expert network calls",
        r"expert (?:network|call|interview|consultation)s?", r"paid (?:consultation|interview|survey|call)s?",
        r"market research", r"marktforschung\w*", r"surveys?", r"umfrage\w*", r"expertengespraech\w*",
        r"honorar\w*", r"compensat(?:ed|ion) (?:for your time|of)", r"aufwandsentschaedigung",
    ),
)

CATEGORY_BY_KEY: dict[str, Category] = {category.key: category for category in CATEGORIES}

_CUES = PhraseSet((category.key, cue) for category in CATEGORIES for cue in category.cues)


def find_cues(folded_text: str) -> list[CueHit]:
    """Every category cue in ``folded_text``, in order of appearance.

    Callers blank out links first (:func:`text_utils.strip_links`): a calendar link on
    "meetings.hubspot.com" is not a CRM pitch.
    """
    return [
        CueHit(key, start, end)
        for key, start, end in _CUES.finditer(folded_text)
        # A cue right after "." "/" or "@" is part of a domain or path ("meetings.hubspot.com").
        if not start or folded_text[start - 1] not in "./@"
    ]


def categories_in(text: str) -> dict[str, str]:
    """Categories named in a raw (unfolded) text, each with the first cue's original wording."""
    folded = Folded(strip_links(text))
    found: dict[str, str] = {}
    for hit in find_cues(folded.text):
        found.setdefault(hit.category, folded.original_of(hit.start, hit.end))
    return found

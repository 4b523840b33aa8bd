"""Does the sender write to *this* person, or to a list?

``PERSONALIZED`` (towards keep) when inbound text mentions facts specific to the owner beyond
name, title and company: distinctive words and phrases of her headline, summary, position
descriptions, skills, services and past employers, or "your post about X". Towards junk:
``GENERIC_OPENER`` (template openers), ``EMPTY_FLATTERY`` (praise without specifics) and
``ONLY_NAME_PERSONALIZATION`` (only mail-merge fields: name, company, title).

Owner facts are computed once per run (``context.cache``); per conversation the work is one
phrase scan plus set look-ups over the inbound word tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Conversation, Profile
from .base import Context, Signal
from .offers import find_cues
from .text_utils import Folded, PhraseSet, fold, inbound_text, normalize_company, trim, words
from .weights import POINTS

#: Shorter inbound text says too little to call it impersonal.
NOT_PERSONALIZED_MIN_WORDS = 12
DEPTH_THRESHOLDS = (1.0, 2.0, 3.5, 5.0)

# Weights of one matched owner fact.
_PHRASE_WEIGHT = 2.0  # several distinctive words in a row: hard to hit by chance
_RARE_WORD_WEIGHT = 1.0  # a long, non-generic word
_SHORT_WORD_WEIGHT = 0.6
_PROSE_WORD_WEIGHT = 0.5  # a word from free text (summary, descriptions): noisier
_EMPLOYER_WEIGHT = 1.5  # a past employer by name
_TOPIC_REFERENCE_WEIGHT = 2.0  # "your post about X"
_CATEGORY_WORD_FACTOR = 0.5  # "SEO" names a trade, not a fact about the person
_TRADE_STEM = 7  # "tieraer(ztin)" / "tieraer(zte)": one stem across inflections
_RARE_LENGTH = 7
_MAX_PHRASE_WORDS = 4

_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for
    from further get got had has have having he her here hers herself him himself his how i if in
    into is it its itself just let like made make many may me might more most much must my myself
    new no nor not now of off often on once one only or other our ours ourselves out over own per
    really same she should since so some still such than that the their theirs them themselves then
    there these they this those through to too under until up upon us very via was we well were what
    when where which while who whom why will with within without would yet you your yours yourself
    yourselves i'm i've i'd you're you've it's that's let's we're don't can't won't
    aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin
    bis bist da dabei damit dann das dass dein deine deinem deinen deiner dem den denn der des dich
    die dir doch dort du durch ein eine einem einen einer eines er es etwa euch euer eure fuer gegen
    hab habe haben hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im
    in indem ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine koennen mal man mehr mein
    meine meinem meinen meiner mich mir mit muss nach nicht nichts noch nun nur ob oder ohne schon
    sehr sein seine seinem seinen sich sie sind so sowie ueber um und uns unser unsere unter viel vom
    von vor wann war waren was weil welche wenn wer werde werden wie wieder wir wird wo wurde zu zum
    zur zwar zwischen gerne gern bitte danke hallo hi hey dear liebe lieber
    """.split()
)

# Words that appear in half of all profiles and pitches: matching them proves nothing.
_GENERIC = frozenset(
    """
    business businesses company companies team teams experience experienced management manager managers
    solution solutions service services growth grow growing leader leaders leadership professional
    professionals expert experts expertise industry industries client clients customer customers market
    markets marketing sales strategy strategic strategies innovation innovative digital global
    international technology technologies product products project projects process processes success
    successful passionate passion helping help helps support supporting value values results driven
    focus focused years year work working worked world people partner partners partnership network
    development developing excellence quality performance impact opportunity opportunities career
    role position responsible responsibility organization organisation organizations organisations
    about based including across various multiple different great best better good high skills
    skilled ability knowledge background consultant specialist senior junior head lead director
    executive officer founder cofounder co-founder ceo cto cfo coo cmo owner president vice member
    board manager operations operational team-player communication collaboration relationships
    relationship building build built create creating created deliver delivering delivered drive
    driving achieve achieving goals goal vision mission future today currently current former
    previously ensure ensuring enable enabling improve improving increase increasing efficient
    efficiency effective modern engineering engineer engineers developer developers design scale scaling scalable data software platform platforms tools tool
    linkedin profile email e-mail phone call meeting contact online office remote hybrid europe germany
    usa berlin munich london companies' firm firms group agency agencies startup startups enterprise
    enterprises sme smes b2b b2c company's love enjoy excited exciting interested interesting
    unternehmen firma firmen kunde kunden kundinnen erfahrung erfahrungen mitarbeiter mitarbeitende
    mitarbeiterin team teams leitung leiter leiterin geschaeftsfuehrer geschaeftsfuehrerin inhaber
    inhaberin gruender gruenderin berater beraterin beratung loesung loesungen dienstleistung
    dienstleistungen wachstum erfolg erfolgreich bereich bereiche projekt projekte prozess prozesse
    entwicklung vertrieb markt maerkte branche branchen qualitaet verantwortung verantwortlich
    leidenschaft begeistert unterstuetze unterstuetzen unterstuetzung helfe helfen zusammenarbeit
    netzwerk fokus schwerpunkt schwerpunkte jahre jahren jahr arbeit arbeite arbeiten tätig taetig
    bereits aktuell derzeit zuvor sowohl mehrere verschiedene internationale international national
    digitale digitalen digital innovativ innovative nachhaltig strategie strategien ziel ziele
    moderne modernen menschen partner partnerin kollegen kolleginnen
    start-up start-ups patients patient students guests mandant mandanten mandantin mandantinnen patienten
    patientinnen klienten klientinnen gaeste erste ersten erster erstes first second
    practice practices praxis praxen kanzlei kanzleien clinic clinics klinik kliniken ordination university
    universities universitaet hochschule hochschulen school schools schule schulen hotel hotels restaurant
    restaurants shop shops store stores studio studios office offices buero research forschung science sciences
    """.split()
)

_PHRASES = PhraseSet(
    [("opener", fragment) for fragment in (
        r"i hope (?:this|my) (?:message|note|email|e-mail|mail) finds you (?:well|in good health|great)",
        r"(?:i )?hope (?:you(?:'re| are) (?:doing )?(?:well|great|good)|all is well|this finds you well)",
        r"(?:i )?hope you(?:'re| are) having an? (?:great|good|wonderful|productive|fantastic) (?:week|day|start)",
        r"(?:i )?(?:just )?(?:came|come) across your (?:profile|page|company)",
        r"i (?:stumbled|came) (?:up)?on your profile", r"i found your profile",
        r"your profile (?:really )?(?:stood out|caught my (?:eye|attention))",
        r"your (?:[\w-]+ )?(?:background|experience|resume|cv|track record) (?:really )?(?:stood out|caught my (?:eye|attention))",
        r"i was (?:just )?(?:going|looking) through your profile",
        r"(?:after|while) (?:reviewing|viewing|browsing) your profile", r"based on your profile",
        r"i(?:'d| would) love to connect with (?:professionals|people|leaders|like-minded|fellow|experts)",
        r"i(?:'m| am) (?:always )?(?:looking|keen|eager) to (?:connect|expand my (?:professional )?network)",
        r"(?:grow|expand|expanding|growing) my (?:professional )?network",
        r"i(?:'d| would) like to (?:add you to|invite you to join) my (?:professional )?network",
        r"i hope you don't mind (?:me )?reaching out", r"sorry to bother you",
        r"i(?:'ll| will) keep (?:this|it) (?:short|brief)", r"i know you(?:'re| are) (?:very )?busy",
        # the mass mailer's certainty about "what most X we speak to" lose, and its promise to take it over
        r"most (?:[\w&-]+ ){1,3}(?:we|i)(?:'ve)? (?:speak|talk|spoke|talked|chat) (?:to|with)",
        r"die meisten (?:[\w-]+,? ){1,3}?mit denen (?:ich|wir) (?:spreche|sprechen|rede|reden)",
        r"(?:we|i)(?:'ll| will| can)? take (?:that|it|this|all that|the [\w-]+) off your plate",
        r"i wanted to reach out", r"i(?:'m| am) reaching out (?:to you )?(?:because|as|since|to)",
        r"quick question",
        # Salutations that fit any recipient: the sender did not know, or care, who she is.
        r"dear (?:sir|madam|sir or madam|sir/madam|esteemed|valued|friend|colleague|professional|business owner)",
        r"hello dear", r"greetings of the day", r"to whom it may concern",
        r"sehr geehrte damen und herren", r"liebe unternehmerin(?:nen)?(?: und unternehmer)?",
        r"ich bin (?:auf|ueber) (?:ihr|dein) profil (?:gestossen|gestolpert)",
        r"(?:bin|wurde) (?:auf|ueber) (?:ihr|dein) profil aufmerksam",
        r"(?:ihr|dein) profil (?:ist mir (?:direkt |sofort )?aufgefallen|hat mich angesprochen|hat mein interesse geweckt)",
        r"mir ist (?:ihr|dein) profil aufgefallen",
        r"ich hoffe,? (?:es geht (?:ihnen|dir) gut|(?:ihnen|dir) geht es gut|alles ist gut|sie hatten|du hattest)",
        r"ich hoffe,? (?:diese|meine) nachricht erreicht (?:sie|dich) (?:gut|wohlbehalten|bei bester gesundheit)",
        r"ich (?:moechte|will|wuerde gerne?) mein (?:berufliches )?netzwerk (?:erweitern|ausbauen)",
        r"(?:gerne?|ich) (?:wuerde|moechte) (?:ich )?(?:mich )?(?:gerne? )?mit (?:ihnen|dir) (?:vernetzen|connecten)",
        r"(?:lassen sie|lass) uns (?:gerne )?(?:vernetzen|connecten)",
        r"(?:ich )?wollte mich (?:kurz )?(?:bei (?:ihnen|dir) )?melden", r"ich melde mich,? (?:weil|da)",
        r"ich halte (?:es|mich) kurz", r"ich weiss,? (?:sie sind|du bist) (?:sehr )?beschaeftigt",
        r"entschuldigen sie die stoerung", r"kurze frage",
        r"(?:menschen|fachleute|experten|expertinnen|fuehrungskraefte|unternehmer|unternehmerinnen|gruender|gruenderinnen|"
        r"frauen|inhaber|inhaberinnen|selbststaendige|entscheider|entscheiderinnen|profis) wie (?:sie|dich|du)",
    )]
    + [("flattery", fragment) for fragment in (
        r"(?:an )?(?:impressive|remarkable|amazing|fantastic|outstanding|incredible|inspiring|excellent|stellar|wonderful|fascinating) "
        r"(?:background|profile|career|track record|experience|journey|achievements|accomplishments|resume|work)",
        r"your (?:background|profile|career|experience|work|journey|track record) (?:is|looks|seems) "
        r"(?:really |very |truly |quite )?(?:impressive|remarkable|amazing|great|inspiring|fascinating|outstanding)",
        r"(?:i(?:'m| am| was)|was) (?:really |very |truly |so )?(?:impressed|inspired) (?:by|with) (?:your|what you)",
        r"i (?:really )?admire (?:your|what you)", r"(?:big|huge) fan of your work",
        r"you(?:'re| are) (?:clearly )?doing (?:amazing|great|incredible|fantastic) (?:work|things)",
        r"love what you(?:'re| are) (?:doing|building)",
        r"(?:beeindruckend|spannend|interessant|toll|stark|beachtlich|herausragend|inspirierend)(?:e|er|es|en) "
        r"(?:werdegang|profil|lebenslauf|karriere|erfahrung|hintergrund|laufbahn)",
        r"(?:ihr|dein) (?:werdegang|profil|lebenslauf|hintergrund) (?:ist|hat mich) (?:wirklich |sehr |echt |total )?"
        r"(?:beeindruckend|spannend|inspirierend|beeindruckt|beeindruckt)",
        r"(?:ich bin|ich war|war) (?:sehr |wirklich |echt )?beeindruckt von (?:ihrem|deinem|ihrer|deiner|ihren|deinen)",
        r"ich bewundere (?:ihre|deine|ihren|deinen)",
        # following her "for a while" and being impressed "by how you've built": praise any company fits
        r"(?:i'?ve|i have) been following (?:[\w&'-]+ ){0,4}?(?:for a while|for some time|closely|with interest|journey)",
        r"(?:i'?m|i am) (?:genuinely |truly |really |so )?(?:impressed|inspired) (?:by|with) (?:how|the way|what) you",
        r"ich verfolge (?:schon )?(?:laenger|eine weile|seit einiger zeit|seit langem|mit interesse)",
        r"ich verfolge (?:die|den|das) (?:[\w&'-]+ ){1,5}?(?:mit (?:grossem |grosser |viel )?interesse|schon (?:eine weile|laenger|lange))",
        r"mit (?:grossem |viel )?interesse verfolge ich",
        # her company praised in words any company fits
        r"(?:is|are) (?:clearly |really |truly |obviously )?doing (?:great|amazing|incredible|fantastic|big|exciting|impressive) things",
        r"puts (?:people|customers|clients|patients|guests|quality) (?:at the heart|first|front and cent(?:er|re))",
        r"steht (?:ganz )?(?:offensichtlich |seit jahrzehnten |seit jahren )?fuer (?:qualitaet|werte|vertrauen|leidenschaft|tradition|innovation|exzellenz)",
        r"(?:einen|einen sehr) (?:starken|guten|hervorragenden|exzellenten) (?:namen|ruf) (?:gemacht|erarbeitet|aufgebaut)",
    )]
    + [("reference", fragment) for fragment in (
        r"(?:your|ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) (?:recent |latest |last |letzte[nmrs]? |neueste[nmrs]? |juengste[nmrs]? )?"
        r"(?:linkedin[- ]|xing[- ]|blog ?|instagram[- ])?(?:post|posting|article|talk|keynote|podcast|episode|interview|paper|book|newsletter|comment|presentation|webinar|panel|lecture|workshop|"
        r"op-ed|column|kolumne|essay|stories|story|reel|reels|video|thread|publikationen|publikation|publications|papers|trailer|"
        r"beitrag|artikel|vortrag|buch|kommentar|praesentation|fachartikel|studie|study|blog post|blogbeitrag)"
        # "about X", or its title in quotes: "your article 'Stop using personality tests ...'"
        r"(?: (?:about|on|regarding|around|from|ueber|zu|zum|zur|zum thema|on the topic of|at|bei|auf)|(?= ['\"‘“„«]))",

        # what she keeps writing about: "since you often post about X", "da Sie oft über X schreiben"
        r"you (?:often |regularly |frequently |always |keep )(?:write|post|talk|speak|share|writing|posting|talking) (?:about|on)",
        r"(?:sie|du) (?:auf linkedin |auf xing |in ihrem blog |in deinem blog )?(?:oefter|oft|regelmaessig|immer wieder|haeufig|viel) "
        r"(?:ueber|zu|zum thema)",
    )]
    # Someone she knows sent them: the referral is the homework, whatever follows it.
    + [("referral", fragment) for fragment in (
        r"(?:suggested|recommended) (?:that )?(?:i|we) (?:reach out|get in touch|contact you|write to you|message you|connect with you)",
        r"told (?:me|us) (?:that )?(?:you|your)",
        r"(?:auf|nach) empfehlung (?:von|ihrer|ihres|deiner|deines)",
        r"(?:hat|haben) mir (?:sie|dich|euch|ihre|deine|ihren|deinen|ihr|dein) (?:[\w-]+ )?empfohlen",
        r"empfahl mir",
        r"(?:gave|passed|forwarded) (?:me|us) your (?:contact|name|number|details|email|e-mail)",
        r"(?:hat|haben) (?:mir|uns) (?:ihren|deinen|ihre|deine|euren|eure) (?:kontakt|namen|nummer|telefonnummer|adresse|mailadresse|e-mail-adresse|kontaktdaten) "
        r"(?:gegeben|weitergegeben|geschickt|vermittelt)",
    )]
    + [("activity", fragment) for fragment in (
        r"you (?:recently |just )?(?:mentioned|wrote|said|asked|posted|shared|noted|explained|announced|described|talked about)",
        r"(?:in|on|from|after) your (?:recent |latest |last )?(?:post|talk|keynote|paper|comment|article|podcast|interview|"
        r"newsletter|thread|video|presentation|question|announcement|job ad|job posting)",
        r"your (?:team's |company's |firm's |practice's |shop's |school's |lab's )?(?:job ad|job posting|opening|announcement|funding round|launch|question|comment)",
        r"(?:auf|in|on) (?:ihrer|deiner|eurer|your|der|the) (?:karriereseite|karriere-seite|stellenseite|jobseite|careers page|career page|jobs page)",
        r"(?:when|as|where|als|wo|wie) (?:sie|du|you) (?:uns |us )?(?:gezeigt|erklaert|erzaehlt|gesagt|berichtet|vorgefuehrt|showed|shown|explained|said|"
        r"mentioned|described|demonstrated|presented|talked about)",
        r"your (?:[\w()-]+ ){1,4}?(?:role|position|opening|vacancy|job) (?:has been|is|was|went) (?:live|open|online|posted|advertised|up)",
        r"(?:ihr|dein|your) (?:hinweis|tipp|gedanke|argument|einwand|satz|point|remark|observation) (?:in|im|auf|bei|on|at) (?:[\w-]+,? ){1,3}?(?:dass|that)\b",
        r"where you (?:list|mention|describe|say|state|write|listed|mentioned|described|said|stated|wrote|shared)",
        r"as a (?:\d{4} )?(?:speaker|panelist|customer|member|alumn\w*) (?:of|at|in|from)",  # not "as a member you will ..."
        r"(?:saw|read|noticed|heard|seen) (?:that )?your(?= (?!profile|background|experience|page|company page|website))",
        r"(?:heard|read|saw|noticed|seen) (?:that )?you(?:r team| guys)? (?:are|were|have|had|just|recently)",
        r"(?:heard|read|saw|noticed|seen|see) (?:that )?you've",  # not "saw you're in fintech": a profile fact
        # a mutual contact, her event or product, her customers: first-hand knowledge
        r"(?:mentioned|told me|recommended|suggested) (?:to me )?(?:that )?(?:you|your)",
        r"(?:hat|haben) (?:mir |uns )?(?:erzaehlt|gesagt|empfohlen|berichtet|erwaehnt),? dass",
        # a contact passed on news of her: "Frau Tönjes erwähnte, dass", "Lea told me (that)"
        r"(?:erwaehnte|erzaehlte|sagte|meinte|berichtete)(?: mir| uns)?,? dass",
        r"(?:told|tells|mentioned to) (?:me|us)(?: that)?(?= \w)",
        # she said it in public: "im Interview sagen Sie, dass"
        r"(?:sagen|sagten|schreiben|schrieben|meinen|meinten|erwaehnen|erwaehnten|betonen|betonten|sagst|sagtest|schreibst|schriebst) "
        r"(?:sie|du),? (?:dass|wie)",
        r"(?:mir|uns) (?:ist|sind) (?:[\w-]+ )?aufgefallen,? dass",
        r"(?:auf|bei|in) (?:instagram|linkedin|facebook|xing|youtube|tiktok|ihrem blog|deinem blog) (?:haben|hatten|zeigen|zeigten|schreiben|schrieben|posten|posteten|hast|zeigst|schreibst) (?:sie|du)",
        r"on (?:instagram|linkedin|facebook|youtube|tiktok|your blog) you (?:posted|showed|shared|wrote|asked|mentioned)",
        r"(?:sind|ist|bist) (?:sie|du) (?:[\w-]+ ){0,4}?(?:gelistet|eingetragen|aufgefuehrt)",
        r"you(?:'re| are) listed (?:as|on|in|among)",
        # she spoke up at the sender's event: "Sie haben in meinem Webinar ... die Frage gestellt"
        r"(?:sie haben|du hast|you asked|you raised) (?:in|bei|at|during) (?:meinem|meiner|unserem|unserer|my|our) (?:[\w-]+ )?"
        r"(?:webinar|seminar|kurs|workshop|vortrag|session|talk|course|class|meetup)",
        r"(?:listened to|watched) (?:episode|folge|your|the) (?:[\w-]+ ){0,2}",
        r"(?:im|in der|in the|on the) (?:[\w-]+ ){0,3}?(?:register|registry|verzeichnis|datenbank|database) (?:ist|sind|is|are|steht|stehen|wurde|habe ich|i saw|i found)",
        r"(?:ich |wir )?(?:sehe|sehen|lese|lesen|hoere|hoeren|bemerke|bemerken),? dass",
        r"(?:reading|studying|browsing|looking through|going through) your(?= (?!profile|background|experience|page|company page|website))",
        r"in (?:your|ihrem|deinem|eurem) (?:[\w-]+ )?(?:talk|vortrag|keynote|panel|webinar|podcast|video|post|beitrag) (?:you|sie|du|ihr)",
        r"(?:sehe|sehen|lese|lesen|gesehen|gelesen|gefunden|entdeckt),? (?:in|auf|bei) (?:der|dem|ihrer|ihrem|deiner|deinem) (?:[\w-]+,? ){0,3}?dass",
        # she was there: "bei Ihrem letzten Konzert saßen ...", "at your last open day"
        r"(?:bei|auf|in|an|at) (?:ihrem|ihrer|deinem|deiner|eurem|eurer|your) (?:letzten|juengsten|last|recent|latest) "
        r"(?:konzert|vortrag|auftritt|event|veranstaltung|lesung|ausstellung|messe|show|concert|talk|gig|open day|tag der offenen tuer|workshop|seminar|fuehrung|tour)",
        # something looked up, named: "saw in the FMA company database that", "noticed from your profile that"
        r"(?:saw|read|found|noticed|learned|learnt) (?:in|on|from) (?:the |your )?(?:[\w-]+ ){0,3}?(?:that)",
        r"(?:ich habe|ich hab|wir haben) (?:[\w-]+ ){0,2}?(?:auf|in) (?:der|ihrer|deiner|eurer) (?:website|webseite|homepage|seite|onlineshop|online-shop)",
        # passing by her premises: "ich fahre täglich an Ihrem Schauraum vorbei"
        r"(?:fahre|gehe|laufe|komme|radle) (?:[\w-]+ ){0,3}?(?:an|bei) (?:ihrem|ihrer|deinem|deiner|eurem|eurer) (?:[\w-]+ ){1,2}?vorbei",
        r"(?:walk|drive|cycle|pass|walked|drove|passed) (?:by |past )(?:your) (?:[\w-]+ ){0,2}?(?:shop|store|office|studio|salon|site|showroom|restaurant|cafe|bakery|practice|premises)",
        r"(?:ich habe|wir haben|hab) gesehen,? dass",
        r"(?:i've|i have|we've|we have) followed (?:[\w&'-]+ ){1,3}?since",
        r"(?:i was|we were|i attended|i visited|ich war|wir waren) (?!looking\b)(?:[\w-]+ ){0,3}?(?:at|in|auf|bei|an|am) (?:your|eurem|euren|eurer|ihrem|ihrer|deinem|deiner)",
        r"(?:used|tested|tried|ordered|tasted|bought|stayed at) (?:yours|your)(?= \w)",
        r"(?:bei|fuer|with|for) (?:einigen|mehreren|zwei|drei|some|several|two|three|a few) (?:of )?(?:ihrer|deiner|eurer|your) (?:kunden|clients|customers)",
        r"(?:piece|article|feature|story|report|interview) (?:on|about) (?:you|your)",
        r"(?:artikel|beitrag|bericht|interview|reportage|portraet)\w* (?:[\w-]+ ){0,4}?(?:ueber|zu|mit) (?:sie|ihnen|ihr|ihre|ihren|ihrem|dich|dir|dein|deine|deinen|euch|eure|euren)\b",
        r"(?:read|saw|watched|heard|listened to) (?:the|a|an) (?:[\w-]+ ){0,2}?(?:by|from) your",
        r"(?:read|saw|studied|looked at|went through|downloaded) (?:the|a|an) (?:[\w-]+ ){0,2}?(?:on|in|from) your "
        r"(?:website|site|shop|page|catalogue|catalog|brochure|report|app)",
        # any document of hers that says something: "your greeting says", "your careers page says"
        r"your (?:(?!profile|headline|title)[\w-]+ ){1,3}?(?:says|said|mentions|mentioned|lists|listed|shows|showed|states|notes|describes)",
        r"ich sehe,? (?:eure|ihre|deine|euer|ihr|dein)",
        # her documents: "your registry paper mentions that ...", "in your annual report you ..."
        r"your (?:[\w-]+ ){0,2}?(?:paper|article|post|report|study|talk|book|thesis|bid|tender|proposal|postmortem|blog|newsletter|"
        r"announcement|interview|copy|press release|stories|website|site|menu|brochure|listing|webshop|ad|job ad|posting|job posting) "
        r"(?:(?:from|in|of|on|with|at) (?:[\w'-]+ ){1,3}?)?(?:mentions|mentioned|says|said|notes|noted|describes|described|shows|showed|states|stated|reports|reported|lists|names)",
        r"(?:in|from) your (?:[\w-]+ ){0,2}?(?:annual report|report|registry|study|bid|tender|proposal|case series|publication|"
        r"entry|record|filing|listing)",
        # a named paper or register said it: "im Stadtanzeiger stand, dass", "the Gazette said that"
        r"(?:im|in der|in the) (?:[\w-]+ ){1,6}?(?:stand|steht|stood|said|says|wrote|war zu lesen),? (?:dass|that)",
        r"(?:saw|read) the (?:[\w-]+ ){0,3}?(?:notice|announcement|report|article|newsletter|listing|minutes) (?:that|about)",
        r"(?:tried|tested) (?:booking|ordering|buying|signing up|to book|to order|to buy) (?:[\w-]+ ){0,2}?(?:on|via|through) your (?:site|website|shop|app)",
        r"(?:habe|hab|haben) (?:ich|wir) (?:gesehen|gelesen|mitbekommen|erfahren),? dass",
        # someone else's page about her: "I noticed on CareLedger's customer page that ..."
        r"(?:noticed|saw|read|see|seen) (?:on|in) [\w'’-]+ (?:[\w-]+ )?(?:page|website|site|list|report|case study) that",
        # a mutual contact's news about her: "X mentioned that Hanbit approached you"
        r"(?:mentioned|told me|said) (?:to me )?that(?= (?:[\w&'’-]+ ){0,5}?(?:you|your)\b)",
        r"(?:sie|du) (?:erzaehlen|erzaehlst|sagen|sagst)(?: dort| da| darin)?,? dass",
        r"your experience (?:with|in|at|leading|building|running)",
        r"(?:noticed|saw|read|see|seen) (?:from|on|in) your (?:profile|website|page|site|bio) that (?:you|your|most|many|all)",
        r"your (?:post|comment|article|ad|job ad|posting) (?:that|saying|where|asking)",
        r"(?:read|heard|learned|learnt) about your (?:organi[sz]ation|company|firm|practice|clinic|school|team|work|project)",
        r"(?:ich )?sehe,? dass (?:sie|du|ihr)",
        # "ich habe Ihr Wettbewerbsmodell für Pirna gesehen" (but not "Ihr Profil gesehen")
        r"(?:habe|hab) (?:ihr|ihre|ihren|dein|deine|deinen|euer|eure|euren)"
        r"(?= (?!profil|website|webseite|homepage|seite|unternehmen|firma|linkedin)[\w-]+(?: [\w-]+){0,9}? (?:gesehen|gelesen|gehoert|besucht))",
        r"(?:sie|du) (?:schreiben|schreibst|erwaehnen|erwaehnst),? dass",
        # news about her business, not LinkedIn's automatic anniversary / new-role prompts
        r"congrat\w* on (?!your (?:work )?anniversary|your new (?:role|position|job)|your birthday|your promotion)(?:the|your)",
        r"(?:glueckwunsch|gratuliere|gratulation) (?:zu|zum|zur)(?= (?!ihrem (?:dienstjubilaeum|geburtstag)|(?:ihrer|deiner) neuen (?:rolle|position|stelle)))",
        r"(?:in der zeitung|in der presse|im radio|im fernsehen|in the (?:paper|news|press)|on the news) (?:ueber|von|about|that)",
        r"laut (?:ihrem|deinem|eurem|ihrer|deiner|ihren|deinen|euren) (?:[\w-]+ )?(?:beitrag|beitraegen|posts?|profil|anzeigen?|inserat|"
        r"stellenanzeigen?|jobanzeigen?|ausschreibung|website|webseite|homepage|jahresbericht)",
        r"(?:fuer|zu|auf) (?:ihre|deine|eure) (?:ausgeschriebene|offene|aktuelle) (?:stelle|position|ausschreibung)",
        r"(?:ihre|deine|eure) (?:ausschreibung|stellenausschreibung) (?:fuer|als|zur|zum)",
        r"(?:auf|in|aus) (?:ihrem|deinem) profil (?:gesehen|gelesen),? dass (?:sie|du)",
        r"(?:sie|du) (?:schrieben|schriebst|erwaehnten|erwaehnen|erwaehnst|fragten|berichteten|sagten)",
        r"(?:sie|du) (?:haben|hatten|hast|hattest) (?:[\w-]+ ){0,4}?"
        r"(?:geschrieben|erwaehnt|gefragt|gepostet|berichtet|angekuendigt|geteilt|erzaehlt|gesagt|kommentiert)",
        # "haben Sie nach Reverse Charge gefragt": what she asked follows, so the match ends at "Sie"
        # (not a question: "wann hast du das letzte Mal gepostet?")
        r"(?:haben|hatten|hast|hattest) (?:sie|du)(?= (?:[\w'-]+ ){0,8}?(?:geschrieben|erwaehnt|gefragt|gepostet|berichtet|kommentiert|erzaehlt)\b(?!\?))",
        r"(?:mitbekommen|gelesen|gesehen|gehoert),? dass (?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer|du|dir|dein|deine|deinen|euch|euer|eure)",
        r"(?:ihre|deine) erfahrung (?:mit|in|bei|als|im)",
        r"(?:in|unter|zu|aus) (?:ihrem|deinem|ihrer|deiner) (?:letzten |juengsten |aktuellen |neuesten )?"
        r"(?:beitrag|post|paper|vortrag|kommentar|artikel|interview|podcast|newsletter|publikation|frage|ankuendigung|"
        r"jahresbericht|geschaeftsbericht|bericht|studie|angebot|ausschreibung|stellungnahme)",
        r"(?:in|aus) der ausschreibung (?:der|des|von|fuer)",
        r"(?:sie|du) (?:nennen|nennst|beschreiben|beschreibst|schildern|schilderst|planen|planst)",
        r"(?:ihre|deine|eure) (?:stellenanzeige|anzeige|ankuendigung|pressemitteilung|finanzierungsrunde|frage|lehrstelle|stelle|jobanzeige)",
        # her own words: on her website, in her profile, in her annual report, in her posts
        r"(?:auf|in) (?:ihrer|deiner|eurer) (?:website|webseite|homepage|faq) (?:bewerben|schreiben|nennen|beschreiben|erwaehnen|steht|stehen)",
        r"on your (?:website|site|homepage|faq|website faq|about page) you (?:say|write|mention|list|advertise|describe|offer)",
        r"(?:in|auf) (?:ihrem|deinem) profil (?:haben sie|hast du|steht|schreiben sie|schreibst du|nennen sie)",
        r"(?:schreiben|erwaehnen|nennen|berichten|beschreiben) (?:sie|du),? dass",
        r"(?:da|weil|wie) (?:sie|du) (?:auf linkedin )?(?:[\w-]+ ){0,3}?(?:schreiben|schreibst|posten|postest|berichten|berichtest)",
        r"(?:im|in ihrem|in deinem|in eurem) (?:jahresbericht|geschaeftsbericht)",
        r"(?:in ihrem|in deinem|in eurem) (?:newsletter|blog)",  # "im Newsletter" may be theirs
        # what others say of her, looked up: reviews, registers, a client's website
        r"(?:laut|in) (?:ihren |ihrer |ihrem |deinen |deiner |deinem |den |dem )?(?:bewertungen|rezensionen|stellenanzeige|ausschreibung|"
        r"programmheft|speisekarte|katalog|jahresbericht|geschaeftsbericht|pressemitteilung|impressum|handelsregister|website|webseite|homepage)",
        r"according to (?:the |your )?(?:[\w-]+ ){0,2}?(?:register|reviews|filings|records|annual report|job ads?|job postings?|tender)",
        r"(?:reviews|bewertungen) (?:mention|say|complain|schreiben|erwaehnen|nennen)",
        r"(?:auf der|on the) (?:[\w-]+-)?(?:website|seite|site|page|webseite) (?:von|of|des|der|zur|zum|for) (?:[\w&'-]+ ){1,3}?(?:steht|stand|says|said)",
    )]
)
# Words that fit every company's news ("congrats on the recent growth and success"): a template's.
_VAGUE = frozenset(
    """
    recent recently latest growth success successes milestone milestones achievement achievements progress
    journey momentum expansion wins win everything amazing awesome incredible great fantastic exciting news
    things stuff lately nowadays erfolg erfolge wachstum meilenstein meilensteine fortschritt fortschritte
    growing grows grew expanding expands expanded scaling scales fast quickly rapidly currently now right jetzt
    waechst wachst wachsen wachsend expandiert expandieren gerade aktuell derzeit momentan stark schnell
    betrieb betriebe unternehmen firma
    aktuellen aktuelle aktueller juengsten neuen
    hiring rekrutiert rekrutieren several mehreren areas bereichen roles positions
    refresh refreshed redesign facelift overhaul improvement improvements outdated could use
    grossartig grossartige grossartigen grossartiger arbeit work bereich field area space industry branche continued
    leistet leisten leistest geniesst geniessen super richtig grossartiges guten gute einen
    issues problems several found stopping errors fehler probleme mehrere gefunden
    bewertungen reviews weniger fewer mitbewerber mitbewerbern competitors wettbewerber region
    sector sektor market markt industrie
    doing well really good gut reputation ruf things dinge story strong starken starke clearly
    offensichtlich investing investiert investieren heavily massiv congrats kudos
    excellent outstanding impressive inspiring insightful brilliant wonderful remarkable fascinating
    interesting valuable groundbreaking esteemed gratulation glueckwunsch congratulations
    google keywords keyword seite page ranking rankings traffic wichtig wichtigen wichtige important
    hervorragend hervorragenden ausgezeichnet ausgezeichneten beeindruckend beeindruckenden spannend
    spannenden interessant interessanten tollen tolle inspirierend inspirierenden
    """.split()
)
_NOT_SPECIFIC = _STOPWORDS | _GENERIC | _VAGUE
#: The rest of the sentence after an activity reference, which must name something specific:
#: up to a line end, ! or ?, or a full stop after a word that is no abbreviation ("ca. 180 m²" goes on).
_ACTIVITY_TAIL = re.compile(r"[^!?\n]{0,160}")
_SENTENCE_STOP = re.compile(
    r"\b(?!(?:ca|bzw|ggf|inkl|evtl|bzgl|dr|prof|nr|str|mr|mrs|ms|st|vs|etc|usw|z|b|u|a|d|h)\.)(?!\d+\. ?\w)\w+\.(?:\s|$)"
)
_ACTIVITY_MIN_CONTENT_WORDS = 2
#: Brackets of an unfilled merge tag ("{{companyName}}", "[Company]", "%FIRMA%", "*|FNAME|*").
_MERGE_MARK = re.compile(r"\{\{?|\[[a-z_ ]+\]|%[a-z_]+%|\*\|")
#: Her business or role read back: "dass Sie eine eigene Kanzlei führen", "you're a Lead Maternity Carer in".
_OWN_BUSINESS = (
    r"(?:sie|du) (?:eine|ein|einen|ihr|ihre|ihren|dein|deine|deinen) (?:eigene[nsr]? )?[\w-]+ (?:fuehren|fuehrst|leiten|leitest|betreiben|betreibst)\b|"
    r"you(?:'re| are) (?:the |a |an )(?:[\w-]+ ){1,3}?(?:at|of|for|in)\b"
)
#: Her job read back to her in German: "dass Sie die IT beim Y verantworten".
_SIE_VERANTWORTEN = r"(?:sie|du) (?:[\w-]+ ){0,4}?(?:verantworten|verantwortest|leiten|leitest|zustaendig)\b"
#: An activity whose news is her job as her profile states it: "(dass) Sie bei X für Y zuständig
#: sind", "you're the CFO at X" (but "you run both salaried and freelance couriers" is news).
_PROFILE_STATEMENT = re.compile(
    r"\W*(?:(?:sie|du|ihr)\s+(?:bei|als|im|in der)\b|(?:sie|du|ihr)\s+fuer\b(?=[^.!?]*\b(?:zustaendig|verantwortlich|taetig)\b)|you(?:'re| are) (?:the |a |an )?[\w-]+ (?:at|of|for)\b|"
    rf"you (?:work|lead|run|head) (?:at|the|a)\b|{_SIE_VERANTWORTEN}|{_OWN_BUSINESS})"
)
#: "I noticed Calder Copy was registered ...", "saw Belegra's benchmark repo": news about her company.
_NOTICED_HER_COMPANY = re.compile(
    r"\b(?:noticed|saw|seen|read|heard|see|learned|learnt|(?:gesehen|gelesen|mitbekommen|gehoert),? dass|"
    # a programme, a register or an article that names her company
    r"lists|names|mentions|features|quotes|cites|nennt|erwaehnt|listet|zitiert)"
    r"(?: that)? (?:the |die |der |das )?([\w&'-]+)"
)
#: Where the sender starts speaking of themselves again inside the sentence.
_SENDER_CLAUSE = re.compile(
    r"(?:,|\band\b|\bund\b)\s+(?:we|i|i'd|we'd|we're|are|am|would|kindly|cordially|invite|"
    r"wir|ich|moechten|laden)\b"
)
_ACTIVITY_LONG_WORD = 6
# Up to five words after "about", stopping at punctuation.
_TOPIC = re.compile(r"\s*((?:[^\s.!?,;:()\"]+[ \t]*){1,5})")


# A sentence in which the sender speaks of what they themselves do or sell ("At X we help ...",
# "Our content strategy ..."): her skill words there describe their offer, not a fact they
# learnt about her. Only the sentence's opening words count, where its subject stands.
_SELLER_VOICE = re.compile(
    r"^\W*(?:[\w'-]+\W+){0,5}?(?:we|we're|we've|our|i help|i offer|i provide|i work with|"
    r"wir|unser\w*|ich helfe|ich biete|helps|hilft|offers|bietet|lets|enables|ermoeglicht|"
    r"delivers|provides|specializes|specialises|supports|liefert|unterstuetzt|begleitet|spezialisiert)\b"
)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\w))+")
# A sentence that restates her job ("you lead information security at X") or praises "what you do
# in ...": her skill words there are her title read back to her, not homework. (A need her profile states, "X steht in Ihrem Profil", still counts.)
_PROFILE_RESTATED = re.compile(
    r"\byou (?:lead|run|head|manage|oversee|look after)\b|\byou(?:'re| are) (?:responsible for|in charge of)\b|"
    rf"\bwhat you(?: do|'re doing| are doing|'ve built| have built) (?:in|at|for|as|with)\b|\b{_SIE_VERANTWORTEN}|\b{_OWN_BUSINESS}|"
    r"\bimpressed (?:by|with) (?:what|how) you\b|"
    r"\b(?:looks|is|seems|sounds|ist|wirkt|klingt) (?:really |very |truly |so |quite |wirklich |sehr |echt )?"
    r"(?:impressive|inspiring|amazing|great|fantastic|fascinating|excellent|remarkable|beeindruckend|inspirierend|toll|spannend|grossartig)\b"
)
# On the original text: an optional greeting, one to four capitalised words, a verb in the third person.
_NAMED_SUBJECT = re.compile(
    r"^\W*(?:(?:Hi|Hello|Hey|Dear|Hallo|Liebe[rs]?|Guten Tag|Sehr geehrte[rs]?|Grüezi|Servus|Moin)\b[^,!–—-]{0,40}[,!–—-]\s*)?"
    r"(?P<subject>(?:(?:[A-Z][\w.'’-]*|&)\s+){1,4})(?P<verb>[a-zäöü]{3,}(?:s|t)|is|ist)\b"
)
# "X is a full-service CRO offering ...", "X ist ein Anbieter für ...": what X sells.
_SELF_DESCRIPTION = re.compile(
    r"\b(?:offering|providing|delivering|specializing|specialising|that helps|which helps|helping|trusted by|"
    r"full-service|leading|premier|award-winning|provider|agency|platform|brokerage|consultancy|marketplace|"
    r"course|programme|program|app|software|tool|solution|kurs|loesung|"
    r"anbieter|dienstleister|spezialist|der hilft|die hilft|das hilft|spezialisiert|agentur|plattform)\b"
)
# A mutual contact speaking ("Lea says ...", "Markus erzählt mir ..."); "writes" only before what
# was written ("Lea writes that ..."), not a seller's "X writes a full proposal in 10 minutes".
_SPEECH_VERBS = frozenset("says tells mentions recommends suggests reports sagt meint erzaehlt berichtet empfiehlt".split())
_WRITING_VERBS = frozenset({"writes", "schreibt"})
_REPORTED = re.compile(r"\s*(?:that|dass|me|us|mir|uns|you|your|ihnen|dir|[,:])(?!\w)")
# A person's state, not a company's offer, unless what follows is an offer ("is a provider offering").
_STATE_VERBS = frozenset("is ist thinks wants was has does findet hat war wird".split())
# A yes/no question about her, after an optional greeting: "Are you ...", "Still using ...",
# "Haben Sie ...". A question that offers ("Shall I send ...?") may well carry homework.
_GUESS = re.compile(
    r"^\W*(?:(?:hi|hello|hey|dear|hallo|liebe|lieber|guten tag|servus|gruezi|moin)\b[^,!?]{0,40}[,!]\s*)?"
    r"(?:are|do|did|have|has|is|does|still|sind|haben|hast|bist|nutzen|nutzt|verkaufen|verkaufst|arbeiten|arbeitest|machen|machst|kennen|kennst|"
    # the template's clipped "(Are you) planning an event this year?"
    r"planning|looking|struggling|thinking|considering|searching|hoping|tired|"
    r"planen|planst|suchen|suchst|brauchen|brauchst|denken|denkst|ueberlegen|ueberlegst)\b"
)


def _about_her(text: Folded, owner: _OwnerFacts) -> str:
    """The text without the sentences in the seller's own voice ("We help ...", "CopyPilot AI
    writes ..."), without her job read back to her, and without questions that guess at her
    business ("Are you selling celebration cakes?"): homework states it. Sentences that hold no
    word of her facts are dropped too: they have nothing to find."""
    folded = text.text
    kept = []
    for m in _SENTENCE.finditer(folded):
        sentence = m.group()
        if _SELLER_VOICE.match(sentence) or _PROFILE_RESTATED.search(sentence):
            continue
        if folded.startswith("?", m.end()) and _GUESS.match(sentence):
            continue
        if owner.first_words.isdisjoint(words(sentence)):
            continue
        if _a_company_describes_itself(text.original_of(*m.span()), owner) or _empty_praise_of_her_company(text, m, owner):
            continue
        kept.append(sentence)
    return " ".join(kept)


def _empty_praise_of_her_company(text: Folded, sentence: re.Match[str], owner: _OwnerFacts) -> bool:
    """ "noticed Acme is doing great things in green computing": her company noticed, and nothing
    said of it beyond praise and her own profile's words."""
    offset = sentence.start()
    return any(
        match.group(1) in owner.company_words
        and _activity_reference(text, offset + match.start(), offset + match.end(), owner.vocabulary) is None
        for match in _NOTICED_HER_COMPANY.finditer(sentence.group())
    )


def _a_company_describes_itself(sentence: str, owner: _OwnerFacts) -> bool:
    """ "PentestCloud runs continuous penetration testing", "Graf & Partner begleitet ...": a
    named subject, not hers, doing what it sells (a reporting verb is a mutual contact speaking,
    and a subject from her profile, "Kubernetes teams ...", is her field, not a seller)."""
    match = _NAMED_SUBJECT.match(sentence)
    if match is None:
        return False
    verb, rest = fold(match.group("verb")), fold(sentence[match.end():])
    if verb in _SPEECH_VERBS or (verb in _WRITING_VERBS and _REPORTED.match(rest)):
        return False
    if verb in _STATE_VERBS and not _SELF_DESCRIPTION.search(rest):
        return False
    subject = words(fold(match.group("subject")))
    if subject[0].endswith("'s") and subject[0][:-2] not in owner.identity_words:
        return True
    if any((word,) in owner.facts for word in subject):
        return False
    return not all(word in owner.identity_words for word in subject)


@dataclass(frozen=True, slots=True)
class _Fact:
    display: str
    source: str
    weight: float


@dataclass(slots=True)
class _OwnerFacts:
    #: Word tuples (as they may appear in folded text) -> the owner fact they name.
    facts: dict[tuple[str, ...], _Fact]
    first_words: frozenset[str]
    longest: int
    #: (folded, as written) name, company and title for ONLY_NAME_PERSONALIZATION.
    identity: tuple[tuple[str, str], ...]
    #: Her names, employers and titles as single words: a merge field, never a specific fact.
    identity_words: frozenset[str]
    #: Her current employers' names as single words: "I noticed <company> ..." is about her.
    company_words: frozenset[str]
    #: Every word of her identity and her facts: what her profile already says.
    vocabulary: frozenset[str]


class PersonalizationDetector:
    name = "personalization"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        inbound = conversation.inbound_messages
        if not inbound:
            return []
        text = inbound_text(conversation, context.cache).folded
        owner = _owner_facts(context)
        tokens = words(text.text)
        facts = _matched_facts(words(_about_her(text, owner)), owner)
        flattery: list[tuple[int, int]] = []
        openers: list[tuple[int, int]] = _one_of_a_class(text.text, owner.identity_words)
        for kind, start, end in _PHRASES.finditer(text.text):
            if kind == "opener":
                openers.append((start, end))
            elif kind == "flattery":
                flattery.append((start, end))
            elif kind == "activity":
                activity = _activity_reference(text, start, end, owner.vocabulary)
                if activity:
                    facts.append(activity)
            elif kind == "referral":
                facts.append(_Fact(trim(text.original_of(max(0, start - 40), end), 90), "a mutual contact", _TOPIC_REFERENCE_WEIGHT))
            else:
                reference = _topic_reference(text, start, end)
                if reference:
                    facts.append(reference)
        for match in _NOTICED_HER_COMPANY.finditer(text.text):
            if match.group(1) in owner.company_words:
                activity = _activity_reference(text, match.start(), match.end(), owner.vocabulary)
                if activity:
                    facts.append(activity)
        openers.sort()
        signals: list[Signal] = []
        personalized = _personalized_signal(facts)
        if personalized:
            signals.append(personalized)
        if openers:
            points = POINTS["GENERIC_OPENER"]
            level = min(len(openers), len(points)) - 1
            more = f" (+{len(openers) - 1} more)" if len(openers) > 1 else ""
            signals.append(Signal("GENERIC_OPENER", points[level], f"generic opener: {text.quote(*openers[0])}{more}"))
        if personalized is None:
            if flattery:
                signals.append(Signal("EMPTY_FLATTERY", POINTS["EMPTY_FLATTERY"], f"praise without specifics: {text.quote(*flattery[0])}"))
            identity = [shown for folded, shown in owner.identity if _contains_words(text.text, folded)]
            if identity:
                shown = ", ".join(f'"{trim(item, 40)}"' for item in identity)
                signals.append(
                    Signal("ONLY_NAME_PERSONALIZATION", POINTS["ONLY_NAME_PERSONALIZATION"],
                           f"mentions only your name/company/title: {shown}")
                )
            elif len(tokens) >= NOT_PERSONALIZED_MIN_WORDS:
                signals.append(
                    Signal("NOT_PERSONALIZED", POINTS["NOT_PERSONALIZED"],
                           f"nothing in {len(tokens)} words is specific to you: {text.quote(0, min(len(text.text), 80))}")
                )
        return signals


# "companies like yours", "Häuser wie Ihres", "teams like Flinkwerk": she is filed under a class.
_CLASS_OF_HERS = re.compile(
    r"\b(?:companies|businesses|firms|teams|organi[sz]ations|brands|practices|clinics|hotels|agencies|studios|"
    r"shops|stores|restaurants|schools|labs|startups|start-ups|owners|operators|"
    r"unternehmen|firmen|betriebe|haeuser|hotels|praxen|kanzleien|marken|agenturen|studios|geschaefte|labore|"
    r"schulen|startups|start-ups) (?:just )?(?:like|wie) ([\w'-]+)"
)
_YOURS = frozenset(
    "yours ihres ihrem ihrer ihre ihren deins deines deinem deiner deine deinen eures eurem eurer eure euren ihr dein euer".split()
)


# "property managers like you", "founders like yourself": her role as a list's filter; "die X AG
# steht wie viele Industrieunternehmen vor der Herausforderung", "Traditionsunternehmen stehen
# heute vor der Frage": her company as one of many (not "wir als Familienunternehmen stehen": a lead).
_PEOPLE_LIKE_YOU = re.compile(
    r"\b[\w-]{3,}s like you(?:rself)?\b(?!')|\blike (?:so )?many (?:other )?[\w-]+(?: [\w-]+)?, (?:you|your|[\w&'-]+ (?:is|are)) (?:face|faces|facing)\b|"
    r"\bwie (?:so )?viele (?:andere |erfolgreiche )?[\w-]+ vor (?:der|dem|den) (?:herausforderung|frage|problem|aufgabe)|"
    r"(?<!als )\b(?:unternehmen|firmen|betriebe|traditionsunternehmen|familienunternehmen|mittelstaendler|companies|businesses|firms) "
    r"(?:[\w-]+ ){0,4}?(?:stehen|face) (?:oft |heute |haeufig |often |today )?"
    r"(?:vor (?:der|den|besonderen|grossen|neuen|aehnlichen) (?:herausforderungen|herausforderung|fragen|frage)|the (?:same )?challenges?)"
)


def _one_of_a_class(folded: str, identity_words: frozenset[str]) -> list[tuple[int, int]]:
    """Spans where the sender files her under a class of customers: a template's frame."""
    spans = [
        match.span()
        for match in _CLASS_OF_HERS.finditer(folded)
        if match.group(1) in _YOURS or match.group(1) in identity_words
    ]
    return spans + [match.span() for match in _PEOPLE_LIKE_YOU.finditer(folded)]


#: One skill alone is what a list filters on ("ESG Reporting" in an ESG tool's pitch): not homework.
_ONE_SKILL_MAX_WEIGHT = 1.5


def _personalized_signal(facts: list[_Fact]) -> Signal | None:
    total = sum(fact.weight for fact in facts)
    if len(facts) == 1 and facts[0].source == "skills":
        total = min(total, _ONE_SKILL_MAX_WEIGHT)
    depth = sum(1 for threshold in DEPTH_THRESHOLDS if total >= threshold)
    if depth == 0:
        return None
    ranked = sorted(facts, key=lambda fact: -fact.weight)
    shown = ", ".join(f'"{trim(fact.display, 60)}" ({fact.source})' for fact in ranked[:3])
    more = f" +{len(ranked) - 3} more" if len(ranked) > 3 else ""
    return Signal("PERSONALIZED", POINTS["PERSONALIZED"][depth - 1], f"mentions what is specific to you: {shown}{more}")


def _matched_facts(tokens: list[str], owner: _OwnerFacts) -> list[_Fact]:
    """Owner facts found in the token list, longest match first, each fact counted once."""
    found: dict[str, _Fact] = {}
    first_words = owner.first_words
    index = 0
    count = len(tokens)
    while index < count:
        if tokens[index] not in first_words:
            index += 1
            continue
        for size in range(min(owner.longest, count - index), 0, -1):
            fact = owner.facts.get(tuple(tokens[index : index + size]))
            if fact is not None:
                found.setdefault(fact.display.lower(), fact)
                index += size
                break
        else:
            index += 1
    return list(found.values())


def _topic_reference(text: Folded, start: int, end: int) -> _Fact | None:
    """ "your post about X" counts when X names a topic (some word that is not filler)."""
    topic = _TOPIC.match(text.text, end)
    if topic is None:
        return None
    content = [word for word in words(topic.group(1)) if word not in _STOPWORDS and len(word) >= 2]
    if not content:
        return None
    phrase = text.original_of(start, topic.end())
    return _Fact(phrase, "your own content", _TOPIC_REFERENCE_WEIGHT)


def _activity_reference(text: Folded, start: int, end: int, known_words: frozenset[str]) -> _Fact | None:
    """ "you mentioned that ...", "in Ihrem letzten Paper ...": counts when the rest of the
    sentence names something specific, so a bare "loved your recent post!" does not. The part
    about her ends where the sender's own clause begins ("read your excellent article and we
    invite you ..."), and ``known_words`` there (her name, her company, what her profile says)
    are a merge field or her profile read back ("saw Flinkwerk is doing great things in craft
    whisky")."""
    tail = _ACTIVITY_TAIL.match(text.text, end)
    if tail is None:
        return None
    stop = _SENTENCE_STOP.search(tail.group())
    tail_end = end + (stop.end() if stop else len(tail.group()))
    clause = _SENDER_CLAUSE.search(text.text, end, tail_end)
    if clause:
        tail_end = clause.start()
    tail_text = text.text[end:tail_end]
    if _MERGE_MARK.search(tail_text) or _PROFILE_STATEMENT.match(tail_text):
        return None  # "dass {{companyName}} ...", "dass Sie bei X für Y zuständig sind": a merge field
    content = [
        w for w in words(text.text[end:tail_end])
        if w not in _NOT_SPECIFIC and w not in known_words and len(w) >= 3
    ]
    if len(content) < _ACTIVITY_MIN_CONTENT_WORDS or max(map(len, content)) < _ACTIVITY_LONG_WORD:
        return None
    return _Fact(trim(text.original_of(start, tail_end), 90), "what you said or did", _TOPIC_REFERENCE_WEIGHT)


def _contains_words(folded_text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``folded_text`` as whole words (plain ``find``: fast, no regex)."""
    start = folded_text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before_ok = start == 0 or not folded_text[start - 1].isalnum()
        after_ok = end == len(folded_text) or not folded_text[end].isalnum()
        if before_ok and after_ok:
            return True
        start = folded_text.find(phrase, start + 1)
    return False


def _owner_facts(context: Context) -> _OwnerFacts:
    cached = context.cache.get(PersonalizationDetector.name)
    if isinstance(cached, _OwnerFacts):
        return cached
    facts = build_owner_facts(context.owner)
    context.cache[PersonalizationDetector.name] = facts
    return facts


def build_owner_facts(owner: Profile) -> _OwnerFacts:
    """Distinctive owner facts keyed by word tuples, built once per run."""
    identity_words = _identity_words(owner)
    trade = _trade_stems(owner)
    facts: dict[tuple[str, ...], _Fact] = {}

    def add(key: tuple[str, ...], fact: _Fact) -> None:
        if all(word in identity_words for word in key):
            return  # her own name, company or title is not a fact beyond them
        if len(key) == 1 and key[0][:_TRADE_STEM] in trade:
            fact = _Fact(fact.display, fact.source, fact.weight * _CATEGORY_WORD_FACTOR)
        existing = facts.get(key)
        if existing is None or existing.weight < fact.weight:
            facts[key] = fact

    for source, items in (("skills", owner.skills), ("services", owner.services)):
        for item in items:
            _add_curated(item, source, add)
    _add_curated(owner.headline, "headline", add, split=True)
    prose = [("summary", owner.summary)] + [("position", p.description) for p in owner.positions]
    for source, text in prose:
        _add_prose(text, source, add)
    current = {normalize_company(p.company) for p in owner.current_positions}
    for position in owner.positions:
        company = normalize_company(position.company)
        if company and company not in current and len(company) > 2:
            add(tuple(words(company)), _Fact(position.company.strip(), "past employer", _EMPLOYER_WEIGHT))
    return _OwnerFacts(
        facts=facts,
        first_words=frozenset(key[0] for key in facts),
        longest=max((len(key) for key in facts), default=0),
        identity=_identity_phrases(owner),
        identity_words=frozenset(identity_words),
        company_words=frozenset(_company_words(owner)),
        vocabulary=frozenset(identity_words).union(*facts),
    )


def _add_curated(text: str, source: str, add, split: bool = False) -> None:
    """Skills, services, headline: short curated items, so single words count fully."""
    pieces = re.split(r"\s*[|,;/\u2022\u00b7]\s*|\s+-\s+|\s+(?:at|bei|@)\s+", text) if split else [text]
    originals = _original_words(text)
    for piece in pieces:
        tokens = words(fold(piece))
        content = [token for token in tokens if token not in _STOPWORDS]
        if not content:
            continue
        if 2 <= len(tokens) <= _MAX_PHRASE_WORDS and any(token not in _GENERIC for token in content):
            add(tuple(tokens), _Fact(piece.strip(), source, _weighted(piece, _PHRASE_WEIGHT)))
        # In a several-word item only the long words stand on their own ("Site" does not).
        shortest = 3 if len(tokens) == 1 else _RARE_LENGTH
        for token in content:
            if token in _GENERIC or len(token) < shortest or token.isdigit():
                continue
            weight = _RARE_WORD_WEIGHT if len(token) >= _RARE_LENGTH else _SHORT_WORD_WEIGHT
            for variant in _inflections(token):
                add((variant,), _Fact(originals.get(token, token), source, _weighted(token, weight)))


def _add_prose(text: str, source: str, add) -> None:
    """Summary and descriptions: long free text, so single words count less."""
    tokens = words(fold(text))
    originals = _original_words(text)
    previous = ""
    for token in tokens:
        distinctive = token not in _STOPWORDS and token not in _GENERIC and len(token) >= 5 and not token.isdigit()
        if distinctive:
            weight = _PROSE_WORD_WEIGHT * (2 if len(token) >= 9 else 1)
            for variant in _inflections(token):
                add((variant,), _Fact(originals.get(token, token), source, _weighted(token, weight)))
            if previous:
                shown = f"{originals.get(previous, previous)} {originals.get(token, token)}"
                add((previous, token), _Fact(shown, source, _weighted(token, _PHRASE_WEIGHT)))
        previous = token if distinctive else ""


def _trade_stems(owner: Profile) -> frozenset[str]:
    """Stems of the words naming her trade (industry, current titles) and her town: "Tierärzte" in
    a pitch to a vet, "Manchester" to a Manchester bakery, fit every vet, every local business."""
    names = [owner.industry, owner.location] + [p.title for p in owner.current_positions]
    return frozenset(w[:_TRADE_STEM] for text in names for w in words(fold(text)) if len(w) >= _TRADE_STEM)


def _weighted(text: str, weight: float) -> float:
    """A word that merely names a trade (a taxonomy cue such as "SEO") counts for less."""
    hits = find_cues(fold(text))
    if hits and hits[0].end - hits[0].start >= len(fold(text).strip()) - 1:
        return weight * _CATEGORY_WORD_FACTOR
    return weight


_SUFFIXES = ("", "s", "e", "en", "er", "es", "n")


def _inflections(token: str) -> set[str]:
    """Plural and German inflected forms, so "Operator" matches "operators" and
    "nachhaltige" matches "nachhaltigen"; short words are kept exact."""
    if len(token) < 5 or not token.isalpha():
        return {token}
    stem = token
    for suffix in ("en", "er", "es", "e", "s", "n"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            stem = token[: -len(suffix)]
            break
    return {stem + suffix for suffix in _SUFFIXES} | {token}


def _original_words(text: str) -> dict[str, str]:
    """Folded word -> the word as the owner wrote it (case, umlauts), for evidence quotes."""
    originals: dict[str, str] = {}
    for original in re.findall(r"[\w+#&.'-]+", text):
        cleaned = original.strip(".'-")
        originals.setdefault(fold(cleaned), cleaned)
    return originals


# "Title at Company" / "Titel bei Firma" in a headline names her employer.
_HEADLINE_EMPLOYER = re.compile(r"\b(?:at|bei|@)\s+([^|,;\u2022\u00b7]+)")


def _identity_words(owner: Profile) -> set[str]:
    """Her names, current employers and titles, with genitive forms ("Nordwinds"): merge fields."""
    identity: set[str] = set()
    for text in (owner.first_name, owner.last_name):
        identity.update(words(fold(text)))
    for position in owner.current_positions:
        # Both spellings: normalisation splits "Wümme-Bau", the text keeps it whole.
        identity.update(words(normalize_company(position.company)) + words(fold(position.company)))
        identity.update(words(fold(position.title)))
    for employer in _HEADLINE_EMPLOYER.findall(fold(owner.headline)):
        identity.update(words(normalize_company(employer)) + words(employer))
    # Her city is a list filter too ("is growing fast in the Manchester area").
    for place in [owner.location] + [position.location for position in owner.current_positions]:
        identity.update(word for word in words(fold(place)) if len(word) > 2 and word not in _NOT_SPECIFIC)
    return identity | {word + "s" for word in identity} | {word + "'s" for word in identity}


def _company_words(owner: Profile) -> set[str]:
    """Her current employers' distinctive words (not legal forms), with genitive forms."""
    names: set[str] = set()
    for position in owner.current_positions:
        names.update(
            word for word in words(normalize_company(position.company)) if len(word) > 2 and word not in _NOT_SPECIFIC
        )
    return names | {word + "s" for word in names} | {word + "'s" for word in names}


def _identity_phrases(owner: Profile) -> tuple[tuple[str, str], ...]:
    """First name, current company names and titles: (folded, as written), in that order."""
    phrases: dict[str, str] = {}
    candidates = [(fold(owner.first_name).strip(), owner.first_name.strip())]
    for position in owner.current_positions:
        candidates.append((normalize_company(position.company), position.company.strip()))
        # "Wümme-Bau Ahlers" as written in a message keeps its hyphen.
        candidates.append((normalize_company(position.company, keep_hyphens=True), position.company.strip()))
        candidates.append((fold(position.title).strip(), position.title.strip()))
    for folded, shown in candidates:
        if len(folded) >= 2:
            phrases.setdefault(folded, shown)
    return tuple(phrases.items())


DETECTOR = PersonalizationDetector()

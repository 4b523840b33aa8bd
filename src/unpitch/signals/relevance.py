"""Is what the sender offers relevant to the owner?

Three sides, all mapped onto the offer taxonomy (:mod:`unpitch.signals.offers`):

* what the INBOUND messages offer: categories whose cue appears in the text. A cue in a
  sentence with an offer frame ("we help", "our", "are you looking for", "wir bieten",
  "Interesse an") is a *confirmed* offer; a bare mention is only a candidate.
* what the owner sells: ``[me] offer``, services, headline and current job titles.
* what the owner relates to: everything she sells, plus summary, current position
  descriptions, skills and industry, widened by two documented tables: related categories
  (:data:`CATEGORY_CLUSTERS`) and what a role commonly buys (:data:`ROLE_RELATIONS`).

Signals: ``SELLS_WHAT_YOU_SELL`` (a pitch for her own trade: a competitor prospecting, or a
list that targets the wrong side), ``OFF_TOPIC_OFFER`` (no confirmed offer relates to her
at all), ``RELEVANT_OFFER`` (matches ``[me] buy`` or a need stated in her profile) and
``UNWANTED_TOPIC`` (matches ``[me] never``). With an unknown owner profile the
relation-based signals stay silent rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Conversation
from .base import Context, Signal
from .offers import CATEGORY_BY_KEY, find_cues
from .text_utils import Folded, PhraseSet, fold, inbound_text, strip_links
from .weights import POINTS


#: Categories close enough that someone in one is a plausible buyer or peer of the other.
CATEGORY_CLUSTERS: tuple[frozenset[str], ...] = (
    frozenset({"seo", "web_design", "marketing_agency", "social_media", "content_writing", "video", "pr_media",
               "design_branding", "podcast_pay_to_play", "events_awards", "lead_generation", "ecommerce", "data_lists"}),
    frozenset({"software_outsourcing", "app_development", "web_design", "erp_crm", "ai_automation", "cybersecurity",
               "it_support", "data_analytics"}),
    frozenset({"accounting", "tax", "funding_finance", "insurance", "wealth_management", "legal", "erp_crm"}),
    frozenset({"lead_generation", "appointment_setting", "data_lists", "erp_crm", "coaching_training"}),
    frozenset({"recruiting_staffing", "coaching_training", "hr_benefits", "health_wellness", "events_awards"}),
    frozenset({"logistics", "manufacturing_sourcing", "office_merch", "energy", "ecommerce"}),
    frozenset({"translation", "content_writing"}),
    frozenset({"legal", "cybersecurity", "tax"}),
    frozenset({"real_estate", "funding_finance", "insurance", "wealth_management", "energy"}),
    frozenset({"wealth_management", "crypto"}),
    frozenset({"consulting", "coaching_training", "research_expert_calls"}),
)

#: Offers that concern anyone with a job: a job offer or a paid expert call is never off-topic.
UNIVERSAL = frozenset({"recruiting_staffing", "research_expert_calls"})

#: Consumer pitches: related to a person only through her own trade or her ``buy`` list.
_PERSONAL = frozenset({"crypto", "mlm_side_income", "wealth_management", "real_estate", "health_wellness"})
_BUSINESS = frozenset(CATEGORY_BY_KEY) - _PERSONAL

#: Role words (headline, titles, industry; folded) -> categories such a role plausibly buys.
ROLE_RELATIONS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"cfo|finance|financial|finanz\w*|controller\w*|controlling|treasur\w*|kaufmaennisch\w*|banking|bank",
     frozenset({"accounting", "tax", "erp_crm", "funding_finance", "insurance", "data_analytics", "legal",
                "consulting", "ai_automation", "wealth_management"})),
    (r"cto|cio|engineer\w*|developer\w*|entwickler\w*|software\w*|devops|architekt\w*|architect|informati\w*|"
     r"it-\w+|it (?:manager|leiter\w*|director|consultant|berater\w*|admin\w*|specialist|spezialist\w*|security|support|"
     r"services|architect|operations)|tech\w*|programm\w*|sre|data scien\w*|machine learning|platform",
     frozenset({"software_outsourcing", "app_development", "it_support", "cybersecurity", "ai_automation",
                "erp_crm", "data_analytics", "web_design", "consulting", "coaching_training", "events_awards"})),
    (r"cmo|marketing\w*|brand\w*|growth|communications?|kommunikation|pr|public relations|werbung|advertising|media",
     CATEGORY_CLUSTERS[0] | frozenset({"ai_automation", "erp_crm", "data_analytics", "consulting", "translation"})),
    (r"sales|vertrieb\w*|business development|account (?:executive|manager)|key account\w*|verkauf\w*|bdr|sdr|revenue",
     frozenset({"lead_generation", "appointment_setting", "data_lists", "erp_crm", "coaching_training",
                "ai_automation", "events_awards", "consulting"})),
    (r"hr|human resources|people (?:&|and) culture|people (?:operations|partner|lead)|head of people|personal\w*|"
     r"recruit\w*|talent\w*|chro",
     frozenset({"recruiting_staffing", "coaching_training", "hr_benefits", "events_awards", "health_wellness",
                "consulting", "erp_crm"})),
    (r"ceo|founder|co-?founder|gruender\w*|geschaeftsfuehr\w*|owner|inhaber\w*|managing director|president|"
     r"vorstand\w*|entrepreneur|unternehmer\w*|partner|principal|general manager|selbststaendig\w*|freelancer?|"
     r"freiberuf\w*",
     _BUSINESS),
    (r"coo|operations|betrieb\w*|einkauf\w*|procurement|purchasing|supply chain|logisti\w*|produktion\w*|"
     r"manufactur\w*|facility|facilities",
     frozenset({"logistics", "manufacturing_sourcing", "office_merch", "energy", "erp_crm", "it_support",
                "consulting", "ai_automation"})),
    (r"legal|counsel|jurist\w*|rechtsanwa\w*|anwalt\w*|anwaeltin|lawyer|attorney|compliance|datenschutz\w*|notar\w*",
     frozenset({"legal", "translation", "cybersecurity", "consulting", "erp_crm", "events_awards"})),
    (r"design\w*|kreativ\w*|creative|art director|ux|ui",
     frozenset({"design_branding", "web_design", "video", "social_media", "content_writing", "app_development"})),
    (r"student\w*|werkstudent\w*|praktikant\w*|intern|trainee|azubi|auszubildende\w*|absolvent\w*|graduate|"
     r"open to work|job ?seeker|arbeitssuchend",
     frozenset({"recruiting_staffing", "coaching_training"})),
    (r"research\w*|forsch\w*|professor\w*|wissenschaft\w*|phd|doktorand\w*|lecturer|dozent\w*|teacher|lehrer\w*",
     frozenset({"events_awards", "translation", "data_analytics", "funding_finance", "coaching_training",
                "podcast_pay_to_play", "content_writing"})),
    (r"consultant\w*|berater\w*|advisor\w*|adviser\w*|coach\w*|trainer\w*|speaker",
     frozenset({"consulting", "coaching_training", "events_awards", "lead_generation", "social_media",
                "content_writing", "podcast_pay_to_play", "web_design", "design_branding"})),
    (r"real estate|immobilie\w*|makler\w*|property|realtor",
     frozenset({"real_estate", "funding_finance", "insurance", "legal", "marketing_agency"})),
    (r"arzt|aerzt\w*|doctor|physician|medizin\w*|medical|therapeut\w*|therapist|health\w*|pflege\w*|clinic|praxis",
     frozenset({"health_wellness", "insurance", "it_support", "erp_crm"})),
    (r"manager|head|leiter\w*|lead|director|direktor\w*|vp|chief|teamlead\w*|abteilungsleiter\w*",
     frozenset({"consulting", "coaching_training", "events_awards"})),
)
_ROLE_PATTERNS = tuple((re.compile(rf"\b(?:{words})\b"), categories) for words, categories in ROLE_RELATIONS)

# An offer frame in the same sentence turns a mention into an offer.
_OFFER_FRAME = PhraseSet(
    ("frame", fragment) for fragment in (
        r"we", r"we're", r"our", r"us", r"i help", r"i offer", r"i provide", r"i specialize", r"my (?:team|agency|company|firm)",
        r"are you (?:looking|interested|open|struggling|planning|still)", r"do you (?:need|want|have)",
        r"would you (?:be )?(?:interested|open|like)", r"interested in", r"free (?:trial|audit|consultation|demo|analysis)",
        r"offer\w*", r"help (?:you|your)", r"can (?:help|support|save)",
        r"wir", r"unser\w*", r"uns", r"ich (?:helfe|biete|unterstuetze|begleite)",
        r"(?:brauchen|suchen|benoetigen|wuenschen|planen) (?:sie|du)", r"(?:haben|hast) (?:sie|du) (?:interesse|bedarf)",
        r"interesse an", r"bedarf an", r"kostenlos\w*", r"unverbindlich\w*", r"gratis", r"angebot\w*",
        r"(?:ihnen|dir|euch) (?:helfen|anbieten|zeigen)", r"(?:sie|dich) (?:unterstuetzen|entlasten)",
    )
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_NEEDS = re.compile(
    r"(?:looking for|seeking|searching for|in need of|on the lookout for|we need|i need|"
    r"suche\w*|wir suchen|auf der suche nach|benoetige\w*|brauche\w*)\s+([^.!?\n]{3,80})"
)


@dataclass(slots=True)
class _Side:
    """Categories of owner statements, each with a quote of the statement and where it was found."""

    found: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add_text(self, text: str, source: str) -> None:
        folded = Folded(strip_links(text))
        for hit in find_cues(folded.text):
            self.found.setdefault(hit.category, (folded.quote(hit.start, hit.end, limit=60), source))


@dataclass(slots=True)
class OwnerOffers:
    sells: dict[str, tuple[str, str]]
    related: frozenset[str]
    needs: dict[str, tuple[str, str]]
    buy: dict[str, tuple[str, str]]
    never: dict[str, tuple[str, str]]
    #: Folded ``offer`` / ``buy`` / ``never`` phrases matched literally, with the phrase as written.
    offer_phrases: tuple[tuple[str, str], ...]
    buy_phrases: tuple[tuple[str, str], ...]
    never_phrases: tuple[tuple[str, str], ...]
    known: bool


@dataclass(slots=True)
class _Offer:
    category: str
    text: Folded
    start: int
    end: int
    confirmed: bool

    @property
    def quote(self) -> str:
        # Quoted only when a signal is emitted: most offers found never reach a detail line.
        return self.text.quote(self.start, self.end, limit=90)


class RelevanceDetector:
    name = "relevance"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        inbound = conversation.inbound_messages
        if not inbound:
            return []
        owner = _owner_offers(context)
        text = inbound_text(conversation, context.cache).folded
        offers = _offers_in(text)
        signals: list[Signal] = []
        unwanted = _unwanted(text, offers, owner)
        if unwanted:
            signals.append(unwanted)
        wanted = _relevant(text, offers, owner)
        if wanted:
            signals.append(wanted)
            return signals  # something she asked for: neither a competitor nor off-topic
        sells = _sells_what_you_sell(text, offers, owner)
        if sells:
            signals.append(sells)
        elif owner.known and not unwanted:
            off_topic = _off_topic(offers, owner)
            if off_topic:
                signals.append(off_topic)
        return signals


def _offers_in(text: Folded) -> dict[str, _Offer]:
    """Categories named in the inbound text; confirmed when an offer frame shares the sentence."""
    offers: dict[str, _Offer] = {}
    # Links are blanked (same length, so spans still map): a domain is not an offer.
    for hit in find_cues(strip_links(text.text)):
        existing = offers.get(hit.category)
        if existing and existing.confirmed:
            continue
        confirmed = _in_offer_sentence(text.text, hit.start, hit.end)
        if existing is None or confirmed:
            offers[hit.category] = _Offer(hit.category, text, hit.start, hit.end, confirmed)
    return offers


def _in_offer_sentence(folded: str, start: int, end: int) -> bool:
    sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(folded, max(0, start - 300), start)), default=0)
    following = _SENTENCE_BREAK.search(folded, end)
    sentence_end = following.start() if following else len(folded)
    return _OFFER_FRAME.pattern.search(folded, sentence_start, sentence_end) is not None


def _unwanted(text: Folded, offers: dict[str, _Offer], owner: OwnerOffers) -> Signal | None:
    for folded_phrase, phrase in owner.never_phrases:
        position = _find_words(text.text, folded_phrase)
        if position >= 0:
            quote = text.quote(position, position + len(folded_phrase), limit=90)
            return Signal("UNWANTED_TOPIC", POINTS["UNWANTED_TOPIC"], f'mentions {quote}; you never want "{phrase}" ([me] never)')
    for category, offer in offers.items():
        if category in owner.never:
            wording, _ = owner.never[category]
            return Signal("UNWANTED_TOPIC", POINTS["UNWANTED_TOPIC"],
                          f"offers {offer.quote} ({_label(category)}); you never want {wording} ([me] never)")
    return None


def _relevant(text: Folded, offers: dict[str, _Offer], owner: OwnerOffers) -> Signal | None:
    strong, weak = POINTS["RELEVANT_OFFER"][1], POINTS["RELEVANT_OFFER"][0]
    for folded_phrase, phrase in owner.buy_phrases:
        position = _find_words(text.text, folded_phrase)
        if position >= 0:
            quote = text.quote(position, position + len(folded_phrase), limit=90)
            return Signal("RELEVANT_OFFER", strong, f'mentions {quote}; you buy "{phrase}" ([me] buy)')
    for category, offer in offers.items():
        if category in owner.buy and category not in owner.never:
            wording, _ = owner.buy[category]
            return Signal("RELEVANT_OFFER", strong, f"offers {offer.quote}; you buy {wording} ([me] buy)")
    for category, offer in offers.items():
        if offer.confirmed and category in owner.needs and category not in owner.never:
            wording, source = owner.needs[category]
            return Signal("RELEVANT_OFFER", weak, f"offers {offer.quote}; you are looking for {wording} ({source})")
    return None


def _sells_what_you_sell(text: Folded, offers: dict[str, _Offer], owner: OwnerOffers) -> Signal | None:
    for folded_phrase, phrase in owner.offer_phrases:
        position = _find_words(text.text, folded_phrase)
        if position >= 0:
            quote = text.quote(position, position + len(folded_phrase), limit=90)
            points = POINTS["SELLS_WHAT_YOU_SELL"][1 if _in_offer_sentence(text.text, position, position + 1) else 0]
            return Signal("SELLS_WHAT_YOU_SELL", points, f'offers {quote}; you offer "{phrase}" ([me] offer)')
    matches = [offer for category, offer in offers.items() if category in owner.sells and category not in owner.never]
    if not matches:
        return None
    best = max(matches, key=lambda offer: offer.confirmed)
    wording, source = owner.sells[best.category]
    points = POINTS["SELLS_WHAT_YOU_SELL"][1 if best.confirmed else 0]
    return Signal("SELLS_WHAT_YOU_SELL", points,
                  f"offers {best.quote} ({_label(best.category)}); you offer {wording} ({source})")


def _off_topic(offers: dict[str, _Offer], owner: OwnerOffers) -> Signal | None:
    confirmed = [offer for offer in offers.values() if offer.confirmed]
    if not confirmed or any(offer.category in owner.related for offer in confirmed):
        return None
    first = confirmed[0]
    return Signal("OFF_TOPIC_OFFER", POINTS["OFF_TOPIC_OFFER"],
                  f"offers {first.quote} ({_label(first.category)}); nothing in your profile relates to it")


def _label(category: str) -> str:
    return CATEGORY_BY_KEY[category].label


def _find_words(folded_text: str, phrase: str) -> int:
    """Start of ``phrase`` as whole words in ``folded_text``, or -1 (plain ``find``: no regex)."""
    start = folded_text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or not folded_text[start - 1].isalnum()) and (
            end == len(folded_text) or not folded_text[end].isalnum()
        ):
            return start
        start = folded_text.find(phrase, start + 1)
    return -1


def _owner_offers(context: Context) -> OwnerOffers:
    cached = context.cache.get(RelevanceDetector.name)
    if isinstance(cached, OwnerOffers):
        return cached
    built = build_owner_offers(context)
    context.cache[RelevanceDetector.name] = built
    return built


def build_owner_offers(context: Context) -> OwnerOffers:
    """What the owner sells, relates to, needs, buys and never wants: once per run."""
    owner, config = context.owner, context.config
    sells = _Side()
    for item in config.offer:
        sells.add_text(item, "[me] offer")
    for item in owner.services:
        sells.add_text(item, "Services")
    sells.add_text(owner.headline, "headline")
    for position in owner.current_positions:
        sells.add_text(position.title, "job title")

    does = _Side()
    does.add_text(owner.summary, "summary")
    for position in owner.current_positions:
        does.add_text(position.description, "position")
        does.add_text(position.company, "company")
    for skill in owner.skills:
        does.add_text(skill, "skills")
    does.add_text(owner.industry, "industry")

    own = set(sells.found) | set(does.found)
    related = set(own)
    for cluster in CATEGORY_CLUSTERS:
        if cluster & own:
            related |= cluster
    roles_text = fold(" | ".join([owner.headline, owner.industry, *(p.title for p in owner.current_positions)]))
    for pattern, categories in _ROLE_PATTERNS:
        if pattern.search(roles_text):
            related |= categories

    needs = _Side()
    for text, source in ((owner.summary, "summary"), (owner.headline, "headline")):
        folded = Folded(text)
        for match in _NEEDS.finditer(folded.text):
            needs.add_text(folded.original_of(*match.span(1)), source)
    buy, never = _Side(), _Side()
    for item in config.buy:
        buy.add_text(item, "[me] buy")
    for item in config.never:
        never.add_text(item, "[me] never")
    return OwnerOffers(
        sells=sells.found,
        related=frozenset(related | UNIVERSAL) if related else frozenset(),
        needs=needs.found,
        buy=buy.found,
        never=never.found,
        offer_phrases=_phrases(config.offer),
        buy_phrases=_phrases(config.buy),
        never_phrases=_phrases(config.never),
        known=bool(related),
    )


def _phrases(items: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple((fold(item).strip(), item.strip()) for item in items if len(item.strip()) >= 3)


DETECTOR = RelevanceDetector()

"""The checklist: each item passes or fails with the evidence and a concrete fix.

Items that the scan already judges (merge-tag accidents, the offer's fit) read the scan's own
signals, so the checklist never contradicts the verdict. The rest look at the draft sentence by
sentence: generic sentences and empty praise through the personalization detector run on each
sentence alone, asks and time asks through :mod:`.draft`, length and reading level through
:mod:`.readability`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from ..config import UserConfig
from ..model import Conversation, Direction, Message, Person, Profile
from ..signals.base import Context, Signal
from ..signals.offers import CATEGORY_BY_KEY, categories_in
from ..signals.personalization import DETECTOR as PERSONALIZATION
from ..signals.text_utils import fold, quoted, words
from ..signals.weights import TAILORED_MAX_POINTS
from .draft import DraftShape, Sentence
from .readability import Readability
from .texts import say

#: Boomerang: 50-125 words did best; LinkedIn: over 1,200 characters got 11% fewer replies.
MIN_WORDS, MAX_WORDS, MAX_CHARACTERS = 50, 125, 1200
#: Boomerang found about grade 3 best and replies falling with every grade; a business message
#: rarely gets that low, so the check passes up to the last grade before high school.
MAX_GRADE = 8.0
#: Boomerang: 1-3 questions did best.
MIN_QUESTIONS, MAX_QUESTIONS = 1, 3
#: A sentence this short ("Hi Anna,", "Best, Tom") is a greeting or sign-off, not content.
MIN_CONTENT_WORDS = 5
QUOTES_SHOWN = 3
FACTS_SUGGESTED = 3
_QUOTE_CHARS = 90


@dataclass(frozen=True, slots=True)
class Check:
    """One checklist item: ``id`` is stable snake_case; ``evidence`` and ``fix`` are one line each."""

    id: str
    passed: bool
    evidence: str
    fix: str

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "passed": self.passed, "evidence": self.evidence, "fix": self.fix}


@dataclass(frozen=True, slots=True)
class SentenceSignals:
    """What the personalization detector finds in one sentence read alone."""

    sentence: Sentence
    specific: bool
    opener: bool
    flattery: bool


@dataclass(frozen=True, slots=True)
class DraftFacts:
    """Everything the checks read, computed once per draft."""

    draft: str
    language: str
    recipient: Profile
    signals: list[Signal]
    shape: DraftShape
    per_sentence: list[SentenceSignals]
    readability: Readability
    #: Distinctive facts of the recipient's profile not yet used in the draft, best first.
    suggestions: list[str]

    def signal(self, signal_id: str) -> Signal | None:
        return next((s for s in self.signals if s.id == signal_id), None)

    @property
    def name(self) -> str:
        return self.recipient.first_name or self.recipient.name or say(self.language, "someone")


def sentence_signals(sentences: list[Sentence], recipient: Profile, owner_facts: object) -> list[SentenceSignals]:
    """Run the personalization detector on each sentence alone, with one shared context whose
    cache already holds the recipient's facts (``build_owner_facts``), built once per draft."""
    context = Context(owner=recipient, config=UserConfig(), cache={PERSONALIZATION.name: owner_facts})
    sender, to = Person("draft"), Person(recipient.name, recipient.url)
    moment = datetime.now(timezone.utc)
    found = []
    for index, sentence in enumerate(sentences):
        message = Message(f"s{index}", "coach", sender, [to], moment, sentence.text, sentence.text, Direction.INBOUND)
        ids = {s.id for s in PERSONALIZATION.detect(Conversation(f"s{index}", messages=[message]), context)}
        found.append(SentenceSignals(sentence, "PERSONALIZED" in ids, "GENERIC_OPENER" in ids, "EMPTY_FLATTERY" in ids))
    return found


#: Where a suggested fact comes from, most telling first: what she chose to show, then prose.
_SOURCE_RANK = {"headline": 0, "services": 1, "skills": 2, "summary": 3, "position": 4, "past employer": 5}


def fact_suggestions(recipient: Profile, draft: str, owner_facts: object) -> list[str]:
    """The recipient's most distinctive facts that the draft does not mention yet, best first.

    Only facts written as such in her profile are offered (a pair of words the detector joined
    across a comma would read oddly as a suggestion).
    """
    profile_text = fold(" \n".join([recipient.headline, recipient.summary, *recipient.skills, *recipient.services,
                                     *(p.description for p in recipient.positions), *(p.company for p in recipient.positions)]))
    used = fold(draft)
    # Her name, current company and title are what a mail merge fills in: not a suggestion.
    identity = set(words(fold(" ".join([recipient.first_name, recipient.last_name, *(
        f"{p.company} {p.title}" for p in recipient.current_positions)]))))
    ranked: dict[str, str] = {}
    facts = owner_facts.facts.values()  # type: ignore[attr-defined]
    for fact in sorted(facts, key=lambda f: (_SOURCE_RANK.get(f.source, 9), -f.weight, -len(f.display))):
        key = fold(fact.display)
        if len(key) < 4 or key not in profile_text or key in used or any(key in chosen for chosen in ranked):
            continue
        if not set(words(key)) <= identity:
            ranked[key] = f'"{fact.display}" ({fact.source})'
    return list(ranked.values())


def _quotes(sentences: list[Sentence]) -> str:
    shown = ", ".join(quoted(s.text, _QUOTE_CHARS) for s in sentences[:QUOTES_SHOWN])
    return shown + (f" (+{len(sentences) - QUOTES_SHOWN})" if len(sentences) > QUOTES_SHOWN else "")


def _facts(facts: DraftFacts) -> str:
    return say(facts.language, "facts.join").join(facts.suggestions[:FACTS_SUGGESTED])


def _first_fact(facts: DraftFacts) -> str:
    if facts.suggestions:
        return facts.suggestions[0].split(" (")[0].strip('"')
    return say(facts.language, "fact.default")


# --------------------------------------------------------------------------- the items


def check_generic_sentences(facts: DraftFacts) -> Check:
    """Sentences that could be sent to anyone, and the recipient's facts that could replace them."""
    lang = facts.language
    personalized = facts.signal("PERSONALIZED")
    generic = [
        item.sentence
        for item in facts.per_sentence
        if item.opener or (not item.specific and len(item.sentence.folded.split()) >= MIN_CONTENT_WORDS and not item.sentence.is_question)
    ]
    openers = [item.sentence for item in facts.per_sentence if item.opener]
    tailored = personalized is not None and personalized.points <= TAILORED_MAX_POINTS
    if tailored and not openers:
        detail = personalized.detail.split(": ", 1)[-1]
        return Check("generic_sentences", True, say(lang, "generic.passed", name=facts.name, detail=detail),
                     say(lang, "generic.passed_fix"))
    shown = openers + [s for s in generic if s not in openers] or facts.shape.sentences
    first = quoted(shown[0].text, 60) if shown else '""'
    fix = (say(lang, "generic.fix", first=first, name=facts.name, facts=_facts(facts)) if facts.suggestions
           else say(lang, "generic.fix_no_facts", first=first, name=facts.name))
    return Check("generic_sentences", False, say(lang, "generic.evidence", quotes=_quotes(shown)), fix)


def check_merge_tags(facts: DraftFacts) -> Check:
    """Unfilled placeholders, the wrong first name, the wrong company (the scan's own signals)."""
    lang = facts.language
    found = [s for s in facts.signals if s.id in ("MERGE_TAG_UNFILLED", "WRONG_NAME", "WRONG_COMPANY")]
    if not found:
        return Check("merge_tags", True, say(lang, "merge.passed"), say(lang, "merge.passed_fix"))
    current = facts.recipient.current_positions
    company = f", {current[0].company}" if current and current[0].company else ""
    evidence = "; ".join(s.detail for s in found)
    return Check("merge_tags", False, evidence, say(lang, "merge.fix", name=facts.recipient.name or facts.name, company=company))


def check_offer_fit(facts: DraftFacts) -> Check:
    """An offer of what she sells herself, or of something unrelated to her work."""
    lang, name = facts.language, facts.name
    sells, off_topic, unwanted = (facts.signal(i) for i in ("SELLS_WHAT_YOU_SELL", "OFF_TOPIC_OFFER", "UNWANTED_TOPIC"))
    if unwanted:
        return Check("offer_fit", False, unwanted.detail, say(lang, "offer.unwanted_fix", name=name))
    if sells:
        source = sells.detail.rsplit("you offer ", 1)[-1]
        return Check("offer_fit", False, sells.detail, say(lang, "offer.sells_fix", name=name, source=source))
    if off_topic:
        return Check("offer_fit", False, off_topic.detail, say(lang, "offer.off_topic_fix", name=name, work=_work(facts)))
    relevant = facts.signal("RELEVANT_OFFER")
    if relevant:
        evidence = say(lang, "offer.passed_relevant", detail=relevant.detail)
    else:
        offered = categories_in(facts.draft)
        labels = ", ".join(CATEGORY_BY_KEY[key].label for key in offered)
        evidence = (say(lang, "offer.passed_related", offers=labels, name=name) if offered
                    else say(lang, "offer.passed_none", name=name))
    return Check("offer_fit", True, evidence, say(lang, "offer.passed_fix"))


def _work(facts: DraftFacts) -> str:
    recipient = facts.recipient
    current = recipient.current_positions
    described = recipient.headline or (f"{current[0].title}, {current[0].company}" if current else "")
    return quoted(described, 80) if described else say(facts.language, "work.unknown")


def check_single_ask(facts: DraftFacts) -> Check:
    """Exactly one request for action."""
    lang, asks = facts.language, facts.shape.asks
    if not asks:
        return Check("single_ask", False, say(lang, "ask.none"), say(lang, "ask.none_fix"))
    if len(asks) > 1:
        return Check("single_ask", False, say(lang, "ask.many", count=len(asks), quotes=_quotes(asks)),
                     say(lang, "ask.many_fix", last=quoted(asks[-1].text, 70)))
    return Check("single_ask", True, say(lang, "ask.one", quote=quoted(asks[0].text, _QUOTE_CHARS)), say(lang, "ask.one_fix"))


def check_time_ask_reason(facts: DraftFacts) -> Check:
    """A request for a call or minutes must say what the time is for."""
    lang, shape = facts.language, facts.shape
    bare = [s for s in shape.time_asks if s not in shape.reasoned_time_asks]
    if bare:
        return Check("time_ask_reason", False, say(lang, "time.bare", quotes=_quotes(bare)),
                     say(lang, "time.bare_fix", fact=_first_fact(facts)))
    evidence = (say(lang, "time.reasoned", quotes=_quotes(shape.reasoned_time_asks)) if shape.time_asks
                else say(lang, "time.none"))
    return Check("time_ask_reason", True, evidence, say(lang, "time.passed_fix"))


def check_empty_flattery(facts: DraftFacts) -> Check:
    """Praise that names nothing she did, sentence by sentence."""
    lang = facts.language
    praise = [item.sentence for item in facts.per_sentence if item.flattery]
    if not praise:
        return Check("empty_flattery", True, say(lang, "flattery.none"), say(lang, "flattery.passed_fix"))
    fix = (say(lang, "flattery.fix", facts=_facts(facts)) if facts.suggestions else say(lang, "flattery.fix_no_facts"))
    return Check("empty_flattery", False, say(lang, "flattery.found", quotes=_quotes(praise)), fix)


def check_length(facts: DraftFacts) -> Check:
    """50-125 words and at most 1,200 characters, with the sources' figures."""
    lang = facts.language
    characters, count = len(facts.draft.strip()), facts.readability.words
    evidence = say(lang, "length.evidence", chars=f"{characters:,}", words=count)
    if count < MIN_WORDS:
        return Check("length", False, evidence, say(lang, "length.short_fix"))
    if count > MAX_WORDS or characters > MAX_CHARACTERS:
        return Check("length", False, evidence, say(lang, "length.long_fix", longest=_longest(facts)))
    return Check("length", True, evidence, say(lang, "length.passed_fix"))


def _longest(facts: DraftFacts) -> str:
    sentences = facts.shape.sentences
    return quoted(max(sentences, key=lambda s: len(s.text)).text, 60) if sentences else '""'


def check_reading_level(facts: DraftFacts) -> Check:
    """The reading grade, passing at MAX_GRADE or below."""
    lang, level = facts.language, facts.readability
    formula = "Wiener Sachtextformel" if level.language == "de" else "Flesch-Kincaid"
    per_sentence = round(level.words / level.sentences, 1) if level.sentences else 0
    evidence = say(lang, "reading.evidence", grade=level.grade, formula=formula, sentences=level.sentences,
                   per_sentence=per_sentence, limit=int(MAX_GRADE))
    if level.grade > MAX_GRADE:
        return Check("reading_level", False, evidence, say(lang, "reading.fix", longest=_longest(facts)))
    return Check("reading_level", True, evidence, say(lang, "reading.passed_fix"))


def check_questions(facts: DraftFacts) -> Check:
    """1-3 questions."""
    lang, count = facts.language, facts.shape.questions
    evidence = say(lang, "questions.evidence", count=count)
    if count < MIN_QUESTIONS:
        return Check("questions", False, evidence, say(lang, "questions.none_fix", fact=_first_fact(facts)))
    if count > MAX_QUESTIONS:
        return Check("questions", False, evidence, say(lang, "questions.many_fix"))
    return Check("questions", True, evidence, say(lang, "questions.passed_fix"))


#: The checklist, in the order it is shown.
CHECKS = (
    check_generic_sentences,
    check_merge_tags,
    check_offer_fit,
    check_single_ask,
    check_time_ask_reason,
    check_empty_flattery,
    check_length,
    check_reading_level,
    check_questions,
)
CHECK_IDS = tuple(check.__name__.removeprefix("check_") for check in CHECKS)


def run_checks(facts: DraftFacts) -> list[Check]:
    return [check(facts) for check in CHECKS]

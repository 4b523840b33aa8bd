"""Turn a conversation's signals into a verdict, a score, a kind and a one-sentence summary.

Signals carry the points (see ``signals/weights.py``); this module only combines them:

- ``score`` = logistic(sum of points), in [0, 1]; higher means more likely unwanted.
- ``junk`` needs all three: an unsolicited pitch (a pitch signal, nobody protecting it), a score at
  or above the junk threshold, and a pitch that is generic (not tailored to the recipient, or a
  failed template) or irrelevant (off-topic, what she sells herself, a topic she never wants).
- ``review`` holds unprotected pitches that are not junk (tailored ones) and the unsure band;
  ``keep`` everything else, including pitches inside a conversation she takes part in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .learning.verdicts import learned_verdict
from .reasons import join_clauses, reason
from .signals.base import Signal
from .signals.weights import (
    IRRELEVANT,
    CONNECT_CHAT_PITCH,
    CORROBORATING,
    JUNK_THRESHOLD,
    LONG_KNOWN_CONTACT_POINTS,
    MAIL_MERGE_TOOL,
    NEW_CONTACT_REPLY,
    OFFER_WITHOUT_INTENT,
    PITCH_KINDS,
    PROTECTING,
    REVIEW_THRESHOLD,
    SCORE_CENTER,
    SCORE_SCALE,
    SELLERS_OPENING_OFFER,
    SENDER_SIDE_PROTECTION,
    STRONG_PITCH_POINTS,
    TAILORED_BUT_JUNK,
    TAILORED_MAX_POINTS,
    TEMPLATE_FAILURE,
    UNSURE_LANGUAGE,
)

VERDICTS = ("keep", "review", "junk")


@dataclass(slots=True)
class Verdict:
    verdict: str
    kind: str
    score: float
    signals: list[Signal]
    summary: str


def score_signals(signals: list[Signal]) -> float:
    """The logistic of the summed points, rounded for stable output."""
    total = sum(signal.points for signal in signals)
    return round(1.0 / (1.0 + math.exp(-(total - SCORE_CENTER) / SCORE_SCALE)), 4)


def _kind(ids: set[str]) -> str:
    if ids & OFFER_WITHOUT_INTENT and not ids & _PITCHING:
        # An honour she has to pay for and a promise of easy money are offers even when the intent
        # model saw none, or read a lead ("möchten wir Sie porträtieren"): that "lead" wants money.
        return "sales_pitch"
    for signal_id, kind in PITCH_KINDS.items():
        if signal_id in ids:
            return kind
    if ids & SELLERS_OPENING_OFFER:
        return "sales_pitch"
    # Relevance signals fire only on an actual offer, even one the intent model missed, unless the
    # model is sure every message is no pitch at all (a thank-you that names her trade).
    return "sales_pitch" if ids & IRRELEVANT and "NO_COMMERCIAL_INTENT" not in ids else "conversation"


#: The pitch signals that name a kind themselves (a lead is the opposite of a pitch).
_PITCHING = frozenset(PITCH_KINDS) - {"INBOUND_LEAD"}


def is_protected(signals: list[Signal], ids: set[str]) -> bool:
    """Does the owner want this conversation? A reply to a brand-new contact's small talk does
    not count: connect, chat, then pitch is the pattern users complain about. A contact of more
    than a year counts: what someone she has long known sends is hers to judge (review)."""
    if any(s.id == "KNOWN_CONTACT" and s.points <= LONG_KNOWN_CONTACT_POINTS for s in signals):
        return True
    return bool(ids & PROTECTING - cancelled_protection(ids))


def cancelled_protection(ids: set[str]) -> frozenset[str]:
    """Protecting signals that do not protect this conversation (nor count in its score)."""
    cancelled: frozenset[str] = frozenset()
    if ids & MAIL_MERGE_TOOL:
        # An unfilled tag or a pasted headline: a tool sent this to a list, whatever it asks for.
        cancelled |= SENDER_SIDE_PROTECTION
    if "CONNECT_THEN_PITCH_TIMING" in ids and ids & {"PITCH_AFTER_SMALL_TALK", "NETWORKING_PITCH"}:
        cancelled |= NEW_CONTACT_REPLY
    if ids & OFFER_WITHOUT_INTENT:
        # "Which of our projects was submitted?": asking about a paid award or a get-rich scheme
        # is not wanting it, and its sender does not become a contact by the answer; nor is a
        # sender who asks her for money a lead ("möchten wir Sie porträtieren" reads like one).
        cancelled |= NEW_CONTACT_REPLY | SENDER_SIDE_PROTECTION
    return cancelled


def is_tailored(signals: list[Signal], ids: set[str], kind: str) -> bool:
    """Did the sender do their homework: specific facts about her, an offer she wants, or (from a
    recruiter) the role she actually holds?"""
    if "RELEVANT_OFFER" in ids or (kind == "recruiting" and "RELEVANT_ROLE" in ids):
        return True
    return shows_homework(signals)


def shows_homework(signals: list[Signal]) -> bool:
    """Facts about her at tailored strength (one word of her profile is only her trade's vocabulary)."""
    return any(s.id == "PERSONALIZED" and s.points <= TAILORED_MAX_POINTS for s in signals)


def is_generic_or_irrelevant(signals: list[Signal], ids: set[str], kind: str) -> bool:
    """Untailored, a failed template, a paid broadcast, or a topic she never wants. From a sender
    who did their homework, the taxonomy's "in her own field" or "off-topic" is too coarse to
    overrule the homework (a peer's complement, a need the profile does not state): review."""
    if not is_tailored(signals, ids, kind) or CONNECT_CHAT_PITCH <= ids:
        return True
    return bool(ids & TAILORED_BUT_JUNK)


def is_corroborated(signals: list[Signal], ids: set[str]) -> bool:
    """Is the pitch sure, or does mass-sender behaviour back up a less certain one?

    An offer found only by the relevance detector (no intent signal) is itself the unsure pitch:
    it needs some other behaviour beside it. So does a pitch that shows homework (``PERSONALIZED``
    at tailored strength) or is written at length (``LONG_PITCH``): the model's confidence that it
    sells says nothing about whether it is generic. One word of her profile in a sure pitch (a weak
    ``PERSONALIZED``) is the vocabulary of her trade, not homework, and does not count."""
    behaviour = ids & CORROBORATING
    if not ids & set(STRONG_PITCH_POINTS):
        behaviour -= IRRELEVANT
    if "LONG_PITCH" in ids:
        behaviour -= {"ONLY_NAME_PERSONALIZATION"}  # a name in a long letter is no merge-field tell
        if "PITCH_AFTER_SMALL_TALK" not in ids:
            # A long letter the day after connecting is how a tailored pitch arrives too; chat
            # first, pitch later is the mass-sender's pattern.
            behaviour -= {"CONNECT_THEN_PITCH_TIMING"}
    if behaviour:
        return True
    if "LONG_PITCH" in ids or shows_homework(signals):
        return False
    return any(s.points >= STRONG_PITCH_POINTS.get(s.id, float("inf")) for s in signals)


def decide(signals: list[Signal]) -> Verdict:
    """Combine one conversation's signals into its verdict."""
    ordered = sorted(signals, key=lambda s: (-abs(s.points), s.id))
    kind = _kind({signal.id for signal in ordered})
    if kind in PITCH_KIND_NAMES - {"recruiting"}:
        # A seller naming her job title filled a merge field; only a recruiter's does homework.
        ordered = [signal for signal in ordered if signal.id != "RELEVANT_ROLE"]
    elif kind == "recruiting":
        # Work in her own field is what a relevant recruiter offers, not a rival's sale.
        ordered = [signal for signal in ordered if signal.id != "SELLS_WHAT_YOU_SELL"]
    ids = {signal.id for signal in ordered}
    cancelled = cancelled_protection(ids)
    score = score_signals([signal for signal in ordered if signal.id not in cancelled])
    is_pitch = kind in PITCH_KIND_NAMES
    protected = is_protected(ordered, ids)
    generic_or_irrelevant = is_generic_or_irrelevant(ordered, ids, kind)

    if "DENIED_SENDER" in ids:
        verdict = "junk"
    elif "ALLOWED_SENDER" in ids:
        verdict = "keep"
    elif (
        is_pitch
        and not protected
        and generic_or_irrelevant
        and is_corroborated(ordered, ids)
        and score >= JUNK_THRESHOLD
    ):
        verdict = "review" if ids & UNSURE_LANGUAGE else "junk"
    elif ((is_pitch or ids & TEMPLATE_FAILURE) and not protected) or score >= REVIEW_THRESHOLD:
        # A failed template is never silently kept, even when no pitch was recognised.
        verdict = "review"
    else:
        verdict = "keep"
    verdict = learned_verdict(ordered, verdict, protected)
    return Verdict(verdict, kind, score, ordered, summarize(verdict, kind, ordered))


#: The kinds that are pitches to the owner (an inbound lead wants to buy, it does not pitch).
PITCH_KIND_NAMES = frozenset(PITCH_KINDS.values()) - {"inbound_lead"}

#: Short display names of the kinds, for reports and the app.
KIND_LABELS = {
    "sales_pitch": "sales pitch",
    "recruiting": "recruiting",
    "networking_pitch": "networking pitch",
    "sponsored": "sponsored",
    "inbound_lead": "inbound lead",
    "conversation": "conversation",
}

_KIND_PHRASES = {
    "sales_pitch": "a sales pitch",
    "recruiting": "a recruiting pitch",
    "networking_pitch": "a networking pitch",
    "sponsored": "a sponsored message",
    "inbound_lead": "an inbound lead",
    "conversation": "a conversation",
}
#: Summaries name at most this many reasons.
SUMMARY_REASONS = 3


def summarize(verdict: str, kind: str, signals: list[Signal]) -> str:
    """One plain sentence: the verdict, what the conversation is, and its strongest reasons."""
    what = _KIND_PHRASES.get(kind, kind.replace("_", " "))
    lead = {"junk": "Junk", "review": "Review", "keep": "Keep"}[verdict]
    # Reasons that point the way the verdict went; the signal that names the kind says nothing new.
    kind_signal = next((sid for sid, k in PITCH_KINDS.items() if k == kind), "")
    towards = [
        s for s in signals
        if s.points != 0 and (s.points > 0) == (verdict != "keep") and s.id != kind_signal
    ]
    clauses = [reason(s.id) for s in towards[:SUMMARY_REASONS]]
    if not clauses:
        return f"{lead}: {what} with no strong signals either way."
    return f"{lead}: {what}; {join_clauses(clauses)}."

"""Reply drafts: a short, polite decline that names the reason the signals found.

Drafts are plain text for the user to copy and send themselves; unpitch never sends anything.
Each pitch gets a draft in English and in German, the conversation's own language first.
Genuine conversations and inbound leads get no decline: declining a client is never the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .language import detect_language
from .scoring import PITCH_KIND_NAMES as PITCH_KINDS
from .signals.base import Signal

#: Kinds a decline makes sense for (scoring's pitch kinds).
LANGUAGES = ("en", "de")

# "...; you offer "SEO audits" (Services)" -> SEO audits. The detail format is relevance.py's.
_YOU_OFFER = re.compile(r";\s*you offer\s+\"?(?P<what>[^\"(;]+?)\"?\s*(?:\(|$)")


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    """One copyable draft: ``reason`` is the signal id (or kind) the decline names."""

    language: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class _Reason:
    key: str
    en: str
    de: str


def _offered_phrase(signals: Sequence[Signal]) -> str:
    """What the owner sells, as the SELLS_WHAT_YOU_SELL evidence words it ("" if unknown)."""
    for signal in signals:
        if signal.id == "SELLS_WHAT_YOU_SELL":
            match = _YOU_OFFER.search(signal.detail)
            if match:
                return match.group("what").strip()
    return ""


def _reason(signals: Sequence[Signal], kind: str) -> _Reason:
    """The single most telling reason, in the order a recipient would give it."""
    ids = {signal.id for signal in signals}
    if "UNWANTED_TOPIC" in ids:
        return _Reason(
            "UNWANTED_TOPIC",
            "this is a topic I do not take offers on.",
            "zu diesem Thema nehme ich grundsätzlich keine Angebote an.",
        )
    if "SELLS_WHAT_YOU_SELL" in ids:
        what = _offered_phrase(signals)
        if what:
            return _Reason(
                "SELLS_WHAT_YOU_SELL",
                f"we do {what} ourselves, so there is no need on our side.",
                f"{what} machen wir selbst, daher haben wir dafür keinen Bedarf.",
            )
        return _Reason(
            "SELLS_WHAT_YOU_SELL",
            "we do this ourselves, so there is no need on our side.",
            "das machen wir selbst, daher haben wir dafür keinen Bedarf.",
        )
    if ids & {"CONNECT_THEN_PITCH_TIMING", "PITCH_AFTER_SMALL_TALK"}:
        return _Reason(
            "CONNECT_THEN_PITCH_TIMING",
            "before offering me something, please take a look at my profile and what I actually work on. "
            "If you then still see a concrete fit, tell me specifically where.",
            "bevor Sie mir etwas anbieten, schauen Sie sich bitte zuerst mein Profil an und woran ich "
            "tatsächlich arbeite. Wenn Sie dann noch einen konkreten Bezug sehen, nennen Sie ihn mir gern.",
        )
    if "OFF_TOPIC_OFFER" in ids:
        return _Reason(
            "OFF_TOPIC_OFFER",
            "this is not related to our work.",
            "das hat mit unserer Arbeit nichts zu tun.",
        )
    if kind == "recruiting":
        return _Reason(
            "recruiting",
            "I am not looking for a new role at the moment.",
            "ich suche derzeit keine neue Stelle.",
        )
    if kind == "networking_pitch":
        return _Reason(
            "networking_pitch",
            "I keep my network to people I actually work with, so I will pass on this.",
            "ich vernetze mich nur mit Menschen, mit denen ich tatsächlich zusammenarbeite.",
        )
    return _Reason(
        kind,
        "we have no need for this at the moment.",
        "wir haben dafür derzeit keinen Bedarf.",
    )


def _compose(language: str, reason: _Reason, sender_first_name: str, owner_first_name: str) -> str:
    if language == "de":
        greeting = f"Hallo {sender_first_name}," if sender_first_name else "Guten Tag,"
        body = f"danke für Ihre Nachricht. Ehrlich gesagt: {reason.de}"
        closing = "Ich wünsche Ihnen trotzdem viel Erfolg."
        sign_off = "Viele Grüße"
    else:
        greeting = f"Hi {sender_first_name}," if sender_first_name else "Hello,"
        body = f"thank you for your message. To be honest, {reason.en}"
        closing = "All the best with it all the same."
        sign_off = "Best regards"
    signature = f"{sign_off},\n{owner_first_name}" if owner_first_name else f"{sign_off}"
    return f"{greeting}\n\n{body}\n{closing}\n\n{signature}"


def conversation_language(inbound_texts: Iterable[str]) -> str:
    """``de`` for a German conversation, else ``en`` (the drafts' two languages)."""
    return "de" if detect_language(" ".join(inbound_texts)) == "de" else "en"


def first_name(full_name: str) -> str:
    """The first word of a display name, without stray punctuation."""
    words = full_name.strip().split()
    return words[0].strip(",;:") if words else ""


def draft_replies(
    kind: str,
    signals: Sequence[Signal],
    inbound_texts: Sequence[str],
    sender_name: str = "",
    owner_name: str = "",
) -> list[ReplyDraft]:
    """Decline drafts for a pitch, the conversation's language first; [] for anything else."""
    if kind not in PITCH_KINDS:
        return []
    reason = _reason(signals, kind)
    preferred = conversation_language(inbound_texts)
    order = (preferred, *(language for language in LANGUAGES if language != preferred))
    sender, owner = first_name(sender_name), first_name(owner_name)
    return [ReplyDraft(language, reason.key, _compose(language, reason, sender, owner)) for language in order]

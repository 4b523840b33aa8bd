"""How ``LEARNED_FROM_USER`` moves a verdict, and the bounds of its points.

``LEARNED_FROM_USER`` points lie in [-MAX_POINTS, +MAX_POINTS]; positive means the user's marks
say junk, negative keep. They add to the score like every signal, and on top of that:

- points >= DECISIVE_POINTS: junk (the user's own judgement of this kind of conversation), unless
  the owner's ``[senders] allow`` list names the sender, or, for a conversation not marked itself,
  the owner took part in it (started it, replied, a two-way history) or the built-in model
  protects it (an inbound lead, an applicant, a long-known contact …): then review;
- points <= -DECISIVE_POINTS: keep, unless ``[senders] deny`` names the sender;
- points >= LEANING_POINTS: a keep becomes review (FIRM_LEANING_POINTS for one the owner took part
  in);  points <= -LEANING_POINTS: a junk becomes review.

:func:`learned_verdict` is the whole rule; scoring calls it on its verdict. It is idempotent.
"""

from __future__ import annotations

from typing import Iterable

from ..signals.base import Signal
from ..signals.weights import LEARNED_DECISIVE_POINTS as DECISIVE_POINTS
from ..signals.weights import LEARNED_FIRM_LEANING_POINTS as FIRM_LEANING_POINTS
from ..signals.weights import LEARNED_LEANING_POINTS as LEANING_POINTS
from ..signals.weights import POINTS

SIGNAL_ID = "LEARNED_FROM_USER"
#: Bounds of the signal: a direct mark of the conversation is worth exactly this much.
MAX_POINTS = POINTS[SIGNAL_ID][1]
#: Signals of the owner's own part in a conversation.
OWNER_INVOLVED = frozenset({"OWNER_STARTED", "OWNER_REPLIED", "TWO_WAY_HISTORY"})


def learned_points(signals: Iterable[Signal]) -> float | None:
    for signal in signals:
        if signal.id == SIGNAL_ID:
            return signal.points
    return None


def learned_verdict(signals: list[Signal], verdict: str, protected: bool = False) -> str:
    """The verdict once the user's marks are taken into account (``protected``: the built-in
    model protects the conversation)."""
    points = learned_points(signals)
    if points is None:
        return verdict
    ids = {signal.id for signal in signals}
    if points >= DECISIVE_POINTS:
        if "ALLOWED_SENDER" in ids:
            return verdict
        # What was learned from other conversations never junks one the owner took part in, nor
        # one the built-in model protects: those are the user's to judge.
        return "review" if (protected or ids & OWNER_INVOLVED) and points < MAX_POINTS else "junk"
    if points <= -DECISIVE_POINTS:
        return verdict if "DENIED_SENDER" in ids else "keep"
    if verdict == "keep" and points >= (FIRM_LEANING_POINTS if ids & OWNER_INVOLVED else LEANING_POINTS):
        return "review"
    if verdict == "junk" and points <= -LEANING_POINTS:
        return "review"
    return verdict

"""``LEARNED_FROM_USER``: what the user's junk / keep marks say about a conversation.

The detector reads the marks and the personal model from the scan database. It finds the database
through ``context.cache["learning:db"]`` (a path; the CLI sets it from ``--db``); without it, or
with no marks, it emits nothing. Problems with the personal model file (missing, corrupt, stale)
never fail a scan: they are appended, one line each, to ``context.cache["learning:warnings"]``
(a list the CLI prints) and the scan falls back to the built-in model plus the rules from the marks.

Points: -6 … +6 (``unpitch.learning.verdicts.MAX_POINTS``). +6 / -6 for a conversation the user
marked herself; otherwise the sum of the rules and the personal model (see
``unpitch.learning.rules``). How it moves a verdict: ``unpitch.learning.verdicts.learned_verdict``.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Conversation
from .base import Context, Signal

#: Where the CLI puts the database path, and where the detector leaves its warnings.
DB_KEY = "learning:db"
WARNINGS_KEY = "learning:warnings"
_STATE_KEY = "learning:state"


class LearnedDetector:
    name = "learned"

    def prepare(self, conversations: list[Conversation], context: Context) -> None:
        """Load the marks and model once, and featurise the whole inbox in one batch."""
        from ..learning.features import snapshot, vectorize
        from ..learning.rules import load_learned

        db = context.cache.get(DB_KEY)
        if not db or not Path(str(db)).is_file():
            context.cache[_STATE_KEY] = None
            return
        learned = load_learned(Path(str(db)))
        warnings = context.cache.setdefault(WARNINGS_KEY, [])
        if isinstance(warnings, list):
            warnings.extend(learned.warnings)
        if learned.empty:
            context.cache[_STATE_KEY] = None
            return
        snaps = [snapshot(c, _labeler(context), _positions(c, context)) for c in conversations]
        vectors = vectorize(snaps) if learned.model is not None and snaps else None
        prepared = {id(c): (snap, vectors[i] if vectors is not None else None) for i, (c, snap) in enumerate(zip(conversations, snaps))}
        context.cache[_STATE_KEY] = (learned, prepared)

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        from ..learning.features import snapshot

        if _STATE_KEY not in context.cache:
            self.prepare([], context)
        state = context.cache.get(_STATE_KEY)
        if state is None:
            return []
        learned, prepared = state  # type: ignore[misc]
        # A caller scoring conversations one by one, without prepare, gets them featurised here.
        snap, vector = prepared.get(id(conversation)) or (snapshot(conversation, _labeler(context), _positions(conversation, context)), None)
        signal = learned.assess(conversation.id, snap, vector)
        return [signal] if signal is not None else []


def _positions(conversation: Conversation, context: Context) -> dict[str, str]:
    """Inbound senders' positions from her Connections: their role is a kind of sender."""
    positions: dict[str, str] = {}
    for message in conversation.inbound_messages:
        connection = context.connection_of(message.sender)
        if connection is not None and connection.position:
            positions[message.sender.key] = connection.position
    return positions


def _labeler(context: Context):
    from ..learning.service import intent_labeler

    # The intent detector's own cache: its prepare already classified every inbound message.
    return intent_labeler(context.cache.setdefault("intent", {}))  # type: ignore[arg-type]


DETECTOR = LearnedDetector()

"""The scan record: one JSON object per conversation.

This is a contract. Later versions may add fields, never rename or drop these:
``conversation_id, title, participants, first_date, last_date, messages, inbound, verdict, kind,
score, signals, summary``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..pipeline import Result

CONTRACT_FIELDS = (
    "conversation_id",
    "title",
    "participants",
    "first_date",
    "last_date",
    "messages",
    "inbound",
    "verdict",
    "kind",
    "score",
    "signals",
    "summary",
)


def iso(moment: datetime) -> str:
    """ISO-8601 with an explicit offset (``Z`` for UTC)."""
    return moment.isoformat().replace("+00:00", "Z")


def to_record(result: Result) -> dict[str, Any]:
    conversation, verdict = result.conversation, result.verdict
    return {
        "conversation_id": conversation.id,
        "title": conversation.title,
        "participants": [{"name": p.name, "url": p.url} for p in conversation.participants],
        "first_date": iso(conversation.first_date),
        "last_date": iso(conversation.last_date),
        "messages": len(conversation.messages),
        "inbound": len(conversation.inbound_messages),
        "verdict": verdict.verdict,
        "kind": verdict.kind,
        "score": verdict.score,
        "signals": [{"id": s.id, "points": s.points, "detail": s.detail} for s in verdict.signals],
        "summary": verdict.summary,
    }

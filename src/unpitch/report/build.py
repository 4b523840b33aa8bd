"""Collect what the report shows from a scan: counts, time cost, campaigns and every conversation.

The conversations go to the page as compact JSON (short keys, documented in report.js) so that
client-side search and paging stay fast for tens of thousands of messages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..model import Conversation, Inbox
from ..outputs.records import iso
from ..pipeline import Result
from ..replies import draft_replies
from ..scoring import KIND_LABELS, VERDICTS
from .campaigns import CAMPAIGN_SIGNAL, Campaign, top_campaigns
from .timecost import PITCH_KINDS, TimeCost, monthly, pitch_cost



@dataclass(slots=True)
class ReportData:
    owner: str
    source: str
    source_kind: str
    generated_at: str
    conversations: int
    messages: int
    verdict_counts: dict[str, int]
    kind_counts: dict[str, int]
    time_cost: TimeCost
    campaigns: list[Campaign]
    signal_ids: list[str]
    #: One compact dict per conversation, highest score first.
    rows: list[dict[str, Any]] = field(default_factory=list)


def first_sender(conversation: Conversation) -> str:
    """Who the conversation is with: the first inbound sender, else the first other participant."""
    for message in conversation.inbound_messages:
        if message.sender.name or message.sender.url:
            return message.sender.name or message.sender.url
    return conversation.title or "(unknown)"


def _row(result: Result, owner_name: str) -> dict[str, Any]:
    conversation, verdict = result.conversation, result.verdict
    inbound_texts = [m.text for m in conversation.inbound_messages]
    sender = first_sender(conversation)
    drafts = draft_replies(verdict.kind, verdict.signals, inbound_texts, sender, owner_name)
    return {
        "id": conversation.id,
        "v": verdict.verdict,
        "k": verdict.kind,
        "s": verdict.score,
        "f": sender,
        "d": iso(conversation.last_date)[:10],
        "t": conversation.title,
        "y": verdict.summary,
        "g": [[s.id, round(s.points, 2), s.detail] for s in verdict.signals],
        # [date, "i" inbound / "o" outbound / "s" system, sender, text]
        "m": [
            [iso(m.date)[:16].replace("T", " "), "s" if m.is_system else m.direction.value[0], m.sender.name, m.text]
            for m in conversation.messages
        ],
        "r": [[draft.language, draft.text] for draft in drafts],
    }


def _campaign_members(results: list[Result]) -> list[tuple[str, str, str]]:
    members = []
    for result in results:
        for signal in result.verdict.signals:
            if signal.id == CAMPAIGN_SIGNAL:
                members.append((result.conversation.id, first_sender(result.conversation), signal.detail))
    return members


def _time_cost(results: list[Result]) -> TimeCost:
    costs = []
    for result in results:
        conversation = result.conversation
        inbound = conversation.inbound_messages
        if result.verdict.kind in PITCH_KINDS and inbound:
            ids = {signal.id for signal in result.verdict.signals}
            costs.append(pitch_cost(inbound[0].date, [m.text for m in inbound], ids))
    return monthly(costs)


def build_report(inbox: Inbox, results: list[Result], generated_at: datetime) -> ReportData:
    """Everything the report page shows, from one scan."""
    owner = inbox.owner.name or inbox.owner.url or "unknown owner"
    verdicts = Counter(result.verdict.verdict for result in results)
    kinds = Counter(result.verdict.kind for result in results)
    ranked = sorted(results, key=lambda r: (-r.verdict.score, r.conversation.id))
    signal_ids = sorted({signal.id for result in results for signal in result.verdict.signals})
    return ReportData(
        owner=owner,
        source=inbox.source,
        source_kind=inbox.source_kind,
        generated_at=iso(generated_at.replace(microsecond=0)),
        conversations=len(results),
        messages=sum(len(result.conversation.messages) for result in results),
        verdict_counts={name: verdicts[name] for name in VERDICTS},
        kind_counts={kind: kinds[kind] for kind in KIND_LABELS if kinds[kind]},
        time_cost=_time_cost(results),
        campaigns=top_campaigns(_campaign_members(results)),
        signal_ids=signal_ids,
        rows=[_row(result, inbox.owner.name) for result in ranked],
    )

"""CAMPAIGN_MEMBER: the pitch in this conversation is one copy of a template sent by several people.

A recipient sees one copy of a mass message; put side by side, the copies in one inbox show the
template. ``prepare`` fingerprints the unsolicited opening messages of every conversation once
per inbox (masking the owner's and each sender's names and companies, see
:mod:`unpitch.campaigns`), groups them, and stores each conversation's family in
``context.cache``; ``detect`` only looks the conversation up.

Only what a campaign looks like counts: inbound messages before the owner wrote anything, in
conversations the owner did not start, and a family needs at least two *different* senders (one
sender bumping themselves is a follow-up, not a campaign). Short courtesy notes never form a
family (:mod:`unpitch.campaigns.courtesy`). The signal is evidence that a pitch is mass-sent;
scoring still needs a pitch (intent) beside it before anything becomes junk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..campaigns.courtesy import is_campaign, message_traits
from ..campaigns.fingerprint import MinHasher
from ..campaigns.grouping import families, group
from ..campaigns.masking import Entities, mask_keys, mask_tokens
from ..campaigns.template import render_template
from ..model import Conversation, Message
from .base import Context, Signal
from .weights import POINTS

#: From this many distinct senders CAMPAIGN_MEMBER takes its higher points (signals/weights.py).
MANY_SENDERS = 3
#: Unsolicited inbound messages per conversation that may carry the pitch ("thanks for
#: connecting" first, the pitch second or third).
OPENING_MESSAGES = 3
TEMPLATE_SAMPLES = 4
TEMPLATE_CHARS = 160


@dataclass(frozen=True, slots=True)
class CampaignFamily:
    """One template family of the inbox."""

    size: int
    senders: int
    template: str


class CampaignDetector:
    name = "campaign"

    def prepare(self, conversations: list[Conversation], context: Context) -> None:
        """Find the inbox's template families once; ``detect`` reads them from ``context.cache``."""
        context.cache[self.name] = find_inbox_families(conversations, context)

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        found = context.cache.get(self.name)
        if found is None:  # detect without prepare: one conversation alone is no family
            return []
        family = found.get(conversation.id)  # type: ignore[union-attr]
        if family is None:
            return []
        two_senders, many_senders = POINTS["CAMPAIGN_MEMBER"]
        points = many_senders if family.senders >= MANY_SENDERS else two_senders
        detail = (
            f"one of {family.size} near-identical messages from {family.senders} different senders "
            f"in your inbox: \"{_short(family.template)}\""
        )
        return [Signal("CAMPAIGN_MEMBER", points, detail)]


def opening_messages(conversation: Conversation) -> list[Message]:
    """Inbound messages before the owner's first one; none if the owner started the conversation."""
    opening: list[Message] = []
    for message in conversation.text_messages:
        if not message.inbound:
            break
        if message.text.strip():
            opening.append(message)
    return opening[:OPENING_MESSAGES]


def find_inbox_families(conversations: list[Conversation], context: Context) -> dict[str, CampaignFamily]:
    """Each conversation id in a campaign family, mapped to its family."""
    owner = context.owner
    owner_names = [owner.name, owner.first_name, owner.last_name]
    owner_companies = [position.company for position in owner.positions]
    messages: list[tuple[Conversation, Message, Entities]] = []
    for conversation in conversations:
        for message in opening_messages(conversation):
            sender_company = _sender_company(message, context)
            entities = Entities.of([*owner_names, message.sender.name], [*owner_companies, sender_company])
            messages.append((conversation, message, entities))
    if len(messages) < 2:
        return {}
    keys = [mask_keys(message.text, entities) for _, message, entities in messages]
    traits = [message_traits(k) for k in keys]
    distinctive = np.array([t[0] for t in traits])
    courtesy = np.array([t[1] for t in traits])
    result: dict[str, CampaignFamily] = {}
    for rows in families(group(MinHasher().signatures(keys))):
        senders = {messages[i][1].sender.key for i in rows}
        if len(senders) < 2 or not is_campaign(distinctive[rows], courtesy[rows]):
            continue
        samples = [mask_tokens(messages[i][1].text, messages[i][2]) for i in rows[:TEMPLATE_SAMPLES]]
        members = {messages[i][0].id for i in rows}
        family = CampaignFamily(len(members), len(senders), render_template(samples))
        for conversation_id in members:
            current = result.get(conversation_id)
            if current is None or family.senders > current.senders:
                result[conversation_id] = family
    return result


def _sender_company(message: Message, context: Context) -> str:
    connection = context.connection_of(message.sender)
    return connection.company if connection is not None else ""


def _short(template: str) -> str:
    flat = " ".join(template.split()).replace('"', "'")
    return flat if len(flat) <= TEMPLATE_CHARS else flat[: TEMPLATE_CHARS - 3].rstrip() + "..."


DETECTOR = CampaignDetector()

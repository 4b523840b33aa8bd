"""Tiny builders for detector tests: conversations and contexts from the model classes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import count

from unpitch.config import UserConfig
from unpitch.model import Connection, Conversation, Direction, Invitation, Message, Person, Position, Profile
from unpitch.signals.base import Context, Signal

START = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
OWNER = Person("Anna Berger", "https://www.linkedin.com/in/anna-berger")
SENDER = Person("Bob Seller", "https://www.linkedin.com/in/bob-seller")
_ids = count(1)


def owner_profile(**overrides) -> Profile:
    """Anna Berger, platform engineering lead at Acme, unless overridden."""
    values = dict(
        first_name="Anna",
        last_name="Berger",
        url=OWNER.url,
        headline="Platform Engineering Lead at Acme | Kubernetes operators",
        summary="I build Kubernetes operators and care about green computing.",
        positions=[
            Position(company="Acme GmbH", title="Platform Engineering Lead", started_on="2021-01"),
            Position(company="Zalando SE", title="SRE", started_on="2017-01", finished_on="2020-12"),
        ],
        skills=["Kubernetes", "Rust"],
    )
    values.update(overrides)
    return Profile(**values)


def inbound(text: str, day: float = 0, sender: Person = SENDER) -> Message:
    return _message(text, day, sender, [OWNER], Direction.INBOUND)


def outbound(text: str, day: float = 0, to: Person = SENDER) -> Message:
    return _message(text, day, OWNER, [to], Direction.OUTBOUND)


def system(text: str, day: float = 0) -> Message:
    message = _message(text, day, SENDER, [OWNER], Direction.INBOUND)
    message.is_system = True
    return message


def _message(text: str, day: float, sender: Person, recipients: list[Person], direction: Direction) -> Message:
    return Message(
        id=f"m{next(_ids)}",
        conversation_id="c1",
        sender=sender,
        recipients=recipients,
        date=START + timedelta(days=day),
        raw=text,
        text=text,
        direction=direction,
    )


def conversation(*messages: Message, folder: str = "", sponsored: bool = False, title: str = "") -> Conversation:
    return Conversation(id="c1", title=title, messages=list(messages), folder=folder, sponsored=sponsored)


def context(
    owner: Profile | None = None,
    config: UserConfig | None = None,
    connections: list[Connection] | None = None,
    invitations: list[Invitation] | None = None,
) -> Context:
    ctx = Context(owner=owner or owner_profile(), config=config or UserConfig())
    for connection in connections or []:
        if connection.url:
            ctx.connections[connection.url.lower()] = connection
        ctx.connections.setdefault(connection.name.lower(), connection)
    ctx.invitations = list(invitations or [])
    return ctx


def connection(connected_on: date | None = None, company: str = "", email: str = "", person: Person = SENDER) -> Connection:
    first, last = person.name.split(" ", 1)
    return Connection(first, last, url=person.url, email=email, company=company, connected_on=connected_on)


def incoming_invitation(day: float, person: Person = SENDER) -> Invitation:
    return Invitation(sender=person, recipient=OWNER, sent_at=START + timedelta(days=day), message="", direction=Direction.INBOUND)


def outgoing_invitation(day: float, person: Person = SENDER) -> Invitation:
    return Invitation(sender=OWNER, recipient=person, sent_at=START + timedelta(days=day), message="", direction=Direction.OUTBOUND)


def run(detector, conv: Conversation, ctx: Context | None = None) -> dict[str, Signal]:
    """Signals by id; fails when a detector emits the same id twice."""
    signals = list(detector.detect(conv, ctx or context()))
    by_id = {signal.id: signal for signal in signals}
    assert len(by_id) == len(signals), f"duplicate ids in {signals}"
    for signal in signals:
        assert "\n" not in signal.detail and signal.detail, signal
    return by_id

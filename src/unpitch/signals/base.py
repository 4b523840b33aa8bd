"""What a detector is and what it emits.

A detector looks at one conversation (plus inbox-wide context) and returns named
signals with points and evidence, like SpamAssassin rules or Rspamd symbols.
Positive points push towards junk, negative points towards keep. Detectors never
read files and never decide the verdict: scoring does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol

from ..config import UserConfig
from ..model import Connection, Conversation, Inbox, Invitation, Person, Profile


@dataclass(frozen=True, slots=True)
class Signal:
    """One named finding: ``id`` is stable UPPER_SNAKE, ``detail`` quotes the evidence."""

    id: str
    points: float
    detail: str


@dataclass(slots=True)
class Context:
    """Inbox-wide facts computed once and shared by every detector."""

    owner: Profile
    config: UserConfig
    connections: dict[str, Connection] = field(default_factory=dict)
    invitations: list[Invitation] = field(default_factory=list)
    #: Per-run cache detectors may use to share expensive work (keyed by detector name).
    cache: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_inbox(cls, inbox: Inbox, config: UserConfig | None = None) -> "Context":
        connections: dict[str, Connection] = {}
        for connection in inbox.connections:
            if connection.url:
                connections[connection.url.lower()] = connection
            if connection.name:
                connections.setdefault(connection.name.strip().lower(), connection)
        return cls(
            owner=inbox.owner,
            config=config or UserConfig(),
            connections=connections,
            invitations=list(inbox.invitations),
        )

    def connection_of(self, person: Person) -> Connection | None:
        """The owner's connection entry for ``person``, by profile URL, e-mail or name."""
        if person.url:
            found = self.connections.get(person.url.lower()) or self.connections.get(person.url.lower().rstrip("/"))
            if found is not None:
                return found
        if person.name.strip():
            return self.connections.get(person.name.strip().lower())
        return None


class Detector(Protocol):
    """A signal module. ``name`` is a short lower-case id for the registry.

    A detector may also define ``prepare(conversations, context)``: the pipeline calls it once
    per inbox before any ``detect``, so that a model can work in one batch.
    """

    name: str

    def detect(self, conversation: Conversation, context: Context) -> Iterable[Signal]: ...

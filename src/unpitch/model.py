"""The in-memory model every reader produces and every signal reads.

Readers build an :class:`Inbox`; nothing downstream touches files.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class Direction(str, enum.Enum):
    """Whether the inbox owner received or sent a message."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


@dataclass(slots=True, frozen=True)
class Person:
    """A participant as the source names them; ``url`` is a profile URL or an email address."""

    name: str
    url: str = ""

    @property
    def key(self) -> str:
        """A stable identity: the URL when known, else the lower-cased name."""
        return self.url.lower() or self.name.strip().lower()


@dataclass(slots=True)
class Message:
    """One message row. ``text`` is the clean new text; ``raw`` is the content exactly as read."""

    id: str
    conversation_id: str
    sender: Person
    recipients: list[Person]
    date: datetime
    raw: str
    text: str
    direction: Direction
    subject: str = ""
    folder: str = ""
    #: Rows LinkedIn writes itself ("Message request accepted"): kept on record, out of the text.
    is_system: bool = False
    attachments: list[str] = field(default_factory=list)
    #: Quoted earlier mail and signatures split off the new text (email only).
    quoted: str = ""
    signature: str = ""
    #: Where the row came from, for error messages and evidence ("messages.csv:17").
    origin: str = ""

    @property
    def inbound(self) -> bool:
        return self.direction is Direction.INBOUND


@dataclass(slots=True)
class Conversation:
    """A thread of messages, oldest first."""

    id: str
    title: str = ""
    messages: list[Message] = field(default_factory=list)
    #: LinkedIn folder (INBOX, ARCHIVE, SPAM, ...) as exported; empty when unknown.
    folder: str = ""
    #: LinkedIn Sponsored InMail (an advertiser's paid message).
    sponsored: bool = False

    @property
    def text_messages(self) -> list[Message]:
        """Messages people wrote: system rows excluded."""
        return [m for m in self.messages if not m.is_system]

    @property
    def inbound_messages(self) -> list[Message]:
        return [m for m in self.messages if not m.is_system and m.inbound]

    @property
    def outbound_messages(self) -> list[Message]:
        return [m for m in self.messages if not m.is_system and not m.inbound]

    @property
    def participants(self) -> list[Person]:
        """Everyone who wrote or received a message, the owner included, in order of appearance."""
        seen: dict[str, Person] = {}
        for message in self.messages:
            for person in (message.sender, *message.recipients):
                if person.name or person.url:
                    existing = seen.get(person.key)
                    if existing is None or (not existing.url and person.url):
                        seen[person.key] = person
        return list(seen.values())

    @property
    def first_date(self) -> datetime:
        return self.messages[0].date

    @property
    def last_date(self) -> datetime:
        return self.messages[-1].date


@dataclass(slots=True)
class Position:
    company: str
    title: str = ""
    description: str = ""
    location: str = ""
    started_on: str = ""
    finished_on: str = ""

    @property
    def current(self) -> bool:
        return not self.finished_on.strip()


@dataclass(slots=True)
class Profile:
    """What unpitch knows about a person, usually the inbox owner."""

    first_name: str = ""
    last_name: str = ""
    url: str = ""
    emails: list[str] = field(default_factory=list)
    headline: str = ""
    summary: str = ""
    industry: str = ""
    location: str = ""
    positions: list[Position] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    #: Services the owner offers (LinkedIn Services Marketplace, or unpitch.toml).
    services: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def current_positions(self) -> list[Position]:
        return [p for p in self.positions if p.current]


@dataclass(slots=True)
class Connection:
    first_name: str
    last_name: str
    url: str = ""
    email: str = ""
    company: str = ""
    position: str = ""
    connected_on: date | None = None

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(slots=True)
class Invitation:
    sender: Person
    recipient: Person
    sent_at: datetime | None
    message: str
    direction: Direction


@dataclass(slots=True)
class Inbox:
    """Everything read from one source: the owner, their conversations and their network."""

    owner: Profile
    conversations: list[Conversation] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    #: "linkedin", "email" or "jsonl".
    source_kind: str = ""
    source: str = ""
    #: Rows skipped or oddities met while reading, one readable line each.
    warnings: list[str] = field(default_factory=list)

    @property
    def message_count(self) -> int:
        return sum(len(c.messages) for c in self.conversations)

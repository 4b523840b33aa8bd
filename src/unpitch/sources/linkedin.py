"""Read a LinkedIn data export (zip, unpacked folder, or a bare messages.csv) into an Inbox.

Layouts of ``messages.csv`` this reader understands (columns are found by header
name, case-insensitively; only FROM, DATE and CONTENT are required):

- 2018: ``From,To,Date,Subject,Content,Direction,Folder``; dates like ``7/5/18, 9:12 AM``
  (taken as UTC); no conversation id, so threads are keyed by their participants and
  subject;
- 2021-22: ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,
  CONTENT,FOLDER`` with ``YYYY-MM-DD HH:MM:SS UTC`` dates;
- 2023: adds ``RECIPIENT PROFILE URLS`` (recipients are counted from it, because names
  in TO may hold commas);
- 2024: adds ``IS MESSAGE DRAFT,IS CONVERSATION DRAFT`` (drafts are skipped);
- 2026: every field quoted, ``ATTACHMENTS``, line breaks inside CONTENT.

Around it: ``Profile.csv``, ``Email Addresses.csv``, ``Positions.csv``, ``Skills.csv``,
``Providers.csv`` (Services Marketplace), ``Connections.csv`` and ``Invitations.csv``, each
optional; a damaged one costs a warning, not the run.

The owner's profile URL is not in Profile.csv, so it is taken from ``me`` when given,
else from outgoing (or incoming) invitations, else from the participant whose name
matches Profile.csv, else from the participant present in the most conversations.

Warnings and ``Message.origin`` use 1-based physical line numbers of the file
(``messages.csv, row 17: ...``, ``messages.csv:17``).
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from ..errors import InputError
from ..model import (
    Connection,
    Conversation,
    Direction,
    Inbox,
    Invitation,
    Message,
    Person,
    Position,
    Profile,
)
from .archive import ExportEntry, ExportTree, ZipLimits, is_zip, open_export
from .dates import parse_date, parse_datetime
from .tables import HeaderError, Table, has_header, open_table
from .text import html_to_text

__all__ = ["read_linkedin", "looks_like_linkedin"]

MESSAGES_FILE = "messages.csv"
_MESSAGE_COLUMNS = ("FROM", "DATE", "CONTENT")
_SPONSORED_TITLE = "sponsored conversation"
#: Block markup: LinkedIn writes Sponsored InMail bodies as HTML; members' messages are plain text.
_HTML_BLOCKS = re.compile(r"<(?:p|br|div|table|ul|li)\b[^>]*>", re.IGNORECASE)
_HIDDEN_SENDER = "linkedin member"
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv)\s*:\s*)+", re.IGNORECASE)
_SERVICE_SPLIT = re.compile(r"\s*[,;|\n]\s*")
_ID_LENGTH = 16
_NOT_DRAFT = frozenset({"", "No", "no", "NO", "false", "False", "0"})


# --------------------------------------------------------------------------- helpers


def _digest(*parts: str) -> str:
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha1(joined, usedforsecurity=False).hexdigest()[:_ID_LENGTH]


def _is_yes(value: str) -> bool:
    return value.strip().lower() in ("yes", "true", "1")


@lru_cache(maxsize=1 << 16)
def normalize_url(url: str) -> str:
    """Compare profile URLs without scheme, ``www.``, query, fragment, trailing slash or case."""
    text = url.strip().lower()
    for cut in ("?", "#"):
        text = text.split(cut, 1)[0]
    text = text.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    return text.rstrip("/")


def _looks_like_url(value: str) -> bool:
    lowered = value.strip().lower()
    return lowered.startswith(("http://", "https://", "www.")) or "linkedin.com/" in lowered


def _normalize_subject(subject: str) -> str:
    return " ".join(_SUBJECT_PREFIX.sub("", subject).split()).lower()


def _split_names(to_field: str) -> list[str]:
    """Names in a TO field without profile URLs.

    "Jane Roe, Sam Poe" is two people, but "Roe, Jane" is one: split on commas only
    when every part looks like a full name (holds a space).
    """
    text = to_field.strip()
    if not text:
        return []
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > 1 and all(" " in part for part in parts):
        return parts
    return [text]


def _split_attachments(value: str) -> list[str]:
    """Attachment names or links: one per line, or comma-separated links."""
    text = value.strip()
    if not text:
        return []
    if "\n" in text:
        return [line.strip() for line in text.splitlines() if line.strip()]
    parts = [part.strip() for part in text.split(",")]
    if len(parts) > 1 and all(_looks_like_url(part) for part in parts):
        return parts
    return [text]


@contextmanager
def _optional_table(
    tree: ExportTree, base_name: str, required: tuple[str, ...], warnings: list[str]
) -> Iterator[Table | None]:
    """The named file as a table, or None when absent or not the table we expect."""
    entry = tree.find_first(base_name)
    if entry is None:
        yield None
        return
    try:
        table = open_table(tree, entry, required, warnings)
    except HeaderError as exc:
        warnings.append(f"{entry.name}: {exc.problem}; file ignored")
        yield None
        return
    with table:
        yield table


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None else ""


# --------------------------------------------------------------------------- profile


def read_profile(tree: ExportTree, warnings: list[str]) -> Profile:
    profile = Profile()
    with _optional_table(tree, "Profile.csv", (), warnings) as table:
        if table is not None:
            for _, row in table.rows():
                profile.first_name = _cell(row, table.index("first name"))
                profile.last_name = _cell(row, table.index("last name"))
                profile.headline = _cell(row, table.index("headline"))
                profile.summary = _cell(row, table.index("summary"))
                profile.industry = _cell(row, table.index("industry"))
                profile.location = _cell(row, table.index("geo location", "location"))
                break  # one person per export
    profile.emails = _read_emails(tree, warnings)
    profile.positions = _read_positions(tree, warnings)
    profile.skills = _read_column(tree, "Skills.csv", "Name", warnings)
    profile.services = _read_services(tree, warnings)
    return profile


def _read_emails(tree: ExportTree, warnings: list[str]) -> list[str]:
    """Email addresses, the primary one first."""
    ranked: list[tuple[bool, str]] = []
    with _optional_table(tree, "Email Addresses.csv", ("Email Address",), warnings) as table:
        if table is not None:
            address_at, primary_at = table.index("email address"), table.index("primary")
            for _, row in table.rows():
                address = _cell(row, address_at)
                if address:
                    ranked.append((not _is_yes(_cell(row, primary_at)), address))
    ranked.sort(key=lambda pair: pair[0])  # stable: file order within each rank
    return list(dict.fromkeys(address for _, address in ranked))


def _read_positions(tree: ExportTree, warnings: list[str]) -> list[Position]:
    positions: list[Position] = []
    with _optional_table(tree, "Positions.csv", ("Company Name",), warnings) as table:
        if table is not None:
            columns = {
                key: table.index(name)
                for key, name in (
                    ("company", "company name"),
                    ("title", "title"),
                    ("description", "description"),
                    ("location", "location"),
                    ("started_on", "started on"),
                    ("finished_on", "finished on"),
                )
            }
            for _, row in table.rows():
                values = {key: _cell(row, index) for key, index in columns.items()}
                if values["company"] or values["title"]:
                    positions.append(Position(**values))
    return positions


def _read_column(tree: ExportTree, base_name: str, column: str, warnings: list[str]) -> list[str]:
    values: list[str] = []
    with _optional_table(tree, base_name, (column,), warnings) as table:
        if table is not None:
            index = table.index(column)
            values = [value for _, row in table.rows() if (value := _cell(row, index))]
    return list(dict.fromkeys(values))


def _read_services(tree: ExportTree, warnings: list[str]) -> list[str]:
    """Service names from Providers.csv, from whichever columns the export has.

    Columns naming services (``Services``, ``Service Categories``...) are split into
    items; without any, whole ``Title`` / ``Name`` / ``Description`` values are taken.
    """
    services: list[str] = []
    with _optional_table(tree, "Providers.csv", (), warnings) as table:
        if table is not None:
            listed = [i for i, name in enumerate(table.columns) if "service" in name]
            whole = [
                index
                for name in ("title", "name", "description")
                if (index := table.index(name)) is not None
            ]
            for _, row in table.rows():
                for index in listed:
                    services.extend(_SERVICE_SPLIT.split(row[index].strip()))
                if not listed:
                    services.extend(row[index].strip() for index in whole)
    unique: dict[str, str] = {}
    for service in services:
        if service:
            unique.setdefault(service.lower(), service)
    return list(unique.values())


# --------------------------------------------------------------------------- network


def _read_connections(tree: ExportTree, warnings: list[str]) -> list[Connection]:
    connections: list[Connection] = []
    required = ("First Name", "Last Name")
    with _optional_table(tree, "Connections.csv", required, warnings) as table:
        if table is None:
            return connections
        first_at, last_at = table.index("first name"), table.index("last name")
        url_at, email_at = table.index("url", "profile url"), table.index("email address")
        company_at, position_at = table.index("company"), table.index("position")
        date_at = table.index("connected on")
        for line, row in table.rows():
            connected_text = _cell(row, date_at)
            connected_on = parse_date(connected_text)
            if connected_text and connected_on is None:
                table.warn(line, f"unknown date format {connected_text!r}; kept without a date")
            connections.append(
                Connection(
                    first_name=_cell(row, first_at),
                    last_name=_cell(row, last_at),
                    url=_cell(row, url_at),
                    email=_cell(row, email_at),
                    company=_cell(row, company_at),
                    position=_cell(row, position_at),
                    connected_on=connected_on,
                )
            )
    return connections


def _read_invitations(tree: ExportTree, warnings: list[str]) -> list[Invitation]:
    invitations: list[Invitation] = []
    required = ("From", "To", "Direction")
    with _optional_table(tree, "Invitations.csv", required, warnings) as table:
        if table is None:
            return invitations
        from_at, to_at = table.index("from"), table.index("to")
        direction_at = table.index("direction")
        sent_at, message_at = table.index("sent at"), table.index("message")
        inviter_at, invitee_at = table.index("inviterprofileurl"), table.index("inviteeprofileurl")
        for line, row in table.rows():
            direction_text = _cell(row, direction_at).upper()
            if direction_text not in ("INCOMING", "OUTGOING"):
                table.warn(line, f"unknown direction {direction_text!r}; skipped")
                continue
            sent_text = _cell(row, sent_at)
            moment = parse_datetime(sent_text) if sent_text else None
            if sent_text and moment is None:
                table.warn(line, f"unknown date format {sent_text!r}; kept without a date")
            invitations.append(
                Invitation(
                    sender=Person(_cell(row, from_at), _cell(row, inviter_at)),
                    recipient=Person(_cell(row, to_at), _cell(row, invitee_at)),
                    sent_at=moment,
                    message=row[message_at] if message_at is not None else "",
                    direction=(
                        Direction.OUTBOUND if direction_text == "OUTGOING" else Direction.INBOUND
                    ),
                )
            )
    return invitations


# --------------------------------------------------------------------------- messages


@dataclass(slots=True)
class _Thread:
    """A conversation being collected; messages in file order (newest first)."""

    id: str
    title: str = ""
    folder: str = ""
    sponsored: bool = False
    messages: list[Message] = field(default_factory=list)


@dataclass(slots=True)
class _Participants:
    """Who appears where: the evidence for guessing the owner."""

    #: identity key -> conversation ids the identity wrote or received in.
    conversations: dict[str, set[str]] = field(default_factory=dict)
    #: identity key -> the Person seen under it (a named one when there is one).
    people: dict[str, Person] = field(default_factory=dict)
    #: lower-cased name -> URLs (as written) a sender of that name used, first seen first.
    urls_by_name: dict[str, list[str]] = field(default_factory=dict)
    #: normalized URL -> a sender name seen with it.
    name_by_url: dict[str, str] = field(default_factory=dict)
    #: Names the 2018 Direction column marks as the owner (From of OUTGOING rows).
    outgoing_names: Counter[str] = field(default_factory=Counter)

    def register(self, person: Person, key: str) -> None:
        """Called once per distinct (name, URL); rows then add conversation ids."""
        if key not in self.conversations:
            self.conversations[key] = set()
            self.people[key] = person
        elif person.name and not self.people[key].name:
            self.people[key] = person

    def note_sender(self, person: Person) -> None:
        """Called once per distinct (name, URL) sender."""
        if person.url and person.name:
            self.name_by_url.setdefault(normalize_url(person.url), person.name)
            self.urls_by_name.setdefault(person.name.lower(), []).append(person.url)


@dataclass(slots=True)
class _MessageFile:
    threads: dict[str, _Thread]
    participants: _Participants
    #: Messages whose direction must come from the owner's identity.
    undirected: list[Message]


def _identity_key(person: Person) -> str:
    """URL when known, else the name: how the owner search tells people apart."""
    return normalize_url(person.url) if person.url else "name:" + person.name.lower()


class _MessageReader:
    """Turns the rows of messages.csv into threads; one instance per file.

    This is the hot loop of a big import (100,000 rows and more), hence the column
    positions held as attributes and the per-person cache.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.threads: dict[str, _Thread] = {}
        self.participants = _Participants()
        self.undirected: list[Message] = []
        #: (name, url) -> the shared Person and its identity key.
        self._people: dict[tuple[str, str], tuple[Person, str]] = {}
        self._senders: dict[tuple[str, str], tuple[Person, str]] = {}
        self._ids: set[str] = set()

        # A missing optional column reads as the empty string appended to every
        # row at position -1: cheaper than a None check per cell.
        def at(*names: str) -> int:
            index = table.index(*names)
            return -1 if index is None else index

        self.i_from, self.i_date, self.i_content = at("from"), at("date"), at("content")
        self.i_conversation, self.i_title = at("conversation id"), at("conversation title")
        self.i_sender_url, self.i_to = at("sender profile url"), at("to")
        self.i_recipient_urls, self.i_subject = at("recipient profile urls"), at("subject")
        self.i_folder, self.i_direction = at("folder"), at("direction")
        self.i_message_draft = at("is message draft")
        self.i_conversation_draft = at("is conversation draft")
        self.i_attachments = at("attachments")

    def person(self, name: str, url: str) -> tuple[Person, str]:
        """One shared Person per (name, url), with its identity key."""
        found = self._people.get((name, url))
        if found is None:
            person = Person(name, url)
            found = self._people[(name, url)] = (person, _identity_key(person))
            self.participants.register(person, found[1])
        return found

    def sender(self, name: str, url: str) -> tuple[Person, str]:
        """Like :meth:`person`, noting each new sender's name and URL once."""
        found = self._senders.get((name, url))
        if found is None:
            found = self._senders[(name, url)] = self.person(name, url)
            self.participants.note_sender(found[0])
        return found

    def recipients(self, to_field: str, urls_field: str) -> tuple[list[Person], list[str]]:
        """The recipients of a row and their identity keys.

        With profile URLs, their count decides how many people TO names, since a name
        may hold a comma ("Roe, Jane"); without, names are split by :func:`_split_names`.
        """
        if "," not in urls_field:
            url = urls_field.strip()
            found = (
                [self.person(to_field.strip(), url)]
                if url
                else [self.person(name, "") for name in _split_names(to_field)]
            )
        else:
            urls = [url.strip() for url in urls_field.split(",") if url.strip()]
            names = [name.strip() for name in to_field.split(",")]
            if len(names) != len(urls):
                names = [""] * len(urls)  # ambiguous commas: names are filled from senders later
            found = [self.person(name, url) for name, url in zip(names, urls)]
        if len(found) == 1:
            return [found[0][0]], [found[0][1]]
        return [person for person, _ in found], [key for _, key in found]

    def read(self) -> _MessageFile:
        for line, row in self.table.rows():
            row.append("")
            self.read_row(line, row)
        return _MessageFile(self.threads, self.participants, self.undirected)

    def read_row(self, line: int, row: list[str]) -> None:
        message_draft, conversation_draft = row[self.i_message_draft], row[self.i_conversation_draft]
        # Almost every row says "No": a set lookup spares the hot path two string calls.
        if (message_draft not in _NOT_DRAFT and _is_yes(message_draft)) or (
            conversation_draft not in _NOT_DRAFT and _is_yes(conversation_draft)
        ):
            return
        date_text = row[self.i_date]
        moment = parse_datetime(date_text)
        if moment is None:
            self.table.warn(line, f"unknown date format {date_text!r}; skipped")
            return
        sender, sender_key = self.sender(row[self.i_from].strip(), row[self.i_sender_url].strip())
        recipients, recipient_keys = self.recipients(row[self.i_to], row[self.i_recipient_urls])
        subject = row[self.i_subject].strip()
        thread = self.threads.get(row[self.i_conversation]) or self.thread_for(
            row[self.i_conversation].strip(), sender, recipients, subject
        )
        content = row[self.i_content]
        attachments = row[self.i_attachments]
        message = Message(
            id=self.message_id(thread.id, date_text, sender, content),
            conversation_id=thread.id,
            sender=sender,
            recipients=recipients,
            date=moment,
            raw=content,
            text=html_to_text(content),
            direction=Direction.INBOUND,
            subject=subject,
            folder=row[self.i_folder].strip().upper(),
            is_system=not sender.name,
            attachments=_split_attachments(attachments) if attachments else [],
            origin=f"{self.table.name}:{line}",
        )
        thread.messages.append(message)
        self.describe_thread(thread, message, row[self.i_title])
        direction = row[self.i_direction]
        if direction or message.folder == "SENT":
            self.note_direction(message, direction)
        elif not message.is_system:
            self.undirected.append(message)
        conversations = self.participants.conversations
        if not message.is_system:
            conversations[sender_key].add(thread.id)
        for key in recipient_keys:
            conversations[key].add(thread.id)

    @staticmethod
    def describe_thread(thread: _Thread, message: Message, title_field: str) -> None:
        if title_field and not thread.title:
            thread.title = title_field.strip()
        # The newest folder wins; SENT (2018) only describes the owner's own copy.
        if message.folder and message.folder != "SENT" and not thread.folder:
            thread.folder = message.folder
        sender = message.sender
        if (
            (title_field and title_field.strip().lower() == _SPONSORED_TITLE)
            or (not sender.url and sender.name.lower() == _HIDDEN_SENDER)
            or _is_inmail_markup(message.raw, sender.url)
        ):
            thread.sponsored = True

    def note_direction(self, message: Message, direction_field: str) -> None:
        """Apply the 2018 Direction column (or the SENT folder); else decide later."""
        direction = direction_field.strip().upper()
        if direction == "OUTGOING" or message.folder == "SENT":
            message.direction = Direction.OUTBOUND
            self.participants.outgoing_names[message.sender.name] += 1
        elif direction != "INCOMING" and not message.is_system:
            self.undirected.append(message)

    def thread_for(
        self,
        conversation_id: str,
        sender: Person,
        recipients: list[Person],
        subject: str,
    ) -> _Thread:
        if not conversation_id:
            # 2018 rows have no conversation id: the participants and the subject
            # (without Re:/Fwd:) identify the thread, whichever way a message went.
            people = (sender, *recipients)
            names = sorted({person.name.lower() for person in people if person.name})
            conversation_id = "li-" + _digest(*names, _normalize_subject(subject))
        thread = self.threads.get(conversation_id)
        if thread is None:
            thread = self.threads[conversation_id] = _Thread(conversation_id)
        return thread

    def message_id(self, conversation_id: str, date_text: str, sender: Person, content: str) -> str:
        """Stable across re-reads: a digest of what the row says, not where it is."""
        base = _digest(conversation_id, date_text, sender.name, sender.url, content)
        candidate, copy = base, 1
        while candidate in self._ids:  # identical rows: number the copies in file order
            copy += 1
            candidate = f"{base}-{copy}"
        self._ids.add(candidate)
        return candidate


# --------------------------------------------------------------------------- the owner


@dataclass(slots=True)
class _Owner:
    """How to recognise the owner's own messages."""

    name: str
    url: str
    urls: set[str]
    names: set[str]
    #: True when the owner's URL appears in messages.csv, so URLs decide alone.
    by_url: bool

    def matches(self, person: Person) -> bool:
        if person.url:
            if normalize_url(person.url) in self.urls:
                return True
            if self.by_url:
                return False
        return person.name.lower() in self.names


def _most_common(values: list[str]) -> str:
    counted = Counter(value for value in values if value)
    return counted.most_common(1)[0][0] if counted else ""


def _owner_from_invitations(invitations: list[Invitation]) -> tuple[str, str]:
    """(name, url) of the owner as invitations show them: inviter of OUTGOING, else invitee."""
    outgoing = [i.sender for i in invitations if i.direction is Direction.OUTBOUND]
    incoming = [i.recipient for i in invitations if i.direction is Direction.INBOUND]
    for people in (outgoing, incoming):
        url = _most_common([person.url for person in people])
        name = _most_common([person.name for person in people if not url or person.url == url])
        if url or name:
            return name, url
    return "", ""


def _most_present(participants: _Participants, warnings: list[str]) -> tuple[str, str]:
    """(name, url) of the participant found in the most conversations."""
    ranked = sorted(
        (
            (len(conversations), key)
            for key, conversations in participants.conversations.items()
            if participants.people[key].name.lower() != _HIDDEN_SENDER
        ),
        key=lambda pair: -pair[0],
    )
    if not ranked:
        return "", ""
    best = participants.people[ranked[0][1]]
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        warnings.append(
            f"owner guessed as {best.name or best.url}, who is in as many conversations as "
            "another participant; set 'me' to your profile URL or name to be sure"
        )
    return best.name, best.url


def _resolve_owner(
    me: str | None,
    profile: Profile,
    invitations: list[Invitation],
    participants: _Participants,
    warnings: list[str],
) -> _Owner:
    name, url = "", ""
    if me and me.strip():
        if _looks_like_url(me):
            url = me.strip()
        else:
            name = me.strip()
    else:
        name, url = _owner_from_invitations(invitations)
        if not name and not url and participants.outgoing_names:
            name = participants.outgoing_names.most_common(1)[0][0]
        if not name and not url and profile.name.lower() in participants.urls_by_name:
            name = profile.name
        if not name and not url:
            name, url = _most_present(participants, warnings)
    known_urls = {key for key in participants.conversations if not key.startswith("name:")}
    name = name or participants.name_by_url.get(normalize_url(url), "") or profile.name
    urls_of_name = participants.urls_by_name.get(name.lower(), [])
    if not url and urls_of_name:
        presence = participants.conversations
        url = max(urls_of_name, key=lambda known: len(presence.get(normalize_url(known), ())))
    by_url = bool(url) and normalize_url(url) in known_urls
    urls = {normalize_url(url)} if url else set()
    if not by_url:
        # The URL given (say, from invitations) is not the one messages.csv uses.
        urls |= {normalize_url(other) for other in urls_of_name}
    return _Owner(name, url, urls, {name.lower()} if name else set(), by_url)


def _fill_profile(profile: Profile, owner: _Owner) -> None:
    if owner.url and not profile.url:
        profile.url = owner.url if owner.url.startswith("http") else "https://" + owner.url
    if not profile.first_name and not profile.last_name and owner.name:
        first, _, last = owner.name.partition(" ")
        profile.first_name, profile.last_name = first, last


# --------------------------------------------------------------------------- assembly


def _resolve_directions(messages: _MessageFile, owner: _Owner) -> None:
    for message in messages.undirected:
        if owner.matches(message.sender):
            message.direction = Direction.OUTBOUND


def _fill_recipient_names(messages: _MessageFile) -> None:
    """Recipients known only by URL get the name that URL sends under."""
    names = messages.participants.name_by_url
    for thread in messages.threads.values():
        for message in thread.messages:
            if any(not person.name and person.url for person in message.recipients):
                message.recipients = [
                    Person(names.get(normalize_url(p.url), ""), p.url) if not p.name else p
                    for p in message.recipients
                ]


def _build_conversations(threads: dict[str, _Thread]) -> list[Conversation]:
    """Conversations by first message, oldest first; messages oldest first.

    The file lists newest first, so reversing file order before the stable sort keeps
    rows with equal timestamps in their real order.
    """
    conversations: list[Conversation] = []
    for thread in reversed(threads.values()):
        messages = thread.messages[::-1]
        messages.sort(key=attrgetter("date"))
        title = thread.title or next((m.subject for m in messages if m.subject), "")
        conversations.append(
            Conversation(
                id=thread.id,
                title=title,
                messages=messages,
                folder=thread.folder,
                sponsored=thread.sponsored,
            )
        )
    conversations.sort(key=attrgetter("first_date"))
    return conversations


def _messages_entry(tree: ExportTree) -> ExportEntry:
    found = tree.find(MESSAGES_FILE)
    if not found:
        raise InputError(
            tree.source,
            "no messages.csv found (expected a LinkedIn data export: its zip, "
            "its unpacked folder, or messages.csv itself)",
        )
    return found[0]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many long-lived objects.

    A big inbox allocates hundreds of thousands of messages that all survive; the
    collector would rescan them again and again for no garbage (about 20% of the
    read time). Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_message_file(tree: ExportTree, entry: ExportEntry, warnings: list[str]) -> _MessageFile:
    with open_table(tree, entry, _MESSAGE_COLUMNS, warnings) as table:
        messages = _MessageReader(table).read()
    if not messages.threads:
        raise InputError(entry.display, "no usable message rows")
    return messages


def read_linkedin(
    path: Path, me: str | None = None, *, limits: ZipLimits | None = None
) -> Inbox:
    """Read a LinkedIn export into an :class:`Inbox`, writing nothing anywhere.

    ``path`` is the export zip (also a zip inside a zip, or files in a subfolder), the
    unpacked folder, or a messages.csv. ``me`` (profile URL or name) names the owner
    when inference would guess wrong. ``limits`` bounds what a zip may inflate to.
    Raises :class:`InputError` for unusable input; skipped rows become warnings.
    """
    with open_export(path, limits) as tree, _collector_paused():
        warnings = list(tree.warnings)
        entry = _messages_entry(tree)
        profile = read_profile(tree, warnings)
        connections = _read_connections(tree, warnings)
        invitations = _read_invitations(tree, warnings)
        messages = _read_message_file(tree, entry, warnings)
        owner = _resolve_owner(me, profile, invitations, messages.participants, warnings)
        _fill_profile(profile, owner)
        _resolve_directions(messages, owner)
        _fill_recipient_names(messages)
        conversations = _build_conversations(messages.threads)
    return Inbox(
        owner=profile,
        conversations=conversations,
        connections=connections,
        invitations=invitations,
        source_kind="linkedin",
        source=str(path),
        warnings=warnings,
    )


def looks_like_linkedin(path: Path) -> bool:
    """Whether ``path`` is a LinkedIn export: a zip or folder holding a messages.csv,
    a zip named like an export, or a CSV file with LinkedIn message headers.

    Never raises; reads at most the opening bytes of a plain file.
    """
    try:
        if path.is_dir():
            return any(
                file.name.lower() == MESSAGES_FILE for file in path.rglob("*") if file.is_file()
            )
        if is_zip(path):
            if "linkedin" in path.name.lower():
                return True
            with open_export(path) as tree:
                return bool(tree.find(MESSAGES_FILE))
        if path.is_file():
            with path.open("rb") as stream:
                return has_header(stream.read(1 << 16), _MESSAGE_COLUMNS)
    except (InputError, OSError):
        return False
    return False


def _is_inmail_markup(raw: str, sender_url: str) -> bool:
    """An HTML body from a company page or from a sender without a profile (the 2018 layout has
    no URLs): how a Sponsored InMail looks when the export has no title to say so."""
    if "<" not in raw or (sender_url and "/company/" not in sender_url.lower()):
        return False
    return len(_HTML_BLOCKS.findall(raw)) >= 2

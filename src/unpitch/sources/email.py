"""Read email: an mbox file (e.g. a Google Takeout export), a folder of .eml files, or one .eml.

Messages are threaded by Message-ID / In-Reply-To / References (union-find over the ids);
a message carrying none of those joins the thread with the same normalised subject and the
same participants. Each body is split into new text, quoted earlier mail and signature
(:mod:`.quoting`). The mailbox owner is ``me`` or, failing that, the address that receives
most of the mail.

The mbox is split here, streaming and read-only, rather than through ``mailbox.mbox``: that
class opens the file for writing (``rb+``) and we promise never to touch the input.
Messages are parsed with the ``compat32`` policy and headers decoded here: the modern
``email.policy.default`` builds a header object on every access and made a Takeout-sized
mbox about 15 times slower to read.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import policy
from email.header import decode_header
from email.message import Message as MimeMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..model import Conversation, Direction, Inbox, Message, Person, Profile
from .quoting import split_reply
from .text import html_to_text

MBOX_SUFFIXES = frozenset({".mbox", ".mbx"})
EML_SUFFIX = ".eml"
_ENVELOPE_PREFIX = b"From "
# mboxrd escapes body lines that start with "From " as ">From "; undo exactly one level.
_ESCAPED_FROM = re.compile(rb"^>(>*From )")
_ENVELOPE_ENDS_WITH_YEAR = re.compile(rb"\d{4}\s*$")
_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|sv|vs|tr|rv|antw)(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SENT_FOLDER_NAMES = frozenset(
    {"sent", "sent items", "sent mail", "sent messages", "gesendet", "gesendete elemente",
     "gesendete objekte", "envoyés", "éléments envoyés"}
)
# Gmail labels in Takeout, most telling first: the conversation's folder is the first found.
_LABEL_PRIORITY = ("Spam", "Trash", "Sent", "Inbox", "Archived")
_RECIPIENT_HEADERS = ("To", "Cc", "Bcc")
_DELIVERY_HEADERS = ("Delivered-To", "X-Original-To")
_CP1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1"})
_PARSER = BytesParser(policy=policy.compat32)
_Headers = dict[str, list[str]]


class _SkipMessage(Exception):
    """This one message cannot be used; the reason becomes a warning."""


@dataclass(slots=True)
class _RawMail:
    origin: str
    data: bytes
    envelope: bytes = b""
    folder: str = ""
    in_sent_folder: bool = False


@dataclass(slots=True)
class _Mail:
    """One parsed message before threading and owner resolution."""

    origin: str
    message_id: str
    parents: list[str]
    subject: str
    sender: Person
    recipients: list[Person]
    delivered_to: list[str]
    date: datetime
    body: str
    body_is_html: bool
    attachments: list[str]
    folder: str
    is_sent: bool
    order: int = 0
    participants: frozenset[str] = field(default_factory=frozenset)


def looks_like_email(path: Path) -> bool:
    """True for .mbox/.mbx/.eml files, files starting with "From ", folders holding .eml files."""
    try:
        if path.is_dir():
            return any(_eml_files(path))
        if not path.is_file():
            return False
        if path.suffix.lower() in MBOX_SUFFIXES or path.suffix.lower() == EML_SUFFIX:
            return True
        with path.open("rb") as handle:
            return handle.read(len(_ENVELOPE_PREFIX)) == _ENVELOPE_PREFIX
    except OSError:
        return False


def read_email(path: Path, me: str | None = None) -> Inbox:
    """Read an mbox file, a folder of .eml files or one .eml file into an :class:`Inbox`."""
    warnings: list[str] = []
    mails: list[_Mail] = []
    seen_ids: set[str] = set()
    duplicates = 0
    raw_count = 0
    first_problem = ""
    for raw in _raw_mails(path, warnings):
        raw_count += 1
        try:
            mail = _parse_mail(raw, warnings)
        except _SkipMessage as skip:
            warnings.append(f"{raw.origin}: {skip}; skipped")
            first_problem = first_problem or str(skip)
            continue
        if mail.message_id in seen_ids:
            duplicates += 1
            continue
        seen_ids.add(mail.message_id)
        mail.order = len(mails)
        mails.append(mail)
    if raw_count == 0:
        raise InputError(str(path), "no email messages found")
    if not mails:
        if raw_count == 1:
            raise InputError(str(path), f"not a readable email: {first_problem}")
        raise InputError(str(path), f"none of the {raw_count} messages could be read (first: {first_problem})")
    if duplicates:
        warnings.append(f"{path.name}: {duplicates} duplicate message(s) (same Message-ID) skipped")
    owner = me.strip().lower() if me and me.strip() else _infer_owner(mails)
    if not owner:
        warnings.append(f"{path.name}: could not tell whose mailbox this is; pass the owner's address")
    conversations = [_conversation(thread, owner) for thread in _threads(mails)]
    conversations.sort(key=lambda c: (c.first_date, c.id))
    return Inbox(
        owner=_owner_profile(mails, owner),
        conversations=conversations,
        source_kind="email",
        source=str(path),
        warnings=warnings,
    )


# --- finding the raw messages -------------------------------------------------------------


def _eml_files(folder: Path) -> Iterator[Path]:
    return (p for p in folder.rglob("*") if p.suffix.lower() == EML_SUFFIX and p.is_file())


def _raw_mails(path: Path, warnings: list[str]) -> Iterator[_RawMail]:
    try:
        if path.is_dir():
            yield from _eml_folder(path, warnings)
            return
        if not path.is_file():
            raise InputError(str(path), "no such file or folder")
        with path.open("rb") as handle:
            head = handle.read(len(_ENVELOPE_PREFIX))
        if path.suffix.lower() != EML_SUFFIX and (
            head == _ENVELOPE_PREFIX or path.suffix.lower() in MBOX_SUFFIXES
        ):
            yield from _mbox_messages(path)
        else:
            yield _RawMail(origin=path.name, data=path.read_bytes())
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None


def _eml_folder(folder: Path, warnings: list[str]) -> Iterator[_RawMail]:
    files = sorted(_eml_files(folder))
    if not files:
        raise InputError(str(folder), "no .eml files in this folder")
    for file in files:
        relative = file.relative_to(folder)
        try:
            data = file.read_bytes()
        except OSError as error:
            warnings.append(f"{relative}: cannot read: {error.strerror or error}; skipped")
            continue
        dirs = relative.parent.parts
        yield _RawMail(
            origin=str(relative),
            data=data,
            folder="/".join(dirs),
            in_sent_folder=any(part.casefold() in _SENT_FOLDER_NAMES for part in dirs),
        )


def _mbox_messages(path: Path) -> Iterator[_RawMail]:
    """Stream an mbox: a message starts at a "From " line at the top, after a blank line,
    or shaped like an envelope (ending in a year), so an unescaped "From here..." line in a
    paragraph does not split a message."""
    lines: list[bytes] = []
    envelope = b""
    count = 0
    previous_blank = True
    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(_ENVELOPE_PREFIX) and (
                previous_blank or _ENVELOPE_ENDS_WITH_YEAR.search(line)
            ):
                if envelope or lines:
                    count += 1
                    yield _RawMail(f"{path.name}, message {count}", b"".join(lines), envelope)
                envelope, lines = line.rstrip(b"\r\n"), []
            else:
                lines.append(_ESCAPED_FROM.sub(rb"\1", line))
            previous_blank = not line.strip()
    if envelope:
        count += 1
        yield _RawMail(f"{path.name}, message {count}", b"".join(lines), envelope)


# --- one message ----------------------------------------------------------------------------


def _parse_mail(raw: _RawMail, warnings: list[str]) -> _Mail:
    if not raw.data.strip():
        raise _SkipMessage("empty message")
    try:
        return _build_mail(raw, warnings)
    except _SkipMessage:
        raise
    except Exception as error:  # noqa: BLE001 - the email package raises many types on hostile input
        raise _SkipMessage(f"malformed message ({type(error).__name__})") from None


def _build_mail(raw: _RawMail, warnings: list[str]) -> _Mail:
    message = _PARSER.parsebytes(raw.data)
    headers = _header_map(message)
    if not headers:
        raise _SkipMessage("no mail headers")
    senders = _people(headers, ("From",)) or _people(headers, ("Sender",))
    if not senders:
        raise _SkipMessage("no sender (From header missing or unreadable)")
    date = _message_date(headers, raw, warnings)
    body, is_html, attachments = _contents(message)
    labels = _gmail_labels(headers)
    message_id = _first_id(_header(headers, "Message-ID")) or _synthetic_id(raw, date)
    recipients = _people(headers, _RECIPIENT_HEADERS)
    return _Mail(
        origin=raw.origin,
        message_id=message_id,
        parents=_parent_ids(headers, message_id),
        subject=_header(headers, "Subject"),
        sender=senders[0],
        recipients=recipients,
        delivered_to=[p.url for p in _people(headers, _DELIVERY_HEADERS) if p.url],
        date=date,
        body=body,
        body_is_html=is_html,
        attachments=attachments,
        folder=_label_folder(labels) or raw.folder,
        is_sent=raw.in_sent_folder or "Sent" in labels,
        participants=frozenset(p.key for p in (senders[0], *recipients)),
    )


def _clean(text: str) -> str:
    """Repair undecodable bytes smuggled in as surrogates (raw 8-bit headers)."""
    if text.isascii() or not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    return _decode_bytes(text.encode("utf-8", "surrogateescape"), "utf-8")


def _decode_bytes(data: bytes, charset: str) -> str:
    # Mail labelled Latin-1 is very often really Windows-1252 (curly quotes, dashes),
    # which is a superset of Latin-1 for printable text: browsers decode it the same way.
    if charset.lower().replace("_", "-") in _CP1252_ALIASES:
        charset = "cp1252"
    for candidate in (charset, "utf-8"):
        try:
            return data.decode(candidate)
        except (LookupError, ValueError):  # unknown codec, bad bytes (UnicodeError is a ValueError)
            continue
    # cp1252 maps nearly every byte; the rest become U+FFFD instead of an error.
    return data.decode("cp1252", errors="replace")


def _header_map(message: MimeMessage) -> _Headers:
    """Every header by lower-cased name, values as written (raw 8-bit repaired), unfolded."""
    headers: _Headers = {}
    for name, value in message.raw_items():
        headers.setdefault(name.lower(), []).append(" ".join(_clean(str(value)).split()))
    return headers


def _header(headers: _Headers, name: str) -> str:
    values = headers.get(name.lower())
    return _decode_words(values[0]) if values else ""


def _decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words ("=?utf-8?q?...?="), whatever their charset claims."""
    try:
        chunks = decode_header(value)
    except Exception:  # noqa: BLE001 - a broken encoded word: show it as written
        return value
    decoded = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            decoded.append(chunk)
        elif charset is None:
            decoded.append(chunk.decode("raw-unicode-escape"))  # how decode_header encoded it
        else:
            decoded.append(_decode_bytes(chunk, charset))
    return " ".join("".join(decoded).split())


def _people(headers: _Headers, names: tuple[str, ...]) -> list[Person]:
    people: list[Person] = []
    for name in names:
        people.extend(_person(display, address) for display, address in _address_pairs(headers, name))
    return [p for p in people if p.url or p.name]


def _address_pairs(headers: _Headers, name: str) -> list[tuple[str, str]]:
    values = headers.get(name.lower())
    # Split addresses before decoding names: a decoded name may hold a comma.
    return getaddresses(values) if values else []


def _person(display: str, address: str) -> Person:
    address = address.strip().strip("<>").lower()
    if "@" not in address:
        address = ""
    display = _decode_words(display).strip("'\" ")
    return Person(name=display or address, url=address)


def _first_id(text: str) -> str:
    ids = _message_ids(text)
    return ids[0] if ids else ""


def _message_ids(text: str) -> list[str]:
    ids = _MESSAGE_ID.findall(text)
    if not ids and text.strip() and len(text.split()) == 1:
        ids = [text.strip()]  # some clients omit the angle brackets
    return ids


def _parent_ids(headers: _Headers, own_id: str) -> list[str]:
    ids = _message_ids(_header(headers, "References")) + _message_ids(_header(headers, "In-Reply-To"))
    return [i for i in dict.fromkeys(ids) if i != own_id]


def _synthetic_id(raw: _RawMail, date: datetime) -> str:
    digest = hashlib.sha1(raw.data + date.isoformat().encode()).hexdigest()[:16]
    return f"email-{digest}"


def _message_date(headers: _Headers, raw: _RawMail, warnings: list[str]) -> datetime:
    header_date = _parse_date(_header(headers, "Date"))
    if header_date is not None:
        return header_date
    received = headers.get("received", [])
    fallbacks = (
        ("the Received header", str(received[-1]).rpartition(";")[2] if received else ""),
        ("the mbox envelope line", raw.envelope.decode("ascii", "replace").split(" ", 2)[-1]),
    )
    for source, text in fallbacks:
        fallback = _parse_date(text)
        if fallback is not None:
            warnings.append(f"{raw.origin}: no usable Date header; used {source}")
            return fallback
    raise _SkipMessage("no usable Date header")


def _parse_date(text: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        parsed = parsedate_to_datetime(text.strip())
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=timezone.utc)  # "-0000" and asctime carry no zone
        return parsed.astimezone(timezone.utc)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def _contents(message: MimeMessage) -> tuple[str, bool, list[str]]:
    """The body as written and the attachments' file names.

    The body is the first text/plain part with content, else the first text/html part
    with content (then flagged as HTML).
    """
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        content_type = part.get_content_type()
        # Inline parts with a name are mostly logos embedded in HTML signatures.
        if disposition == "attachment" or (filename and disposition != "inline"):
            attachments.append(_decode_words(_clean(filename)) if filename else f"(unnamed {content_type})")
        elif content_type == "text/plain":
            plain.append(_part_text(part))
        elif content_type == "text/html":
            html.append(_part_text(part))
    chosen_plain = next((text for text in plain if text.strip()), "")
    chosen_html = next((text for text in html if text.strip()), "")
    if chosen_plain or not chosen_html:
        return chosen_plain, False, attachments
    return chosen_html, True, attachments


def _part_text(part: MimeMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return _decode_bytes(payload, part.get_content_charset() or "utf-8")


def _gmail_labels(headers: _Headers) -> list[str]:
    return [label.strip() for label in _header(headers, "X-Gmail-Labels").split(",") if label.strip()]


def _label_folder(labels: list[str]) -> str:
    for wanted in _LABEL_PRIORITY:
        if wanted in labels:
            return wanted
    return labels[0] if labels else ""


# --- owner ------------------------------------------------------------------------------------


def _infer_owner(mails: list[_Mail]) -> str:
    """The address most mail goes to; From counts only for mail known to be sent."""
    counts: Counter[str] = Counter()
    for mail in mails:
        receiving = {p.url for p in mail.recipients if p.url} | set(mail.delivered_to)
        counts.update(receiving)
        if mail.is_sent and mail.sender.url:
            counts[mail.sender.url] += 1
    most_common = counts.most_common(1)
    return most_common[0][0] if most_common else ""


def _owner_profile(mails: list[_Mail], owner: str) -> Profile:
    if not owner:
        return Profile()
    names: Counter[str] = Counter()
    for mail in mails:
        for person in (mail.sender, *mail.recipients):
            if person.url == owner and person.name and person.name != owner:
                names[person.name] += 1
    first, last = _split_name(names.most_common(1)[0][0]) if names else ("", "")
    return Profile(first_name=first, last_name=last, emails=[owner])


def _split_name(name: str) -> tuple[str, str]:
    if "," in name:  # "Berg, Anna"
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    first, _, last = name.partition(" ")
    return first.strip(), last.strip()


# --- threading -------------------------------------------------------------------------------


def normalized_subject(subject: str) -> str:
    """The subject without Re:/Fwd:/AW:/WG: prefixes, case-folded and single-spaced."""
    return " ".join(_REPLY_PREFIX.sub("", subject).split()).casefold()


def _threads(mails: list[_Mail]) -> list[list[_Mail]]:
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]  # path halving keeps the trees flat
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_b] = root_a

    first_by_subject: dict[tuple[str, frozenset[str]], str] = {}
    for mail in mails:
        find(mail.message_id)
        for parent_id in mail.parents:
            union(mail.message_id, parent_id)
        key = (normalized_subject(mail.subject), mail.participants)
        first_by_subject.setdefault(key, mail.message_id)
    for mail in mails:
        subject_key = (normalized_subject(mail.subject), mail.participants)
        if not mail.parents and subject_key[0]:
            union(first_by_subject[subject_key], mail.message_id)

    groups: dict[str, list[_Mail]] = {}
    for mail in mails:
        groups.setdefault(find(mail.message_id), []).append(mail)
    return [sorted(group, key=lambda m: (m.date, m.order)) for group in groups.values()]


def _conversation(thread: list[_Mail], owner: str) -> Conversation:
    root = thread[0]
    # The oldest message's first reference is the true root, even when the export lacks it.
    conversation_id = root.parents[0] if root.parents else root.message_id
    messages = [_message(mail, conversation_id, owner) for mail in thread]
    inbound = [m for m in messages if m.inbound]
    return Conversation(
        id=conversation_id,
        title=root.subject,
        messages=messages,
        folder=(inbound or messages)[-1].folder,
    )


def _message(mail: _Mail, conversation_id: str, owner: str) -> Message:
    readable = html_to_text(mail.body) if mail.body_is_html else mail.body
    split = split_reply(readable)
    outbound = bool(owner) and mail.sender.url == owner
    return Message(
        id=mail.message_id,
        conversation_id=conversation_id,
        sender=mail.sender,
        recipients=mail.recipients,
        date=mail.date,
        raw=mail.body,
        text=split.new,
        direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
        subject=mail.subject,
        folder=mail.folder,
        attachments=mail.attachments,
        quoted=split.quoted,
        signature=split.signature,
        origin=mail.origin,
    )

"""Read messages stored one JSON object per line (docs/jsonl-format.md).

The format is deliberately small: ``id``, ``sender``, ``date`` and ``text`` are required,
everything else is optional and unknown fields are ignored, so exports from other tools and
large campaign corpora (``{"id", "recipient", "sender", "date", "text"}``) read as they are.
A bad line is skipped with a warning naming the file and line; the file is read as a stream.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError
from ..model import Conversation, Direction, Inbox, Message, Person, Profile
from .text import html_to_text

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
REQUIRED_FIELDS = ("id", "sender", "date", "text")
# Enough to hold the first record of any sane file when sniffing the format.
_SNIFF_BYTES = 1 << 20
# A corpus with millions of bad lines must not produce millions of warnings.
_MAX_LINE_WARNINGS = 200


class _BadLine(Exception):
    """The reason one line is skipped."""


@dataclass(slots=True)
class _Row:
    line: int
    id: str
    sender: str
    recipients: list[str]
    date: datetime
    raw: str
    conversation_id: str
    sender_name: str
    recipient_name: str
    subject: str
    is_html: bool
    folder: str
    direction: Direction | None


def looks_like_jsonl(path: Path) -> bool:
    """True for .jsonl/.ndjson files, or a file whose first non-blank line is a JSON object."""
    try:
        if not path.is_file():
            return False
        if path.suffix.lower() in JSONL_SUFFIXES:
            return True
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    first = next((line for line in head.lstrip(b"\xef\xbb\xbf").splitlines() if line.strip()), b"")
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def read_jsonl(path: Path, me: str | None = None) -> Inbox:
    """Read a JSON-lines message file into an :class:`Inbox`."""
    warnings: list[str] = []
    rows = _unique_rows(_read_rows(path, warnings), path, warnings)
    if not rows:
        raise InputError(str(path), f"no usable messages (each line needs {', '.join(REQUIRED_FIELDS)})")
    owner = me.strip() if me and me.strip() else _infer_owner(rows)
    if not owner:
        warnings.append(f"{path.name}: could not tell whose messages these are; pass the owner")
    return Inbox(
        owner=_owner_profile(rows, owner),
        conversations=_conversations(rows, owner, path.name),
        source_kind="jsonl",
        source=str(path),
        warnings=warnings,
    )


# --- reading lines ------------------------------------------------------------------------------


def _read_rows(path: Path, warnings: list[str]) -> Iterator[_Row]:
    skipped = 0
    try:
        with path.open("rb") as handle:
            for number, data in enumerate(handle, start=1):
                if number == 1:
                    data = data.removeprefix(b"\xef\xbb\xbf")
                if not data.strip():
                    continue
                try:
                    yield _parse_line(data, number)
                except _BadLine as bad:
                    skipped += 1
                    if skipped <= _MAX_LINE_WARNINGS:
                        warnings.append(f"{path.name}, line {number}: {bad}; skipped")
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, not a JSON-lines file") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    if skipped > _MAX_LINE_WARNINGS:
        warnings.append(f"{path.name}: {skipped - _MAX_LINE_WARNINGS} more bad lines skipped")


def _unique_rows(rows: Iterator[_Row], path: Path, warnings: list[str]) -> list[_Row]:
    first_line: dict[str, int] = {}
    unique: list[_Row] = []
    for row in rows:
        if row.id in first_line:
            warnings.append(
                f"{path.name}, line {row.line}: duplicate id {row.id!r} "
                f"(first on line {first_line[row.id]}); skipped"
            )
            continue
        first_line[row.id] = row.line
        unique.append(row)
    return unique


def _parse_line(data: bytes, number: int) -> _Row:
    try:
        record = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise _BadLine("not UTF-8 text") from None
    except (ValueError, RecursionError):
        raise _BadLine("not valid JSON") from None
    if not isinstance(record, dict):
        raise _BadLine(f"expected a JSON object, got {type(record).__name__}")
    missing = [name for name in REQUIRED_FIELDS if record.get(name) is None]
    if missing:
        raise _BadLine(f"missing required field {', '.join(repr(m) for m in missing)}")
    return _Row(
        line=number,
        id=_identifier(record, "id"),
        sender=_required_text(record, "sender"),
        recipients=_recipients(record.get("recipient")),
        date=_date(record["date"]),
        raw=_string(record, "text"),
        conversation_id=_identifier(record, "conversation_id") if record.get("conversation_id") is not None else "",
        sender_name=_string(record, "sender_name").strip(),
        recipient_name=_string(record, "recipient_name").strip(),
        subject=_string(record, "subject").strip(),
        is_html=_flag(record, "html"),
        folder=_string(record, "folder").strip(),
        direction=_direction(record.get("direction")),
    )


def _string(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _BadLine(f"'{name}' must be a string")
    return value


def _required_text(record: dict[str, Any], name: str) -> str:
    value = _string(record, name).strip()
    if not value:
        raise _BadLine(f"'{name}' is empty")
    return value


def _identifier(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    # bool is an int subclass, but true/false is no identifier.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _required_text(record, name)


def _recipients(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(item, str) for item in items):
        raise _BadLine("'recipient' must be a string or a list of strings")
    return [item.strip() for item in items if item.strip()]


def _date(value: Any) -> datetime:
    if not isinstance(value, str):
        raise _BadLine("'date' must be an ISO-8601 string")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise _BadLine(f"bad date {value[:40]!r} (expected ISO-8601)") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)  # the format says naive means UTC
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:
        raise _BadLine(f"date {value[:40]!r} is out of range") from None


def _flag(record: dict[str, Any], name: str) -> bool:
    value = record.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _BadLine(f"'{name}' must be true or false")
    return value


def _direction(value: Any) -> Direction | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return Direction(value.strip().lower())
        except ValueError:
            pass
    raise _BadLine("'direction' must be \"inbound\" or \"outbound\"")


# --- owner and conversations ----------------------------------------------------------------------


def _infer_owner(rows: list[_Row]) -> str:
    """The most frequent recipient; else the sender of rows marked outbound."""
    received = [r for row in rows for r in row.recipients]
    sent = [row.sender for row in rows if row.direction is Direction.OUTBOUND]
    return _most_frequent(received) or _most_frequent(sent)


def _most_frequent(identities: list[str]) -> str:
    """Counted case-insensitively, returned as first spelled."""
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for identity in identities:
        spelling.setdefault(identity.casefold(), identity)
        counts[identity.casefold()] += 1
    return spelling[counts.most_common(1)[0][0]] if counts else ""


def _is_owner(identity: str, owner: str) -> bool:
    return bool(owner) and identity.casefold() == owner.casefold()


def _owner_profile(rows: list[_Row], owner: str) -> Profile:
    if not owner:
        return Profile()
    names: Counter[str] = Counter()
    for row in rows:
        if _is_owner(row.sender, owner) and row.sender_name:
            names[row.sender_name] += 1
        if row.recipient_name and len(row.recipients) == 1 and _is_owner(row.recipients[0], owner):
            names[row.recipient_name] += 1
    first, _, last = (names.most_common(1)[0][0] if names else "").partition(" ")
    is_url = owner.lower().startswith(("http://", "https://"))
    return Profile(
        first_name=first,
        last_name=last.strip(),
        url=owner if is_url else "",
        emails=[owner] if "@" in owner and not is_url else [],
    )


def _conversation_key(row: _Row, owner: str) -> str:
    if row.conversation_id:
        return row.conversation_id
    parties = {row.sender.casefold(), *(r.casefold() for r in row.recipients)}
    if not row.recipients and owner:
        parties.add(owner.casefold())  # a row without recipient was sent to the owner
    return "pair:" + "|".join(sorted(parties))


def _conversations(rows: list[_Row], owner: str, file_name: str) -> list[Conversation]:
    grouped: dict[str, list[_Row]] = {}
    for row in rows:
        grouped.setdefault(_conversation_key(row, owner), []).append(row)
    conversations = []
    for key, members in grouped.items():
        members.sort(key=lambda r: (r.date, r.line))
        messages = [_message(row, key, owner, file_name) for row in members]
        conversations.append(
            Conversation(
                id=key,
                title=next((m.subject for m in messages if m.subject), ""),
                messages=messages,
                folder=messages[-1].folder,
            )
        )
    conversations.sort(key=lambda c: (c.first_date, c.id))
    return conversations


def _message(row: _Row, conversation_id: str, owner: str, file_name: str) -> Message:
    if row.direction is not None:
        direction = row.direction
    else:
        direction = Direction.OUTBOUND if _is_owner(row.sender, owner) else Direction.INBOUND
    single_recipient_name = row.recipient_name if len(row.recipients) == 1 else ""
    return Message(
        id=row.id,
        conversation_id=conversation_id,
        sender=Person(name=row.sender_name or row.sender, url=row.sender),
        recipients=[Person(name=single_recipient_name or r, url=r) for r in row.recipients],
        date=row.date,
        raw=row.raw,
        text=html_to_text(row.raw) if row.is_html else row.raw.strip(),
        direction=direction,
        subject=row.subject,
        folder=row.folder,
        origin=f"{file_name}:{row.line}",
    )

"""The marks store: the user's junk / keep marks in the scan database, in tables of their own.

``marks`` keeps every mark ever made; an undone or replaced mark gets ``undone_at`` and stays on
record, so ``unpitch marks --all`` shows the history and an unmark is exact (the mark is no
longer active, nothing else changes). ``personal_model`` records the model file's sha256 and the
marks it was trained on. The database runs in WAL mode; every change is one ``BEGIN IMMEDIATE``
transaction with a busy timeout, so two processes marking at once queue instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from ..errors import UnpitchError
from ..model import Conversation, Direction, Message, Person
from .features import Snapshot

LABELS = ("junk", "keep")
#: How long a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_SECONDS = 30

SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (
    mark_id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    label TEXT NOT NULL CHECK (label IN ('junk', 'keep')),
    marked_at TEXT NOT NULL,
    source TEXT NOT NULL,
    sender TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS marks_one_active ON marks(conversation_id) WHERE undone_at IS NULL;
CREATE INDEX IF NOT EXISTS marks_by_fingerprint ON marks(fingerprint);
CREATE TABLE IF NOT EXISTS personal_model (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    format_version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    mark_ids TEXT NOT NULL,
    trained_at TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Mark:
    mark_id: int
    conversation_id: str
    label: str
    marked_at: str
    source: str
    snapshot: Snapshot
    undone_at: str | None = None
    undone_by: str | None = None

    @property
    def junk(self) -> bool:
        return self.label == "junk"


@dataclass(frozen=True, slots=True)
class ModelRecord:
    format_version: int
    sha256: str
    mark_ids: list[int]
    trained_at: str


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def connect(path: Path) -> sqlite3.Connection:
    """Open the database (creating the marks tables), in autocommit mode: transactions are explicit."""
    if not path.parent.exists():
        raise UnpitchError(f"{path}: folder {path.parent} does not exist")
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        connection.execute("PRAGMA journal_mode=WAL")
        if not _has_tables(connection):
            with write_transaction(connection):
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        connection.execute(statement)
    except sqlite3.DatabaseError as exc:
        raise UnpitchError(f"{path}: not a usable unpitch database ({exc})") from None
    return connection


def _has_tables(connection: sqlite3.Connection) -> bool:
    # A read, so that opening the store for a look never waits for another process's write lock.
    found = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('marks', 'personal_model')"
    ).fetchone()
    return bool(found and found[0] == 2)


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE``: take the write lock up front so that read-then-write cannot race."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def add_mark(connection: sqlite3.Connection, conversation_id: str, label: str, source: str, snap: Snapshot) -> int | None:
    """Mark one conversation (inside a write transaction); None when it already carries this mark.

    A different earlier mark of the same conversation is replaced, and stays on record as undone.
    """
    if label not in LABELS:
        raise UnpitchError(f"a mark is junk or keep, not {label!r}")
    active = connection.execute(
        "SELECT mark_id, label FROM marks WHERE conversation_id = ? AND undone_at IS NULL", (conversation_id,)
    ).fetchone()
    if active is not None and active[1] == label:
        return None
    moment = now()
    if active is not None:
        connection.execute(
            "UPDATE marks SET undone_at = ?, undone_by = 'replaced' WHERE mark_id = ?", (moment, active[0])
        )
    cursor = connection.execute(
        "INSERT INTO marks (conversation_id, label, marked_at, source, sender, fingerprint, snapshot)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            conversation_id,
            label,
            moment,
            source,
            snap.senders[0] if snap.senders else "",
            snap.fingerprint,
            json.dumps(snap.to_json(), ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid)


def undo_mark(connection: sqlite3.Connection, conversation_id: str) -> int | None:
    """Undo the active mark of a conversation (inside a write transaction); its id, or None."""
    active = connection.execute(
        "SELECT mark_id FROM marks WHERE conversation_id = ? AND undone_at IS NULL", (conversation_id,)
    ).fetchone()
    if active is None:
        return None
    connection.execute("UPDATE marks SET undone_at = ?, undone_by = 'unmark' WHERE mark_id = ?", (now(), active[0]))
    return int(active[0])


def marks(connection: sqlite3.Connection, include_undone: bool = False) -> list[Mark]:
    """Marks in the order they were made; only active ones unless ``include_undone``."""
    where = "" if include_undone else " WHERE undone_at IS NULL"
    rows = connection.execute(
        "SELECT mark_id, conversation_id, label, marked_at, source, snapshot, undone_at, undone_by FROM marks"
        f"{where} ORDER BY mark_id"
    ).fetchall()
    return [
        Mark(row[0], row[1], row[2], row[3], row[4], _snapshot(row[5]), row[6], row[7])
        for row in rows
    ]


@lru_cache(maxsize=20_000)
def _snapshot(stored: str) -> Snapshot:
    # Every mark reads all marks again; a stored snapshot never changes, so parse each once.
    return Snapshot.from_json(json.loads(stored))


def record_model(connection: sqlite3.Connection, format_version: int, sha256: str, mark_ids: list[int]) -> None:
    connection.execute(
        "INSERT INTO personal_model (slot, format_version, sha256, mark_ids, trained_at) VALUES (1, ?, ?, ?, ?)"
        " ON CONFLICT(slot) DO UPDATE SET format_version = excluded.format_version, sha256 = excluded.sha256,"
        " mark_ids = excluded.mark_ids, trained_at = excluded.trained_at",
        (format_version, sha256, json.dumps(mark_ids), now()),
    )


def model_record(connection: sqlite3.Connection) -> ModelRecord | None:
    row = connection.execute("SELECT format_version, sha256, mark_ids, trained_at FROM personal_model").fetchone()
    if row is None:
        return None
    return ModelRecord(int(row[0]), str(row[1]), [int(v) for v in json.loads(row[2])], str(row[3]))


def scanned_conversation(connection: sqlite3.Connection, conversation_id: str, db_path: Path) -> Conversation:
    """Rebuild a scanned conversation from the scan tables, for marking and re-scoring it."""
    try:
        head = connection.execute(
            "SELECT title, folder, sponsored FROM conversations WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        rows = connection.execute(
            "SELECT message_id, date, direction, sender_name, sender_url, is_system, subject, text, raw"
            " FROM messages WHERE conversation_id = ? ORDER BY position",
            (conversation_id,),
        ).fetchall()
    except sqlite3.OperationalError:
        raise UnpitchError(f"{db_path}: no scan results yet; run `unpitch scan --db {db_path}` first") from None
    if head is None:
        raise UnpitchError(f"{db_path}: no conversation {conversation_id!r} in the last scans (see `unpitch scan`)")
    conversation = Conversation(conversation_id, title=head[0], folder=head[1], sponsored=bool(head[2]))
    conversation.messages = [_message(conversation_id, row) for row in rows]
    return conversation


def sender_positions(connection: sqlite3.Connection, conversation_id: str) -> dict[str, str]:
    """Identity key -> the position her Connections listed at the scan, for the conversation's participants."""
    try:
        rows = connection.execute(
            "SELECT name, url, position FROM participants WHERE conversation_id = ? AND position != ''", (conversation_id,)
        ).fetchall()
    except sqlite3.OperationalError:
        return {}  # a database from before positions were stored
    return {Person(str(name), str(url)).key: str(position) for name, url, position in rows}


def _message(conversation_id: str, row: tuple) -> Message:
    message_id, date, direction, sender_name, sender_url, is_system, subject, text, raw = row
    return Message(
        id=message_id,
        conversation_id=conversation_id,
        sender=Person(sender_name, sender_url),
        recipients=[],
        date=datetime.fromisoformat(date.replace("Z", "+00:00")),
        raw=raw,
        text=text,
        direction=Direction(direction),
        subject=subject,
        is_system=bool(is_system),
    )


def stored_signals(connection: sqlite3.Connection, conversation_id: str) -> list[tuple[str, float, str]]:
    """The signals the last scan stored for a conversation, strongest first."""
    try:
        return [
            (str(r[0]), float(r[1]), str(r[2]))
            for r in connection.execute(
                "SELECT signal_id, points, detail FROM signals WHERE conversation_id = ? ORDER BY rank", (conversation_id,)
            )
        ]
    except sqlite3.OperationalError:
        return []


def stored_verdict(connection: sqlite3.Connection, conversation_id: str) -> str:
    try:
        row = connection.execute("SELECT verdict FROM conversations WHERE conversation_id = ?", (conversation_id,)).fetchone()
    except sqlite3.OperationalError:
        return ""
    return str(row[0]) if row else ""

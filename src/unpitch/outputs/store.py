"""The SQLite store: scan results in plain tables that any SQLite tool can browse.

Tables: ``scans`` (one row per run), ``conversations`` (one row per conversation, upserted by id),
``participants``, ``messages`` and ``signals`` (replaced for each re-scanned conversation).
A scan is written in one transaction: a failure leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from .. import __version__
from ..errors import UnpitchError
from ..model import Inbox, Person
from ..pipeline import Result
from ..signals.base import Context
from .records import iso

SCHEMA = """
CREATE TABLE IF NOT EXISTS scans (
    scan_id INTEGER PRIMARY KEY AUTOINCREMENT,
    scanned_at TEXT NOT NULL,
    source TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    owner_url TEXT NOT NULL,
    conversations INTEGER NOT NULL,
    messages INTEGER NOT NULL,
    unpitch_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS conversations (
    conversation_id TEXT PRIMARY KEY,
    scan_id INTEGER NOT NULL REFERENCES scans(scan_id),
    title TEXT NOT NULL,
    folder TEXT NOT NULL,
    sponsored INTEGER NOT NULL,
    first_date TEXT NOT NULL,
    last_date TEXT NOT NULL,
    messages INTEGER NOT NULL,
    inbound INTEGER NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('keep', 'review', 'junk')),
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
    conversation_id TEXT NOT NULL REFERENCES conversations(conversation_id),
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (conversation_id, name, url)
);
CREATE TABLE IF NOT EXISTS messages (
    message_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL REFERENCES conversations(conversation_id),
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    direction TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_url TEXT NOT NULL,
    is_system INTEGER NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    raw TEXT NOT NULL,
    PRIMARY KEY (conversation_id, position)
);
CREATE TABLE IF NOT EXISTS signals (
    conversation_id TEXT NOT NULL REFERENCES conversations(conversation_id),
    rank INTEGER NOT NULL,
    signal_id TEXT NOT NULL,
    points REAL NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (conversation_id, rank)
);
CREATE INDEX IF NOT EXISTS conversations_by_verdict ON conversations(verdict, score);
CREATE INDEX IF NOT EXISTS signals_by_id ON signals(signal_id);
"""

_CHILD_TABLES = ("participants", "messages", "signals")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the store; a clear error if the path cannot hold a database."""
    if not path.parent.exists():
        raise UnpitchError(f"{path}: folder {path.parent} does not exist")
    try:
        connection = sqlite3.connect(path, timeout=30)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executescript(SCHEMA)
        _add_missing_columns(connection)
    except sqlite3.DatabaseError as exc:
        raise UnpitchError(f"{path}: not a usable unpitch database ({exc})") from None
    return connection


def _add_missing_columns(connection: sqlite3.Connection) -> None:
    # Databases written before the column existed gain it; their rows read as "no position known".
    columns = {row[1] for row in connection.execute("PRAGMA table_info(participants)")}
    if "position" not in columns:
        connection.execute("ALTER TABLE participants ADD COLUMN position TEXT NOT NULL DEFAULT ''")


def save_scan(path: Path, inbox: Inbox, results: list[Result]) -> int:
    """Write one scan's results in a single transaction; returns the new scan id."""
    connection = connect(path)
    try:
        context = Context.from_inbox(inbox)
        with connection:
            scan_id = _insert_scan(connection, inbox, results)
            for result in results:
                _upsert_conversation(connection, scan_id, result, context)
        return scan_id
    except sqlite3.DatabaseError as exc:
        raise UnpitchError(f"{path}: could not write the scan ({exc}); the database is unchanged") from None
    finally:
        connection.close()


def _insert_scan(connection: sqlite3.Connection, inbox: Inbox, results: list[Result]) -> int:
    cursor = connection.execute(
        "INSERT INTO scans (scanned_at, source, source_kind, owner_name, owner_url, conversations,"
        " messages, unpitch_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            iso(datetime.now(timezone.utc).replace(microsecond=0)),
            inbox.source,
            inbox.source_kind,
            inbox.owner.name,
            inbox.owner.url,
            len(results),
            sum(len(r.conversation.messages) for r in results),
            __version__,
        ),
    )
    return int(cursor.lastrowid)


def _upsert_conversation(connection: sqlite3.Connection, scan_id: int, result: Result, context: Context) -> None:
    conversation, verdict = result.conversation, result.verdict
    for table in _CHILD_TABLES:
        connection.execute(f"DELETE FROM {table} WHERE conversation_id = ?", (conversation.id,))
    connection.execute(
        "INSERT INTO conversations (conversation_id, scan_id, title, folder, sponsored, first_date,"
        " last_date, messages, inbound, verdict, kind, score, summary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(conversation_id) DO UPDATE SET scan_id=excluded.scan_id, title=excluded.title,"
        " folder=excluded.folder, sponsored=excluded.sponsored, first_date=excluded.first_date,"
        " last_date=excluded.last_date, messages=excluded.messages, inbound=excluded.inbound,"
        " verdict=excluded.verdict, kind=excluded.kind, score=excluded.score, summary=excluded.summary",
        (
            conversation.id,
            scan_id,
            conversation.title,
            conversation.folder,
            int(conversation.sponsored),
            iso(conversation.first_date),
            iso(conversation.last_date),
            len(conversation.messages),
            len(conversation.inbound_messages),
            verdict.verdict,
            verdict.kind,
            verdict.score,
            verdict.summary,
        ),
    )
    connection.executemany(
        "INSERT OR IGNORE INTO participants (conversation_id, name, url, position) VALUES (?, ?, ?, ?)",
        [(conversation.id, p.name, p.url, _position(p, context)) for p in conversation.participants],
    )
    connection.executemany(
        "INSERT INTO messages (message_id, conversation_id, position, date, direction, sender_name,"
        " sender_url, is_system, subject, text, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                m.id,
                conversation.id,
                position,
                iso(m.date),
                m.direction.value,
                m.sender.name,
                m.sender.url,
                int(m.is_system),
                m.subject,
                m.text,
                m.raw,
            )
            for position, m in enumerate(conversation.messages)
        ],
    )
    connection.executemany(
        "INSERT INTO signals (conversation_id, rank, signal_id, points, detail) VALUES (?, ?, ?, ?, ?)",
        [(conversation.id, rank, s.id, s.points, s.detail) for rank, s in enumerate(verdict.signals)],
    )


def _position(person: Person, context: Context) -> str:
    """The position her Connections list for a participant ("" when not a connection)."""
    connection = context.connection_of(person)
    return connection.position if connection is not None else ""

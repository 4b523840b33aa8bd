"""Read the scan database for the review app, and re-score a conversation after a mark.

Re-scoring means: the conversation's verdict in ``conversations`` becomes the marked verdict,
and the verdict the scan gave is kept in ``app_scan_verdicts`` so that clearing the mark
restores it. A later scan overwrites ``conversations``; :meth:`InboxDb.apply_marks` (run when
the app starts) lays the marks over it again.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ..errors import UnpitchError
from ..signals.base import Signal
from .marks import VERDICTS, check_verdict

PAGE_SIZE = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS app_scan_verdicts (
    conversation_id TEXT PRIMARY KEY,
    verdict TEXT NOT NULL
);
-- The lists' exact order, so that a page is read straight from the index, never sorted.
CREATE INDEX IF NOT EXISTS app_conversations_by_list ON conversations(verdict, score DESC, conversation_id);
"""

# The first person who wrote to the owner names the conversation in lists.
_SENDER = (
    "(SELECT m.sender_name FROM messages m WHERE m.conversation_id = c.conversation_id"
    " AND m.direction = 'inbound' AND m.is_system = 0 ORDER BY m.position LIMIT 1)"
)
_ROW_COLUMNS = f"c.conversation_id, c.verdict, c.kind, c.score, c.summary, c.last_date, c.title, c.messages, {_SENDER}"


@dataclass(frozen=True, slots=True)
class Row:
    conversation_id: str
    verdict: str
    kind: str
    score: float
    summary: str
    last_date: str
    title: str
    messages: int
    sender: str

    @property
    def who(self) -> str:
        return self.sender or self.title or "(unknown sender)"


@dataclass(frozen=True, slots=True)
class MessageRow:
    date: str
    direction: str
    sender_name: str
    is_system: bool
    subject: str
    text: str


@dataclass(slots=True)
class ConversationView:
    row: Row
    folder: str
    participants: list[tuple[str, str]]
    messages: list[MessageRow]
    signals: list[Signal]
    scan_verdict: str = ""
    inbound_texts: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ScanInfo:
    owner_name: str
    owner_url: str
    source: str
    source_kind: str
    scanned_at: str


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class InboxDb:
    """Queries the app needs, on one SQLite connection per thread (the server's worker threads)."""

    def __init__(self, db_path: Path) -> None:
        if not db_path.is_file():
            raise UnpitchError(f"{db_path}: no scan database here; run `unpitch scan --db {db_path}` first")
        self.db_path = db_path
        self._local = threading.local()
        try:
            connection = self.connection()
            connection.executescript(_SCHEMA)
            if connection.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0:
                raise UnpitchError(f"{db_path}: the database holds no conversations; run `unpitch scan` first")
        except sqlite3.DatabaseError as exc:
            raise UnpitchError(f"{db_path}: not an unpitch scan database ({exc})") from None

    def connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
            connection.execute("PRAGMA busy_timeout=30000")
            self._local.connection = connection
        return connection

    # --- reading -------------------------------------------------------------------------

    def scan_info(self) -> ScanInfo:
        found = self.connection().execute(
            "SELECT owner_name, owner_url, source, source_kind, scanned_at FROM scans ORDER BY scan_id DESC LIMIT 1"
        ).fetchone()
        return ScanInfo(*found) if found else ScanInfo("", "", "", "", "")

    def counts(self) -> dict[str, int]:
        found = dict(self.connection().execute("SELECT verdict, count(*) FROM conversations GROUP BY verdict"))
        return {verdict: found.get(verdict, 0) for verdict in VERDICTS}

    def _where(self, verdict: str, query: str) -> tuple[str, list[object]]:
        clauses, params = ["c.verdict = ?"], [verdict]
        if query:
            pattern = _like(query)
            clauses.append(
                "(c.summary LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\'"
                " OR EXISTS (SELECT 1 FROM participants p WHERE p.conversation_id = c.conversation_id"
                " AND (p.name LIKE ? ESCAPE '\\' OR p.url LIKE ? ESCAPE '\\'))"
                " OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.conversation_id"
                " AND m.text LIKE ? ESCAPE '\\')"
                " OR EXISTS (SELECT 1 FROM signals s WHERE s.conversation_id = c.conversation_id"
                " AND s.signal_id LIKE ? ESCAPE '\\'))"
            )
            params.extend([pattern] * 6)
        return " AND ".join(clauses), params

    def page(self, verdict: str, query: str = "", page: int = 1) -> tuple[list[Row], int]:
        """One page of a verdict's conversations, highest score first, and the total matching."""
        where, params = self._where(check_verdict(verdict), query)
        connection = self.connection()
        total = connection.execute(f"SELECT count(*) FROM conversations c WHERE {where}", params).fetchone()[0]
        # Pick the page's ids first: the sender sub-query then runs for 50 rows, not the whole list.
        rows = connection.execute(
            f"SELECT {_ROW_COLUMNS} FROM (SELECT c.conversation_id FROM conversations c WHERE {where}"
            " ORDER BY c.score DESC, c.conversation_id LIMIT ? OFFSET ?) AS picked"
            " JOIN conversations c ON c.conversation_id = picked.conversation_id"
            " ORDER BY c.score DESC, c.conversation_id",
            [*params, PAGE_SIZE, (max(page, 1) - 1) * PAGE_SIZE],
        ).fetchall()
        return [Row(*row[:8], row[8] or "") for row in rows], total

    def all_rows(self, verdict: str) -> list[Row]:
        rows = self.connection().execute(
            f"SELECT {_ROW_COLUMNS} FROM conversations c WHERE c.verdict = ? ORDER BY c.score DESC, c.conversation_id",
            (check_verdict(verdict),),
        ).fetchall()
        return [Row(*row[:8], row[8] or "") for row in rows]

    def row(self, conversation_id: str) -> Row | None:
        found = self.connection().execute(
            f"SELECT {_ROW_COLUMNS} FROM conversations c WHERE c.conversation_id = ?", (conversation_id,)
        ).fetchone()
        return Row(*found[:8], found[8] or "") if found else None

    def conversation(self, conversation_id: str) -> ConversationView | None:
        row = self.row(conversation_id)
        if row is None:
            return None
        connection = self.connection()
        folder = connection.execute(
            "SELECT folder FROM conversations WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()[0]
        participants = connection.execute(
            "SELECT name, url FROM participants WHERE conversation_id = ? ORDER BY name", (conversation_id,)
        ).fetchall()
        messages = [
            MessageRow(date, direction, sender, bool(system), subject, text)
            for date, direction, sender, system, subject, text in connection.execute(
                "SELECT date, direction, sender_name, is_system, subject, text FROM messages"
                " WHERE conversation_id = ? ORDER BY position",
                (conversation_id,),
            )
        ]
        signals = [
            Signal(signal_id, points, detail)
            for signal_id, points, detail in connection.execute(
                "SELECT signal_id, points, detail FROM signals WHERE conversation_id = ? ORDER BY rank", (conversation_id,)
            )
        ]
        scan_verdict = connection.execute(
            "SELECT verdict FROM app_scan_verdicts WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        inbound = [m.text for m in messages if m.direction == "inbound" and not m.is_system]
        return ConversationView(row, folder, participants, messages, signals, scan_verdict[0] if scan_verdict else "", inbound)

    def neighbours(self, row: Row, verdict: str) -> tuple[str | None, str | None]:
        """The previous and next conversation around ``row`` in the list of ``verdict``."""
        connection = self.connection()
        key = (verdict, row.score, row.score, row.conversation_id)
        before = connection.execute(
            "SELECT conversation_id FROM conversations WHERE verdict = ? AND (score > ? OR (score = ? AND conversation_id < ?))"
            " ORDER BY score ASC, conversation_id DESC LIMIT 1",
            key,
        ).fetchone()
        after = connection.execute(
            "SELECT conversation_id FROM conversations WHERE verdict = ? AND (score < ? OR (score = ? AND conversation_id > ?))"
            " ORDER BY score DESC, conversation_id LIMIT 1",
            key,
        ).fetchone()
        return (before[0] if before else None, after[0] if after else None)

    # --- re-scoring after marks ------------------------------------------------------------

    def set_verdict(self, conversation_id: str, verdict: str) -> bool:
        """Give a conversation the user's verdict, remembering the scan's; False if it is unknown."""
        connection = self.connection()
        with connection:
            connection.execute(
                "INSERT OR IGNORE INTO app_scan_verdicts (conversation_id, verdict)"
                " SELECT conversation_id, verdict FROM conversations WHERE conversation_id = ?",
                (conversation_id,),
            )
            changed = connection.execute(
                "UPDATE conversations SET verdict = ? WHERE conversation_id = ?", (check_verdict(verdict), conversation_id)
            ).rowcount
        return bool(changed)

    def restore_verdict(self, conversation_id: str) -> None:
        """Back to the scan's verdict once the user's mark is cleared."""
        connection = self.connection()
        with connection:
            found = connection.execute(
                "SELECT verdict FROM app_scan_verdicts WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            if found:
                connection.execute("UPDATE conversations SET verdict = ? WHERE conversation_id = ?", (found[0], conversation_id))
                connection.execute("DELETE FROM app_scan_verdicts WHERE conversation_id = ?", (conversation_id,))

    def apply_marks(self, marks: Mapping[str, str]) -> int:
        """Lay every mark over the current scan (a re-scan overwrote them); returns how many changed."""
        connection = self.connection()
        current = dict(connection.execute("SELECT conversation_id, verdict FROM conversations"))
        changed = 0
        with connection:
            for conversation_id, verdict in marks.items():
                if conversation_id in current and current[conversation_id] != verdict:
                    # The scan's verdict is the one the table holds now, not an older remembered one.
                    connection.execute(
                        "INSERT INTO app_scan_verdicts (conversation_id, verdict) VALUES (?, ?)"
                        " ON CONFLICT(conversation_id) DO UPDATE SET verdict = excluded.verdict",
                        (conversation_id, current[conversation_id]),
                    )
                    connection.execute("UPDATE conversations SET verdict = ? WHERE conversation_id = ?", (verdict, conversation_id))
                    changed += 1
        return changed

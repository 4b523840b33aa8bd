"""Where the review app keeps the user's marks.

The app only needs :class:`MarkStore`. ``unpitch serve`` uses :class:`LearningMarkStore`, which
sends junk and keep marks to the learning store (``unpitch.learning``); :class:`SqliteMarkStore`
keeps marks in a table ``app_marks`` of the scan database (the app's default, and where a
"review" mark, which teaches nothing, stays).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Protocol

VERDICTS = ("keep", "review", "junk")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS app_marks (
    conversation_id TEXT PRIMARY KEY,
    verdict TEXT NOT NULL CHECK (verdict IN ('keep', 'review', 'junk')),
    marked_at TEXT NOT NULL
);
"""


class MarkStore(Protocol):
    """The user's own verdicts, by conversation id."""

    def mark(self, conversation_id: str, verdict: str) -> None:
        """Record (or replace) the user's verdict for one conversation."""

    def unmark(self, conversation_id: str) -> None:
        """Forget the user's verdict for one conversation (no error if there is none)."""

    def marks(self) -> Mapping[str, str]:
        """Every mark: conversation id -> verdict."""


def check_verdict(verdict: str) -> str:
    if verdict not in VERDICTS:
        raise ValueError(f"a mark is keep, review or junk, not {verdict!r}")
    return verdict


class SqliteMarkStore:
    """Marks in the ``app_marks`` table of the scan database; one short connection per call."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        with self._connect() as connection:
            connection.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path, timeout=30)

    def mark(self, conversation_id: str, verdict: str) -> None:
        check_verdict(verdict)
        moment = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        connection = self._connect()
        try:
            with connection:
                connection.execute(
                    "INSERT INTO app_marks (conversation_id, verdict, marked_at) VALUES (?, ?, ?)"
                    " ON CONFLICT(conversation_id) DO UPDATE SET verdict=excluded.verdict, marked_at=excluded.marked_at",
                    (conversation_id, verdict, moment),
                )
        finally:
            connection.close()

    def unmark(self, conversation_id: str) -> None:
        connection = self._connect()
        try:
            with connection:
                connection.execute("DELETE FROM app_marks WHERE conversation_id = ?", (conversation_id,))
        finally:
            connection.close()

    def marks(self) -> dict[str, str]:
        connection = self._connect()
        try:
            return dict(connection.execute("SELECT conversation_id, verdict FROM app_marks"))
        finally:
            connection.close()


class LearningMarkStore:
    """Junk and keep marks go to the learning store (``unpitch mark`` sees them, the personal model
    learns from them); a "review" mark says nothing to learn from and stays in ``app_marks``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._review = SqliteMarkStore(db_path)

    def mark(self, conversation_id: str, verdict: str) -> None:
        from ..learning import service

        check_verdict(verdict)
        if verdict == "review":
            service.unmark(self.db_path, [conversation_id])
            self._review.mark(conversation_id, verdict)
        else:
            self._review.unmark(conversation_id)
            service.mark(self.db_path, [conversation_id], verdict, source="app")

    def unmark(self, conversation_id: str) -> None:
        from ..learning import service

        self._review.unmark(conversation_id)
        service.unmark(self.db_path, [conversation_id])

    def marks(self) -> dict[str, str]:
        from ..learning import service

        found = self._review.marks()
        found.update((mark.conversation_id, mark.label) for mark, _ in service.list_marks(self.db_path))
        return found

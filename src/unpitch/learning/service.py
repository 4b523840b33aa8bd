"""Marking, unmarking and re-scoring: what the ``mark`` / ``unmark`` / ``marks`` commands do.

A change of marks, the retraining of the personal model, the model file and its hash record all
happen inside one write transaction: two processes marking at once are serialised by SQLite, and
the model on disk always matches the marks the database holds. If writing the model fails the
transaction rolls back and the mark is not half-made.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import UnpitchError
from ..model import Conversation
from ..scoring import Verdict, decide
from ..signals.base import Signal
from . import personal
from .features import Snapshot, snapshot
from .rules import Learned, load_learned, remember
from .store import (
    Mark,
    add_mark,
    connect,
    marks,
    record_model,
    scanned_conversation,
    sender_positions,
    stored_signals,
    stored_verdict,
    undo_mark,
    write_transaction,
)
from .verdicts import SIGNAL_ID


@dataclass(frozen=True, slots=True)
class Rescored:
    """A conversation's verdict at the last scan and with the marks as they are now."""

    conversation_id: str
    before: str
    after: Verdict


#: Intent results of this process, by text: marking then re-scoring classifies each text once.
_INTENT_CACHE: dict = {}


def intent_labeler(cache: dict | None = None):
    """Intent labels through the built-in intent model (sharing a scan's cache when given one)."""
    from ..signals.intent import classify_messages

    shared = _INTENT_CACHE if cache is None else cache
    return lambda texts: [intent.label for intent in classify_messages(texts, shared)]


def mark(db_path: Path, conversation_ids: list[str], label: str, source: str) -> list[int | None]:
    """Mark scanned conversations junk or keep; per id the new mark id, or None if already so marked."""
    if not conversation_ids:
        raise UnpitchError("no conversation ids given")
    connection = connect(db_path)
    try:
        # Snapshots need the intent model: build them before taking the write lock.
        labeler = intent_labeler()
        snaps = [
            replace(
                snapshot(scanned_conversation(connection, cid, db_path), labeler, sender_positions(connection, cid)),
                verdict_when_marked=stored_verdict(connection, cid),
            )
            for cid in conversation_ids
        ]
        with write_transaction(connection):
            made = [add_mark(connection, cid, label, source, snap) for cid, snap in zip(conversation_ids, snaps)]
            _retrain(connection, db_path)
        return made
    except sqlite3.DatabaseError as exc:
        raise UnpitchError(f"{db_path}: could not save the marks ({exc}); nothing was changed") from None
    finally:
        connection.close()


def unmark(db_path: Path, conversation_ids: list[str]) -> list[int | None]:
    """Undo the active marks of these conversations; per id the undone mark id, or None."""
    connection = connect(db_path)
    try:
        with write_transaction(connection):
            undone = [undo_mark(connection, cid) for cid in conversation_ids]
            _retrain(connection, db_path)
        return undone
    except sqlite3.DatabaseError as exc:
        raise UnpitchError(f"{db_path}: could not undo the marks ({exc}); nothing was changed") from None
    finally:
        connection.close()


def rebuild(db_path: Path) -> int:
    """Retrain the personal model from the marks (repairs a missing or corrupt file); marks used."""
    connection = connect(db_path)
    try:
        with write_transaction(connection):
            return _retrain(connection, db_path)
    finally:
        connection.close()


def _retrain(connection: sqlite3.Connection, db_path: Path) -> int:
    active = marks(connection)
    model, vectors = personal.train([m.mark_id for m in active], [m.snapshot for m in active], [m.junk for m in active])
    sha256 = personal.save(model, personal.model_path(db_path))
    record_model(connection, personal.FORMAT_VERSION, sha256, [m.mark_id for m in active])
    # Keyed by the hash just recorded: if the transaction rolls back, the record differs and the
    # remembered model is never used.
    remember(db_path, sha256, Learned(active, model, vectors=vectors))
    return len(active)


def list_marks(db_path: Path, include_undone: bool = False) -> list[tuple[Mark, str]]:
    """Marks with the verdict the last scan gave their conversation ("" when not in the scans)."""
    connection = connect(db_path)
    try:
        return [(m, stored_verdict(connection, m.conversation_id)) for m in marks(connection, include_undone)]
    finally:
        connection.close()


def rescore(db_path: Path, conversation_ids: list[str], learned: Learned | None = None) -> list[Rescored]:
    """Re-decide scanned conversations with the current marks, from the signals the scan stored.

    The built-in signals are those of the last scan (no need for the export); only
    ``LEARNED_FROM_USER`` is recomputed.
    """
    labeler = intent_labeler()
    connection = connect(db_path)
    try:
        learned = learned if learned is not None else load_learned(db_path, connection)
        results = []
        for cid in conversation_ids:
            conversation = scanned_conversation(connection, cid, db_path)
            stored = [Signal(*row) for row in stored_signals(connection, cid) if row[0] != SIGNAL_ID]
            positions = sender_positions(connection, cid)
            results.append(Rescored(cid, stored_verdict(connection, cid), judge(stored, conversation, learned, labeler, positions)))
        return results
    finally:
        connection.close()


def judge(
    builtin: list[Signal], conversation: Conversation, learned: Learned, labeler=None, positions: dict[str, str] | None = None
) -> Verdict:
    """The verdict of built-in signals plus what the marks say about the conversation."""
    snap: Snapshot = snapshot(conversation, labeler or intent_labeler(), positions)
    signal = learned.assess(conversation.id, snap)
    # Scoring applies the learned rule (unpitch.learning.verdicts) itself.
    return decide(builtin + ([signal] if signal is not None else []))

"""What the marks say about a conversation: direct marks, derived rules and the personal model.

For one conversation, :meth:`Learned.assess` combines

- a **direct mark**: the conversation itself was marked (same id, or, when ids change between
  exports, the same sender and the same first inbound message): exactly ±MAX_POINTS, nothing else;
- a **sender rule**: the sender's other conversations were marked, all the same way: ±SENDER_POINTS;
- a **domain rule**: at least DOMAIN_MIN_MARKS conversations from senders of the same (non-freemail)
  e-mail domain were marked, all the same way: ±DOMAIN_POINTS;
- a **template-family rule**: the first inbound message shares at least TEMPLATE_JACCARD of its
  word 3-grams with a marked conversation's (the same template with names swapped), all marked
  the same way: ±TEMPLATE_POINTS;
- a **kind rule**: at least KIND_MIN_MARKS junk marks from as many senders corrected a verdict
  (unpitch had shown keep or review) on conversations of the same kind as this one, and no keep
  mark is of that kind. A kind is a kind of pitch (sell, recruit, network, from the intent model)
  or a courtesy note (thanks, congratulations): +KIND_POINTS, which decides with the personal
  model's lean; or a kind of sender (recruiter,
  sales rep, coach ..., from the position her Connections list for them): +SENDER_KIND_POINTS,
  which decides alone. The user has said she rejects that kind, however tailored.
  Junk only: keep marks on pitches unpitch junked would otherwise move every such pitch to review,
  refilling the inbox with templates;
- the **personal model**'s margin times MODEL_POINTS_PER_LOGIT, within ±MODEL_MAX_POINTS;

summed and clipped to ±MAX_POINTS. Rules whose marks disagree say nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from ..signals.base import Signal
from . import personal
from .features import COURTESY_TOKEN, PITCH_TOKEN, ROLE_TOKEN, Snapshot, shingles, vectorize, vectorize_cached
from .store import Mark, ModelRecord, connect, marks, model_record
from .verdicts import MAX_POINTS, SIGNAL_ID

SENDER_POINTS = 5.0
DOMAIN_POINTS = 3.0
DOMAIN_MIN_MARKS = 2
TEMPLATE_POINTS = 4.0
TEMPLATE_JACCARD = 0.5
#: A kind of pitch is broad and read from the text: it leans, and decides with the model's lean.
KIND_POINTS = 2.5
#: A kind of sender is a role her Connections name: rejecting it is explicit enough to decide.
SENDER_KIND_POINTS = 4.0
KIND_MIN_MARKS = 3
#: The model's margin is a log-odds; this many points per unit of it ...
MODEL_POINTS_PER_LOGIT = 1.5
#: ... within these bounds: the model alone leans (keep -> review, junk -> review); with a rule it decides.
MODEL_MAX_POINTS = 3.0
#: Below this the signal is noise and is not emitted.
EMIT_MIN_POINTS = 1.0
#: How many marks an explanation names.
EXPLAIN_MARKS = 3


@dataclass(slots=True)
class Part:
    """One reason behind the signal: its points and the marks that caused it."""

    what: str
    points: float
    mark_ids: list[int]


@dataclass(slots=True)
class Learned:
    """The active marks, their derived indexes and (when usable) the personal model."""

    marks: list[Mark]
    model: personal.PersonalModel | None
    warnings: list[str] = field(default_factory=list)
    #: The marks' feature rows (computed here unless the trainer hands over its own).
    vectors: sp.csr_matrix | None = None
    _shingles: list[frozenset[int]] = field(default_factory=list)
    _by_id: dict[str, Mark] = field(default_factory=dict)
    _kinds: dict[str, Part] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {mark.conversation_id: mark for mark in self.marks}
        self._kinds = self._kind_rules()
        self._shingles = [shingles(mark.snapshot.first_text) for mark in self.marks]
        if self.model is not None and self.marks and self.vectors is None:
            self.vectors = vectorize_cached([mark.snapshot for mark in self.marks])

    @property
    def empty(self) -> bool:
        return not self.marks

    def assess(self, conversation_id: str, snap: Snapshot, vector: sp.csr_matrix | None = None) -> Signal | None:
        """``LEARNED_FROM_USER`` for one conversation, or None when the marks say nothing about it."""
        if self.empty:
            return None
        direct = self._direct(conversation_id, snap)
        if direct is not None:
            verb = "junk" if direct.junk else "keep"
            points = MAX_POINTS if direct.junk else -MAX_POINTS
            return Signal(SIGNAL_ID, points, f"you marked this conversation {verb} on {direct.marked_at[:10]} (mark {direct.mark_id})")
        parts = [part for part in self._rules(snap) if part is not None]
        model_part = self._model_part(snap, vector)
        if model_part is not None:
            parts.append(model_part)
        total = float(np.clip(sum(p.points for p in parts), -MAX_POINTS, MAX_POINTS))
        if abs(total) < EMIT_MIN_POINTS:
            return None
        return Signal(SIGNAL_ID, round(total, 2), "; ".join(self._describe(p) for p in parts if p.points))

    def _direct(self, conversation_id: str, snap: Snapshot) -> Mark | None:
        mark = self._by_id.get(conversation_id)
        if mark is not None:
            return mark
        if not snap.fingerprint:
            return None
        for mark in self.marks:
            marked_senders = set(mark.snapshot.senders)
            same_sender = bool(marked_senders & set(snap.senders)) or (not marked_senders and not snap.senders)
            if mark.snapshot.fingerprint == snap.fingerprint and same_sender:
                return mark
        return None

    def _rules(self, snap: Snapshot) -> list[Part | None]:
        senders, domains = set(snap.senders), set(snap.domains)
        by_sender = [m for m in self.marks if senders & set(m.snapshot.senders)]
        by_domain = [m for m in self.marks if domains & set(m.snapshot.domains)]
        if len(by_domain) < DOMAIN_MIN_MARKS or len({s for m in by_domain for s in m.snapshot.senders}) < 2:
            by_domain = []
        template = shingles(snap.first_text)
        by_template = [m for m, marked in zip(self.marks, self._shingles) if _jaccard(template, marked) >= TEMPLATE_JACCARD]
        return [
            _agreeing("sender rule", by_sender, SENDER_POINTS),
            _agreeing("domain rule", by_domain, DOMAIN_POINTS),
            _agreeing("template rule", by_template, TEMPLATE_POINTS),
            self._kind_rule(snap),
        ]

    def _kind_rule(self, snap: Snapshot) -> Part | None:
        # A kind of sender is the more specific kind: named first when both apply.
        tokens = sorted(snap.shape, key=lambda t: not t.startswith(ROLE_TOKEN))
        return next((self._kinds[t] for t in tokens if t in self._kinds), None)

    def _kind_rules(self) -> dict[str, Part]:
        """Per kind token (pitch, sender role, courtesy note), the kind rule its marks make
        (computed once: it depends on the marks alone)."""
        rules: dict[str, Part] = {}
        kinds = {t for m in self.marks for t in m.snapshot.shape if t.startswith((PITCH_TOKEN, ROLE_TOKEN)) or t == COURTESY_TOKEN}
        for token in sorted(kinds):
            of_kind = [m for m in self.marks if token in m.snapshot.shape]
            corrections = [m for m in of_kind if m.junk and m.snapshot.verdict_when_marked in ("keep", "review")]
            senders = {s for m in corrections for s in m.snapshot.senders}
            if any(not m.junk for m in of_kind) or len(corrections) < KIND_MIN_MARKS or len(senders) < KIND_MIN_MARKS:
                continue
            points = SENDER_KIND_POINTS if token.startswith(ROLE_TOKEN) else KIND_POINTS
            rules[token] = Part(f"kind rule ({_kind_name(token)})", points, [m.mark_id for m in corrections[:EXPLAIN_MARKS]])
        return rules

    def _model_part(self, snap: Snapshot, vector: sp.csr_matrix | None) -> Part | None:
        if self.model is None or self.vectors is None:
            return None
        vector = vector if vector is not None else vectorize([snap])
        shares = self.model.contributions(vector, self.vectors)
        margin = float(shares.sum())
        points = float(np.clip(margin * MODEL_POINTS_PER_LOGIT, -MODEL_MAX_POINTS, MODEL_MAX_POINTS))
        if abs(points) < 0.05:
            return None
        towards = np.sign(margin)
        order = [i for i in np.argsort(-shares * towards) if shares[i] * towards > 0][:EXPLAIN_MARKS]
        return Part("personal model", round(points, 2), [self.marks[i].mark_id for i in order])

    def _describe(self, part: Part) -> str:
        cited = ", ".join(self._cite(mark_id) for mark_id in part.mark_ids)
        return f"{part.what} {part.points:+.1f} from {cited}"

    def _cite(self, mark_id: int) -> str:
        mark = next(m for m in self.marks if m.mark_id == mark_id)
        who = mark.snapshot.sender_names[0] if mark.snapshot.sender_names else mark.conversation_id
        return f"mark {mark_id} ({mark.label}: {who})"


def _kind_name(token: str) -> str:
    """'pitch:sell' -> 'sell pitches', 'role:recruiter' -> 'messages from recruiters'."""
    if token.startswith(ROLE_TOKEN):
        return f"messages from {token.removeprefix(ROLE_TOKEN)}s"
    if token == COURTESY_TOKEN:
        return "courtesy notes"
    return f"{token.removeprefix(PITCH_TOKEN)} pitches"


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _agreeing(what: str, found: list[Mark], points: float) -> Part | None:
    if not found or len({m.label for m in found}) != 1:
        return None
    sign = 1.0 if found[0].junk else -1.0
    return Part(what, sign * points, [m.mark_id for m in found[:EXPLAIN_MARKS]])


#: Per database (resolved path): the last personal model loaded or trained in this process, and
#: the state it belongs to. A mark followed by a re-score, or an app marking one conversation after
#: another, then skips parsing the file it has just written and re-vectorising the marks.
_LOADED: dict[Path, tuple[tuple[object, ...], Learned]] = {}


def _file_state(path: Path, record: ModelRecord | None, active: list[Mark]) -> tuple[object, ...] | None:
    """What must be unchanged for a remembered model to stand: its record, marks and file bytes."""
    if record is None:
        return None
    try:
        # Hashing is cheap next to parsing and re-vectorising, and catches any change to the file.
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    if actual != record.sha256:
        return None
    return (record.sha256, tuple(m.mark_id for m in active))


def remember(db_path: Path, sha256: str, learned: Learned) -> None:
    """Keep a freshly trained and saved model (file hash ``sha256``) for the next :func:`load_learned`."""
    if learned.model is not None:
        _LOADED[db_path.resolve()] = ((sha256, tuple(m.mark_id for m in learned.marks)), learned)


def load_learned(db_path: Path, connection: sqlite3.Connection | None = None) -> Learned:
    """The marks and personal model of a database; model problems become warnings, never failures."""
    own = connection is None
    connection = connection if connection is not None else connect(db_path)
    try:
        active = marks(connection)
        record = model_record(connection)
    finally:
        if own:
            connection.close()
    if not active:
        return Learned(active, None)
    path = personal.model_path(db_path)
    state = _file_state(path, record, active)
    remembered = _LOADED.get(db_path.resolve())
    if state is not None and remembered is not None and remembered[0] == state:
        return remembered[1]
    try:
        if record is None:
            raise personal.ModelUnavailable(f"{path}: personal model missing")
        model = personal.load(path, record.sha256, [m.mark_id for m in active])
    except personal.ModelUnavailable as problem:
        warning = f"{problem}; using the built-in model and the rules from your marks (`unpitch marks --rebuild` repairs it)"
        return Learned(active, None, [warning])
    learned = Learned(active, model)
    if state is not None:
        _LOADED[db_path.resolve()] = (state, learned)
    return learned

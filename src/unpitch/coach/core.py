"""Coach one draft against one recipient: the verdict her unpitch would give, a score, a checklist.

The draft becomes a one-message conversation in an inbox owned by the recipient, written to her
by a stranger (no connection, no earlier messages: exactly how a cold message arrives), and goes
through :func:`unpitch.pipeline.scan_inbox`: the same registered detectors and the same scoring
as her own scan. So the verdict is hers, not an approximation.

The 0-100 score (higher is better) is ``raw = 70 * (1 - scan score) + 30 * passed / checks``
(``CHECKLIST_SHARE`` = 30), placed in proportion inside the verdict's band (junk 0-39, review 40-79,
keep 80-100): a junk draft never outscores a review draft, and every fixed checklist item moves
the score up within its band, even while the scan score is still pinned near 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from ..errors import UnpitchError
from ..language import detect_language
from ..model import Conversation, Direction, Inbox, Message, Person, Profile
from ..pipeline import scan_inbox
from ..scoring import Verdict
from ..signals.personalization import build_owner_facts
from .checks import Check, DraftFacts, fact_suggestions, run_checks, sentence_signals
from .draft import analyse
from .readability import readability

#: Share of the 0-100 raw score that comes from the checklist; the rest is the scan's score.
CHECKLIST_SHARE = 30.0
#: (lowest, highest) score of each verdict.
BANDS = {"junk": (0, 39), "review": (40, 79), "keep": (80, 100)}
#: The sender as the recipient's inbox sees a cold message: nobody she knows.
SENDER = Person("Draft sender", "")
MAX_DRAFT_CHARACTERS = 20_000


@dataclass(frozen=True, slots=True)
class CoachResult:
    """What the coach says about one draft."""

    verdict: str
    score: int
    checks: list[Check]
    #: 'en' or 'de': the language of the draft, and of every evidence and fix line.
    language: str
    #: The scan's own verdict: kind, score in [0, 1], signals with points, summary.
    scan: Verdict

    def as_dict(self) -> dict[str, object]:
        """The JSON form: ``verdict``, ``score`` and ``checks`` as specified, then additions."""
        return {
            "verdict": self.verdict,
            "score": self.score,
            "checks": [check.as_dict() for check in self.checks],
            "language": self.language,
            "kind": self.scan.kind,
            "scan_score": self.scan.score,
            "summary": self.scan.summary,
            "signals": [{"id": s.id, "points": s.points, "detail": s.detail} for s in self.scan.signals],
        }


def draft_conversation(draft: str, recipient: Profile) -> Conversation:
    """The draft as it would arrive: one inbound message from a stranger, sent now."""
    to = Person(recipient.name, recipient.url)
    message = Message(
        id="draft", conversation_id="draft", sender=SENDER, recipients=[to], date=datetime.now(timezone.utc),
        raw=draft, text=draft, direction=Direction.INBOUND, origin="draft",
    )
    return Conversation(id="draft", title="", messages=[message])


def judge(draft: str, recipient: Profile) -> Verdict:
    """The verdict the recipient's own ``unpitch scan`` would give this draft."""
    inbox = Inbox(owner=recipient, conversations=[draft_conversation(draft, recipient)], source_kind="coach")
    return scan_inbox(inbox)[0].verdict


def draft_language(draft: str) -> str:
    """'de' for a German draft, else 'en' (the checklist's two languages)."""
    return "de" if detect_language(draft) == "de" else "en"


def coach(draft: str, recipient: Profile) -> CoachResult:
    """Coach ``draft`` for ``recipient``. Raises :class:`UnpitchError` for an empty or huge draft."""
    text = draft.strip()
    if not text:
        raise UnpitchError("the draft is empty")
    if len(text) > MAX_DRAFT_CHARACTERS:
        raise UnpitchError(f"the draft has {len(text):,} characters; a message has at most {MAX_DRAFT_CHARACTERS:,}")
    language = draft_language(text)
    verdict = judge(text, recipient)
    shape = analyse(text)
    owner_facts = build_owner_facts(recipient)
    facts = DraftFacts(
        draft=text,
        language=language,
        recipient=recipient,
        signals=verdict.signals,
        shape=shape,
        per_sentence=sentence_signals(shape.sentences, recipient, owner_facts),
        readability=readability(text, language),
        suggestions=fact_suggestions(recipient, text, owner_facts),
    )
    checks = run_checks(facts)
    return CoachResult(verdict.verdict, coach_score(verdict, checks), checks, language, verdict)


def coach_score(verdict: Verdict, checks: list[Check]) -> int:
    """0-100, higher is better: the scan's score and the share of passed checks, inside the verdict's band."""
    passed = sum(1 for check in checks if check.passed) / len(checks) if checks else 1.0
    raw = (100.0 - CHECKLIST_SHARE) * (1.0 - verdict.score) + CHECKLIST_SHARE * passed
    low, high = BANDS[verdict.verdict]
    return low + round((high - low) * raw / 100.0)

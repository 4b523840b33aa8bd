"""On a dev persona of our corpus: 5 marks of a kind flip later conversations of that kind, and
undoing them flips them back. (corpus/dev only; corpus/heldout is never used for tuning.)"""

import csv
from pathlib import Path

import pytest

from unpitch.learning import service
from unpitch.outputs.store import save_scan
from unpitch.pipeline import Result
from unpitch.scoring import decide
from unpitch.signals import Context, detectors
from unpitch.signals.learned import DB_KEY, DETECTOR, WARNINGS_KEY
from unpitch.sources import load_inbox

DEV = Path(__file__).resolve().parents[1] / "corpus" / "dev"
PERSONA = DEV / "en-fintech-engineer-london"


def scan(inbox, db):
    """What the pipeline does, with the learned detector last and the database in the context."""
    context = Context.from_inbox(inbox)
    context.cache[DB_KEY] = db
    active = [d for d in detectors() if d.name != DETECTOR.name] + [DETECTOR]
    for detector in active:
        if hasattr(detector, "prepare"):
            detector.prepare(inbox.conversations, context)
    results = {c.id: decide([s for d in active for s in d.detect(c, context)]) for c in inbox.conversations}
    assert not context.cache.get(WARNINGS_KEY)
    return results


def scanned_persona(folder, tmp_path_factory):
    if not folder.is_dir():
        pytest.skip("corpus not present")
    inbox = load_inbox(folder)
    labels = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
    db = tmp_path_factory.mktemp("corpus") / "unpitch.db"
    base = scan(inbox, db)
    save_scan(db, inbox, [Result(c, base[c.id]) for c in inbox.conversations])
    return inbox, labels, db, base


@pytest.fixture(scope="module")
def persona(tmp_path_factory):
    return scanned_persona(PERSONA, tmp_path_factory)


def of_category(labels, category):
    return [row["conversation_id"] for row in labels if row["category"] == category]


def test_five_junk_marks_on_thank_you_notes_flip_the_others_and_unmark_flips_back(persona):
    inbox, labels, db, base = persona
    notes = of_category(labels, "thanks_congrats")
    marked, later = notes[:5], notes[5:]
    assert later and all(base[c].verdict == "keep" for c in notes)
    service.mark(db, marked, "junk", "test")
    learned = scan(inbox, db)
    assert all(learned[c].verdict == "junk" for c in marked)
    assert all(learned[c].verdict != "keep" for c in later)
    cited = [s.detail for c in later for s in learned[c].signals if s.id == "LEARNED_FROM_USER"]
    assert len(cited) == len(later) and all("mark " in detail for detail in cited)
    service.unmark(db, marked)
    restored = scan(inbox, db)
    assert {c: v.verdict for c, v in restored.items()} == {c: v.verdict for c, v in base.items()}


def test_keep_marks_on_recruiting_spam_protect_the_rest_and_unmark_restores(persona):
    inbox, labels, db, base = persona
    spam = [c for c in of_category(labels, "recruiting_spam") if base[c].verdict == "junk"]
    marked, later = spam[:5], spam[5:]
    service.mark(db, marked, "keep", "test")
    learned = scan(inbox, db)
    assert all(learned[c].verdict == "keep" for c in marked)
    # Measured on this persona: 2 of the 4 later ones leave junk (for review); the others differ
    # too much in words and shape from the five marked.
    assert later and sum(learned[c].verdict != "junk" for c in later) >= len(later) / 2
    # Genuine conversations stay out of junk.
    genuine = [row["conversation_id"] for row in labels if row["label"] == "genuine"]
    assert all(learned[c].verdict != "junk" for c in genuine if base[c].verdict != "junk")
    service.unmark(db, marked)
    assert {c: v.verdict for c, v in scan(inbox, db).items()} == {c: v.verdict for c, v in base.items()}


def test_five_junk_marks_on_tailored_pitches_junk_the_later_ones_she_did_not_answer(tmp_path_factory):
    """A user who wants no sales pitches at all, however tailored: the kind rule plus the lean."""
    inbox, labels, db, base = scanned_persona(DEV / "en-ux-freelancer-lisbon", tmp_path_factory)
    pitches = of_category(labels, "tailored_relevant_pitch")
    marked, later = pitches[:5], pitches[5:]
    assert all(base[c].verdict != "junk" for c in pitches)
    service.mark(db, marked, "junk", "test")
    learned = scan(inbox, db)
    involved = {c for c in later if {s.id for s in base[c].signals} & {"OWNER_STARTED", "OWNER_REPLIED", "TWO_WAY_HISTORY"}}
    apart = [c for c in later if c not in involved]
    assert apart and sum(learned[c].verdict == "junk" for c in apart) >= 2
    assert all(learned[c].verdict != "keep" for c in later)
    cited = [s.detail for c in apart for s in learned[c].signals if s.id == "LEARNED_FROM_USER"]
    assert any("kind rule (sell pitches)" in detail for detail in cited)
    genuine = [row["conversation_id"] for row in labels if row["label"] == "genuine"]
    assert all(learned[c].verdict != "junk" for c in genuine)
    service.unmark(db, marked)
    assert {c: v.verdict for c, v in scan(inbox, db).items()} == {c: v.verdict for c, v in base.items()}

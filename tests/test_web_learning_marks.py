"""The review app's marks go to the learning store, so `unpitch marks` and re-scans see them."""

import json

from typer.testing import CliRunner

from unpitch.cli import app
from unpitch.learning import service
from unpitch.web.marks import LearningMarkStore


def test_app_marks_are_learning_marks_and_review_stays_local(tmp_path):
    db = tmp_path / "unpitch.db"
    scanned = CliRunner().invoke(app, ["scan", "--db", str(db), "--format", "jsonl"])
    assert scanned.exit_code == 0, scanned.output
    first, second = [json.loads(line)["conversation_id"] for line in scanned.stdout.splitlines()[:2]]
    store = LearningMarkStore(db)

    store.mark(first, "junk")
    store.mark(second, "review")
    assert store.marks() == {first: "junk", second: "review"}
    assert [(m.conversation_id, m.label) for m, _ in service.list_marks(db)] == [(first, "junk")]

    store.mark(first, "review")
    assert service.list_marks(db) == []
    store.unmark(first)
    store.unmark(second)
    assert store.marks() == {}

"""Marks: persistence, exact undo, the model file's integrity, two processes marking at once, the CLI."""

import json
import multiprocessing
import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from unpitch.cli import app
from unpitch.learning import personal, service
from unpitch.learning.rules import load_learned
from unpitch.outputs.store import save_scan
from unpitch.pipeline import scan_inbox
from unpitch.sample import sample_path
from unpitch.sources import load_inbox


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    inbox = load_inbox(sample_path())
    db = tmp_path_factory.mktemp("scan") / "unpitch.db"
    save_scan(db, inbox, scan_inbox(inbox))
    return db, [c.id for c in inbox.conversations]


@pytest.fixture
def db(scanned, tmp_path):
    source, _ = scanned
    copy = tmp_path / "unpitch.db"
    shutil.copy(source, copy)
    return copy


def active(db):
    return [(m.conversation_id, m.label) for m, _ in service.list_marks(db)]


def test_marks_persist_and_unmark_undoes_exactly(db, scanned):
    ids = scanned[1]
    service.mark(db, ids[:2], "junk", "test")
    before_third = personal.model_path(db).read_bytes()
    service.mark(db, [ids[2]], "keep", "test")
    assert active(db) == [(ids[0], "junk"), (ids[1], "junk"), (ids[2], "keep")]
    service.unmark(db, [ids[2]])
    assert active(db) == [(ids[0], "junk"), (ids[1], "junk")]
    # Retrained without the undone mark: byte-identical to the model before it was made.
    assert personal.model_path(db).read_bytes() == before_third
    history = service.list_marks(db, include_undone=True)
    assert [(m.conversation_id, m.undone_by) for m, _ in history][-1] == (ids[2], "unmark")


def test_remarking_replaces_and_same_mark_is_a_no_op(db, scanned):
    cid = scanned[1][0]
    first = service.mark(db, [cid], "junk", "test")
    assert service.mark(db, [cid], "junk", "test") == [None]
    service.mark(db, [cid], "keep", "test")
    assert active(db) == [(cid, "keep")] and first[0] is not None


def test_a_marked_conversation_is_rescored_with_the_mark_in_its_explanation(db, scanned):
    cid = scanned[1][0]
    service.mark(db, [cid], "junk", "test")
    (rescored,) = service.rescore(db, [cid])
    assert rescored.after.verdict == "junk"
    learned = [s for s in rescored.after.signals if s.id == "LEARNED_FROM_USER"]
    assert learned[0].points == 6.0 and "you marked this conversation junk" in learned[0].detail
    service.unmark(db, [cid])
    (again,) = service.rescore(db, [cid])
    assert all(s.id != "LEARNED_FROM_USER" for s in again.after.signals)


def test_marks_match_a_conversation_whose_id_changed_by_sender_and_content(db, scanned):
    from unpitch.learning.features import snapshot
    from unpitch.learning.store import connect, scanned_conversation

    cid = scanned[1][0]
    service.mark(db, [cid], "keep", "test")
    connection = connect(db)
    conversation = scanned_conversation(connection, cid, db)
    connection.close()
    conversation.id = "2-a-brand-new-export-id=="
    signal = load_learned(db).assess(conversation.id, snapshot(conversation, service.intent_labeler()))
    assert signal is not None and signal.points == -6.0


@pytest.mark.parametrize("damage", ["delete", "garble", "swap"])
def test_a_damaged_model_falls_back_with_a_clear_warning_and_rebuild_repairs_it(db, scanned, damage):
    ids = scanned[1]
    service.mark(db, ids[:3], "junk", "test")
    path = personal.model_path(db)
    if damage == "delete":
        path.unlink()
    elif damage == "garble":
        path.write_bytes(path.read_bytes()[:100])
    else:
        other, _ = personal.train([99], [load_learned(db).marks[0].snapshot], [False])
        personal.save(other, path)
    learned = load_learned(db)
    assert learned.model is None and len(learned.warnings) == 1
    assert str(path) in learned.warnings[0] and "built-in model" in learned.warnings[0]
    # Marks themselves still apply (direct marks need no model).
    assert learned.assess(ids[0], learned.marks[0].snapshot).points == 6.0
    service.rebuild(db)
    assert load_learned(db).model is not None and not load_learned(db).warnings


def _mark_many(db_path, ids, label):
    for cid in ids:
        service.mark(db_path, [cid], label, f"process-{label}")


def test_two_processes_marking_at_once_lose_nothing(db, scanned):
    ids = scanned[1][:16]
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(target=_mark_many, args=(db, ids[0::2], "junk")),
        context.Process(target=_mark_many, args=(db, ids[1::2], "keep")),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert sorted(active(db)) == sorted([(c, "junk") for c in ids[0::2]] + [(c, "keep") for c in ids[1::2]])
    learned = load_learned(db)
    assert learned.model is not None and learned.model.size == len(ids)
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_cli_mark_unmark_marks(db, scanned):
    runner = CliRunner()
    ids = scanned[1]
    id_file = db.parent / "ids.txt"
    id_file.write_text(f"# to junk\n{ids[1]}\n\n{ids[2]}\n", encoding="utf-8")
    result = runner.invoke(app, ["mark", ids[0], "junk", "--db", str(db)])
    assert result.exit_code == 0 and "-> junk" in result.output
    assert runner.invoke(app, ["mark", "--file", str(id_file), "keep", "--db", str(db)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["marks", "--db", str(db), "--format", "json"]).output)
    assert [(r["conversation_id"], r["label"], r["source"]) for r in listed] == [
        (ids[0], "junk", "cli"), (ids[1], "keep", f"file:{id_file}"), (ids[2], "keep", f"file:{id_file}")]
    assert runner.invoke(app, ["unmark", ids[0], "--db", str(db)]).exit_code == 0
    assert len(json.loads(runner.invoke(app, ["marks", "--db", str(db), "--format", "json"]).output)) == 2
    bad = runner.invoke(app, ["mark", "no-such-id", "junk", "--db", str(db)])
    assert bad.exit_code == 2 and "no conversation 'no-such-id'" in bad.output
    assert runner.invoke(app, ["mark", ids[0], "maybe", "--db", str(db)]).exit_code == 2

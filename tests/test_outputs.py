"""The scan record contract, the file formats and the SQLite store."""

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from unpitch.errors import UnpitchError
from unpitch.model import Conversation, Direction, Inbox, Message, Person, Profile
from unpitch.outputs.formats import write_csv, write_json, write_jsonl
from unpitch.outputs.records import CONTRACT_FIELDS, to_record
from unpitch.outputs.store import save_scan
from unpitch.pipeline import Result
from unpitch.scoring import decide
from unpitch.signals.base import Signal

OWNER = Person("Ada Owner", "https://www.linkedin.com/in/ada-owner")
START = datetime(2026, 3, 2, 9, 14, tzinfo=timezone.utc)


def conversation(cid: str, texts: list[tuple[Person, str]]) -> Conversation:
    messages = []
    for position, (sender, text) in enumerate(texts):
        recipient = OWNER if sender != OWNER else Person("Other", "")
        direction = Direction.OUTBOUND if sender == OWNER else Direction.INBOUND
        messages.append(
            Message(f"{cid}-{position}", cid, sender, [recipient], START + timedelta(hours=position), text, text, direction)
        )
    return Conversation(cid, title="", messages=messages)


def results() -> list[Result]:
    seller = Person('Sam "Growth" Seller', "https://www.linkedin.com/in/sam")
    friend = Person("Bo Friend", "https://www.linkedin.com/in/bo")
    pitch = conversation("c1", [(seller, "Hi, we help agencies, quick call?"), (seller, "Bumping this <b>up</b>")])
    talk = conversation("c2", [(friend, "Lunch on Friday?"), (OWNER, "Yes, 12:30, Ümläut café")])
    return [
        Result(pitch, decide([Signal("COMMERCIAL_INTENT", 4, 'sell 0.9: "quick call?"'), Signal("FOLLOWUP_BUMP", 1.5, "2 unanswered")])),
        Result(talk, decide([Signal("OWNER_REPLIED", -3, "you replied")])),
    ]


def inbox(items: list[Result]) -> Inbox:
    return Inbox(owner=Profile("Ada", "Owner", url=OWNER.url), conversations=[r.conversation for r in items], source_kind="linkedin", source="test")


def test_record_has_exactly_the_contract_fields_with_their_types():
    record = to_record(results()[0])
    assert tuple(record) == CONTRACT_FIELDS
    assert record["first_date"] == "2026-03-02T09:14:00Z"
    assert record["last_date"] == "2026-03-02T10:14:00Z"
    assert (record["messages"], record["inbound"]) == (2, 2)
    assert record["verdict"] == "junk" and record["kind"] == "sales_pitch"
    assert 0.0 <= record["score"] <= 1.0
    assert record["signals"][0] == {"id": "COMMERCIAL_INTENT", "points": 4, "detail": 'sell 0.9: "quick call?"'}
    assert {"name": "Ada Owner", "url": OWNER.url} in record["participants"]


def test_jsonl_is_one_parseable_object_per_line():
    buffer = io.StringIO()
    write_jsonl((to_record(r) for r in results()), buffer)
    lines = buffer.getvalue().splitlines()
    assert [json.loads(line)["conversation_id"] for line in lines] == ["c1", "c2"]


def test_json_is_one_array():
    buffer = io.StringIO()
    write_json((to_record(r) for r in results()), buffer)
    assert [r["verdict"] for r in json.loads(buffer.getvalue())] == ["junk", "keep"]


def test_csv_has_contract_columns_and_round_trips_quotes():
    buffer = io.StringIO()
    write_csv((to_record(r) for r in results()), buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert tuple(rows[0]) == CONTRACT_FIELDS
    assert 'Sam "Growth" Seller <https://www.linkedin.com/in/sam>' in rows[0]["participants"]
    assert json.loads(rows[0]["signals"])[0]["id"] == "COMMERCIAL_INTENT"


def table(db, sql):
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def test_store_writes_browsable_tables_and_a_rescan_updates_without_duplicates(tmp_path):
    db = tmp_path / "unpitch.db"
    items = results()
    save_scan(db, inbox(items), items)
    save_scan(db, inbox(items), items)
    assert table(db, "select conversation_id, verdict from conversations order by 1") == [("c1", "junk"), ("c2", "keep")]
    assert table(db, "select count(*) from scans") == [(2,)]
    assert table(db, "select count(*) from messages") == [(4,)]
    assert table(db, "select count(*) from signals where conversation_id = 'c1'") == [(2,)]
    assert table(db, "select text from messages where conversation_id = 'c2' and position = 1") == [("Yes, 12:30, Ümläut café",)]


def test_rescan_replaces_signals_of_a_changed_verdict(tmp_path):
    db = tmp_path / "unpitch.db"
    items = results()
    save_scan(db, inbox(items), items)
    items[0] = Result(items[0].conversation, decide([Signal("OWNER_REPLIED", -3, "you replied")]))
    save_scan(db, inbox(items), items)
    assert table(db, "select verdict from conversations where conversation_id = 'c1'") == [("keep",)]
    assert table(db, "select signal_id from signals where conversation_id = 'c1'") == [("OWNER_REPLIED",)]


def test_store_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(UnpitchError, match="does not exist"):
        save_scan(tmp_path / "nope" / "x.db", inbox(results()), results())


def test_a_file_that_is_not_a_database_is_a_clear_error_and_left_alone(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("not a database, my notes" * 100, encoding="utf-8")
    before = db.read_bytes()
    with pytest.raises(UnpitchError, match="not a usable unpitch database"):
        save_scan(db, inbox(results()), results())
    assert db.read_bytes() == before


def test_a_scan_that_fails_half_way_leaves_no_partial_rows(tmp_path):
    db = tmp_path / "unpitch.db"
    items = results()
    save_scan(db, inbox(items), items)
    broken = decide([Signal("OWNER_REPLIED", -3, "you replied")])
    broken.verdict = "maybe"  # violates the table's CHECK constraint on the second conversation
    changed = [Result(items[0].conversation, decide([])), Result(items[1].conversation, broken)]
    with pytest.raises(UnpitchError, match="database is unchanged"):
        save_scan(db, inbox(changed), changed)
    assert table(db, "select count(*) from scans") == [(1,)]
    assert table(db, "select conversation_id, verdict from conversations order by 1") == [("c1", "junk"), ("c2", "keep")]
    assert table(db, "select count(*) from signals where conversation_id = 'c1'") == [(2,)]

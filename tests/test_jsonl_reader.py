"""The JSON-lines reader (docs/jsonl-format.md)."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unpitch.errors import InputError
from unpitch.model import Direction, Inbox
from unpitch.sources.jsonl import looks_like_jsonl, read_jsonl

FIXTURES = Path(__file__).parent / "fixtures" / "jsonl"
SAM = "https://www.linkedin.com/in/sam-carter"


@pytest.fixture(scope="module")
def inbox() -> Inbox:
    return read_jsonl(FIXTURES / "messages.jsonl")


def write_lines(folder: Path, lines: list[str], name: str = "messages.jsonl") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**fields: object) -> str:
    """One JSON line; a field given as ``...`` is left out."""
    base: dict[str, object] = {
        "id": "1",
        "sender": "a@x.org",
        "recipient": "me@home.example",
        "date": "2024-01-01T00:00:00Z",
        "text": "hi",
    }
    base.update(fields)
    return json.dumps({k: v for k, v in base.items() if v is not ...})


# --- the fixture -------------------------------------------------------------------------------


def test_fixture_reads_into_three_conversations(inbox: Inbox) -> None:
    assert inbox.source_kind == "jsonl"
    assert inbox.warnings == []
    assert inbox.message_count == 5
    assert [c.title for c in inbox.conversations] == [
        "Illustrations for our annual report",
        "",
        "Workshop in Malmö",
    ]


def test_owner_is_the_most_frequent_recipient(inbox: Inbox) -> None:
    assert inbox.owner.url == SAM
    assert inbox.owner.emails == []
    assert (inbox.owner.first_name, inbox.owner.last_name) == ("Sam", "Carter")


def test_pairs_thread_without_conversation_id_and_direction_follows_owner(inbox: Inbox) -> None:
    first = inbox.conversations[0]
    assert [m.id for m in first.messages] == ["m1", "m2"]
    assert [m.direction for m in first.messages] == [Direction.INBOUND, Direction.OUTBOUND]
    assert first.messages[0].sender.name == "Rita Okafor"
    assert first.messages[0].recipients[0].name == "Sam Carter"
    assert first.folder == "INBOX"
    assert first.messages[0].origin == "messages.jsonl:1"


def test_dates_with_offset_naive_and_date_only_become_utc(inbox: Inbox) -> None:
    dates = {m.id: m.date for c in inbox.conversations for m in c.messages}
    assert dates["m2"] == datetime(2024, 4, 2, 10, 5, tzinfo=timezone.utc)
    assert dates["m3"] == datetime(2024, 4, 3, 8, 0, tzinfo=timezone.utc)
    assert dates["4"] == datetime(2024, 4, 4, tzinfo=timezone.utc)


def test_html_text_is_cleaned_and_raw_kept(inbox: Inbox) -> None:
    (message,) = inbox.conversations[1].messages
    assert message.raw.startswith("<p>Hi Sam,</p>")
    assert message.text == "Hi Sam,\n\nI help creatives like you get 10 new clients a month. Open to a quick chat?"


def test_conversation_id_groups_and_integer_ids_are_strings(inbox: Inbox) -> None:
    workshop = inbox.conversations[2]
    assert workshop.id == "thread-77"
    assert [m.id for m in workshop.messages] == ["4", "m5"]
    assert workshop.messages[1].direction is Direction.OUTBOUND


def test_explicit_owner_turns_directions_around() -> None:
    inbox = read_jsonl(FIXTURES / "messages.jsonl", me="https://www.linkedin.com/in/rita-okafor")
    first = inbox.conversations[0]
    assert [m.direction for m in first.messages] == [Direction.OUTBOUND, Direction.INBOUND]
    assert inbox.owner.first_name == "Rita"


# --- bad lines ---------------------------------------------------------------------------------


def test_bad_lines_are_skipped_with_a_warning_naming_the_line() -> None:
    inbox = read_jsonl(FIXTURES / "mixed_bad.jsonl")
    assert inbox.warnings == [
        "mixed_bad.jsonl, line 2: not valid JSON; skipped",
        "mixed_bad.jsonl, line 3: missing required field 'date'; skipped",
        "mixed_bad.jsonl, line 4: bad date 'next Tuesday' (expected ISO-8601); skipped",
        "mixed_bad.jsonl, line 5: expected a JSON object, got list; skipped",
        "mixed_bad.jsonl, line 6: 'direction' must be \"inbound\" or \"outbound\"; skipped",
        "mixed_bad.jsonl, line 7: duplicate id 'ok-1' (first on line 1); skipped",
    ]
    (conversation,) = inbox.conversations
    assert [m.text for m in conversation.messages] == ["First message that is fine.", "A reply that is fine."]
    assert inbox.owner.emails == ["sam@carter-studio.example"]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (record(sender=""), "'sender' is empty"),
        (record(sender=5), "'sender' must be a string"),
        (record(id=True), "'id' must be a string"),
        (record(date=1700000000), "'date' must be an ISO-8601 string"),
        (record(text=None), "missing required field 'text'"),
        (record(recipient=["a@x.org", 3]), "'recipient' must be a string or a list of strings"),
        (record(html="yes"), "'html' must be true or false"),
        (record(date="9999-12-31T23:59:59-05:00"), "out of range"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_each_kind_of_bad_line_is_named(tmp_path: Path, line: str, problem: str) -> None:
    path = write_lines(tmp_path, [record(id="good"), line])
    inbox = read_jsonl(path)
    assert inbox.message_count == 1
    (warning,) = inbox.warnings
    assert warning.startswith("messages.jsonl, line 2: ") and problem in warning


def test_non_utf8_line_is_skipped_and_bom_and_blank_lines_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "m.ndjson"
    path.write_bytes(
        b"\xef\xbb\xbf" + record(id="a").encode() + b"\n\n   \n" + b'{"id": "\xff"}\n' + record(id="b").encode()
    )
    inbox = read_jsonl(path)
    assert inbox.message_count == 2
    assert inbox.warnings == ["m.ndjson, line 4: not UTF-8 text; skipped"]


def test_warnings_are_capped_for_huge_bad_files(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [record(id="ok")] + ["nope"] * 250)
    inbox = read_jsonl(path)
    assert len(inbox.warnings) == 201
    assert inbox.warnings[-1] == "messages.jsonl: 50 more bad lines skipped"


def test_nothing_usable_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no usable messages"):
        read_jsonl(write_lines(tmp_path, ["not json", record(date="soon")]))
    with pytest.raises(InputError, match="no usable messages"):
        read_jsonl(write_lines(tmp_path, [""], name="empty.jsonl"))


def test_unreadable_paths_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_jsonl(tmp_path / "missing.jsonl")
    with pytest.raises(InputError, match="is a folder"):
        read_jsonl(tmp_path)


# --- threading and owner edge cases ------------------------------------------------------------


def test_recipient_list_and_missing_recipient_thread_sensibly(tmp_path: Path) -> None:
    lines = [
        record(id="1", sender="a@x.org", recipient="me@home.example"),
        record(id="2", sender="a@x.org", recipient=..., date="2024-01-02T00:00:00Z"),
        record(id="3", sender="b@y.org", recipient=["me@home.example", "c@z.org"], recipient_name="Me"),
    ]
    inbox = read_jsonl(write_lines(tmp_path, lines))
    assert inbox.owner.emails == ["me@home.example"]
    threads = {c.id: [m.id for m in c.messages] for c in inbox.conversations}
    assert threads == {
        "pair:a@x.org|me@home.example": ["1", "2"],
        "pair:b@y.org|c@z.org|me@home.example": ["3"],
    }
    three = inbox.conversations[1].messages[0]
    # recipient_name only applies to a single recipient.
    assert [p.name for p in three.recipients] == ["me@home.example", "c@z.org"]


def test_owner_from_outbound_direction_when_no_recipients(tmp_path: Path) -> None:
    lines = [
        record(id="1", sender="Me@Home.example", recipient=..., direction="outbound"),
        record(id="2", sender="a@x.org", recipient=...),
    ]
    inbox = read_jsonl(write_lines(tmp_path, lines))
    assert inbox.owner.emails == ["Me@Home.example"]
    directions = {m.id: m.direction for c in inbox.conversations for m in c.messages}
    assert directions == {"1": Direction.OUTBOUND, "2": Direction.INBOUND}


def test_unknown_owner_is_a_warning_and_everything_inbound(tmp_path: Path) -> None:
    inbox = read_jsonl(write_lines(tmp_path, [record(id="1", recipient=...)]))
    assert inbox.warnings == ["messages.jsonl: could not tell whose messages these are; pass the owner"]
    assert inbox.conversations[0].messages[0].direction is Direction.INBOUND


# --- the dispatcher check ----------------------------------------------------------------------


def test_looks_like_jsonl(tmp_path: Path) -> None:
    sniffed = tmp_path / "export.txt"
    sniffed.write_text("\n\n" + record() + "\n")
    array = tmp_path / "array.json"
    array.write_text("[1, 2]\n")
    prose = tmp_path / "notes.txt"
    prose.write_text("hello {}\n")
    assert looks_like_jsonl(FIXTURES / "messages.jsonl")
    assert looks_like_jsonl(sniffed)
    assert not looks_like_jsonl(array)
    assert not looks_like_jsonl(prose)
    assert not looks_like_jsonl(tmp_path / "missing.jsonl")
    assert not looks_like_jsonl(FIXTURES)


# --- properties --------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
field_names = st.sampled_from(
    ["id", "sender", "date", "text", "recipient", "conversation_id", "html", "direction", "subject", "folder"]
)
records = st.dictionaries(field_names, json_values | st.sampled_from(["2024-05-01", "inbound", "x@y.z"]), max_size=10)
lines = st.one_of(st.text(max_size=60), records.map(json.dumps), json_values.map(json.dumps))


@settings(max_examples=80, deadline=None)
@given(st.lists(lines, max_size=12))
def test_arbitrary_lines_never_raise_anything_but_input_error(content: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jsonl"
        path.write_text("\n".join(content), encoding="utf-8", errors="surrogatepass")
        try:
            inbox = read_jsonl(path)
        except InputError:
            return
    assert inbox.message_count >= 1
    for conversation in inbox.conversations:
        assert all(m.date.tzinfo is timezone.utc for m in conversation.messages)


valid_records = st.builds(
    lambda n, text, minutes: record(id=f"r{n}", text=text, date=f"2024-01-01T00:{minutes:02d}:00"),
    st.integers(0, 10_000),
    st.text(max_size=80),
    st.integers(0, 59),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(valid_records, min_size=1, max_size=10, unique_by=lambda line: json.loads(line)["id"]))
def test_every_valid_record_is_read(content: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        inbox = read_jsonl(write_lines(Path(folder), content))
    assert inbox.message_count == len(content)
    assert {m.raw for c in inbox.conversations for m in c.messages} == {json.loads(x)["text"] for x in content}

"""The LinkedIn export reader: every layout, every container, every bad input."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unpitch.errors import InputError
from unpitch.model import Direction, Inbox
from unpitch.sources.archive import ZipLimits
from unpitch.sources.linkedin import _is_inmail_markup, looks_like_linkedin, read_linkedin

FIXTURES = Path(__file__).parent / "fixtures" / "linkedin"
HEADER_2026 = [
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
    "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT",
]  # fmt: skip
HEADER_2021 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, prefix + file.relative_to(folder).as_posix())
    return target


def write_messages(folder: Path, text: str, name: str = "messages.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def row_2021(conversation: str, sender: str, when: str, content: str) -> str:
    url = f"https://www.linkedin.com/in/{sender.lower().replace(' ', '-')}"
    return f"{conversation},,{sender},{url},Someone Else,{when},,{content},INBOX"


def all_messages(inbox: Inbox) -> list:
    return [message for conversation in inbox.conversations for message in conversation.messages]


# --------------------------------------------------------------------------- layouts


def test_2018_layout_threads_by_participants_and_subject() -> None:
    inbox = read_linkedin(FIXTURES / "export_2018")

    assert inbox.source_kind == "linkedin"
    assert [len(c.messages) for c in inbox.conversations] == [3, 1]
    catch_up, pitch = inbox.conversations
    assert [m.text for m in catch_up.messages] == [
        "Are you around this quarter?",
        "Shall we meet Thursday?",
        "Sounds good - Thursday works.",
    ]
    assert catch_up.folder == "INBOX"
    assert catch_up.title == "Quarterly catch-up"
    assert [m.direction for m in catch_up.messages] == [
        Direction.INBOUND,
        Direction.OUTBOUND,
        Direction.INBOUND,
    ]
    assert catch_up.messages[1].date == utc(2018, 7, 9, 14, 30)
    assert pitch.folder == "ARCHIVED"
    assert pitch.messages[0].date == utc(2018, 7, 5, 9, 12)
    assert inbox.owner.name == "Pell Ostrander"
    assert inbox.warnings == []


def test_2018_thread_ids_are_deterministic() -> None:
    first = read_linkedin(FIXTURES / "export_2018")
    second = read_linkedin(FIXTURES / "export_2018")
    assert [c.id for c in first.conversations] == [c.id for c in second.conversations]
    assert all(c.id.startswith("li-") for c in first.conversations)


def test_2018_connections_without_preamble_or_url_and_old_invitations() -> None:
    inbox = read_linkedin(FIXTURES / "export_2018")

    nia = inbox.connections[0]
    assert (nia.name, nia.url, nia.email, nia.company) == (
        "Nia Fernwood",
        "",
        "nia@fernwood.example",
        "Fernwood Kites",
    )
    assert nia.connected_on == date(2017, 9, 9)
    outgoing, incoming = inbox.invitations
    assert outgoing.direction is Direction.OUTBOUND
    assert outgoing.sender.name == "Pell Ostrander" and outgoing.sender.url == ""
    assert incoming.sent_at == utc(2018, 7, 1, 22, 15)
    assert incoming.message == "Let's connect!"


def test_2021_layout_system_rows_sponsored_and_html() -> None:
    inbox = read_linkedin(FIXTURES / "export_2021")

    by_id = {c.id: c for c in inbox.conversations}
    assert list(by_id) == ["2-def21", "2-spon21", "2-abc21"]  # oldest conversation first
    partnership = by_id["2-def21"]
    assert partnership.folder == "ARCHIVE"
    system, pitch = partnership.messages
    assert system.is_system and system.text == "Message request accepted"
    assert partnership.text_messages == [pitch]
    sponsored = by_id["2-spon21"]
    assert sponsored.sponsored and not by_id["2-abc21"].sponsored
    html_message = sponsored.messages[0]
    assert html_message.raw == "<p>Hi Tamsin,</p><p>Try Lumen&nbsp;Ads free &amp; grow.</p>"
    assert html_message.text == "Hi Tamsin,\n\nTry Lumen Ads free & grow."


def test_an_html_body_without_a_profile_is_sponsored_but_a_members_is_not(tmp_path: Path) -> None:
    # The 2018 layout has no title column: an InMail shows only as an HTML body from a company name.
    export = tmp_path / "export"
    shutil.copytree(FIXTURES / "export_2018", export)
    with (export / "Messages.csv").open("a", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerow([
            "Northwind School", "Pell Ostrander", "7/10/18, 9:00 AM", "Your next step",
            "<p>Dear Pell,</p><p>Take your leadership further with our weekend MBA.</p>", "INCOMING", "INBOX",
        ])
    threads = {c.title or c.messages[0].subject: c for c in read_linkedin(export).conversations}
    assert threads["Your next step"].sponsored
    assert not any(c.sponsored for subject, c in threads.items() if subject != "Your next step")
    # A member's profile URL keeps an HTML body an ordinary message; one tag is not markup.
    assert not _is_inmail_markup("<p>Hi</p><p>see you</p>", "https://www.linkedin.com/in/nia")
    assert _is_inmail_markup("<p>Hi</p><p>try us</p>", "https://www.linkedin.com/company/lumen")
    assert not _is_inmail_markup("I <3 your <br> work", "")


def test_2021_owner_is_most_present_participant() -> None:
    inbox = read_linkedin(FIXTURES / "export_2021")

    assert inbox.owner.url == "https://www.linkedin.com/in/tamsin-oake"
    assert (inbox.owner.first_name, inbox.owner.last_name) == ("Tamsin", "Oake")
    intro = next(c for c in inbox.conversations if c.id == "2-abc21")
    assert [m.direction for m in intro.messages] == [Direction.OUTBOUND, Direction.INBOUND]


def test_2023_recipients_counted_from_profile_urls() -> None:
    inbox = read_linkedin(FIXTURES / "export_2023")

    group = next(c for c in inbox.conversations if c.id == "2-grp23")
    assert group.title == "Kite makers"
    opener = group.messages[0]
    assert opener.sender.name == "Vance, Quill"
    assert [p.name for p in opener.recipients] == ["Odile Marsh", "Juno Reyes"]
    # "Vance, Quill, Juno Reyes" is ambiguous: names come from the URLs' own messages.
    reply = group.messages[1]
    assert [(p.name, p.url) for p in reply.recipients] == [
        ("Vance, Quill", "https://www.linkedin.com/in/quill-vance"),
        ("Juno Reyes", "https://www.linkedin.com/in/juno-reyes"),
    ]
    one_to_one = next(c for c in inbox.conversations if c.id == "2-one23")
    assert one_to_one.folder == "SPAM"
    assert [p.name for p in one_to_one.messages[0].recipients] == ["Juno Reyes"]
    assert inbox.owner.url == "https://www.linkedin.com/in/quill-vance"
    assert inbox.owner.name == "Vance, Quill"
    assert group.messages[0].direction is Direction.OUTBOUND


def test_2024_layout_drafts_assistant_files_and_equal_timestamps() -> None:
    inbox = read_linkedin(FIXTURES / "export_2024")

    texts = [m.text for m in all_messages(inbox)]
    assert "unsent thought" not in texts and "draft conversation" not in texts
    assert "Here are tips for your profile." not in texts  # guide_messages.csv ignored
    assert [c.id for c in inbox.conversations] == ["2-bbb24", "2-aaa24"]
    webinar, thanks = inbox.conversations
    assert webinar.sponsored  # LinkedIn Member without a profile URL
    # Equal timestamps keep the real order: the file lists newest first.
    assert [m.text for m in thanks.messages] == ["Thanks for accepting.", "Great to connect!"]
    assert [m.direction for m in thanks.messages] == [Direction.OUTBOUND, Direction.INBOUND]


def test_2024_owner_from_invitations_even_when_message_urls_differ() -> None:
    inbox = read_linkedin(FIXTURES / "export_2024")

    owner = inbox.owner
    assert owner.url == "https://www.linkedin.com/in/wren-alder"
    assert owner.name == "Wren Alder"
    assert owner.headline == "Ceramics studio owner"
    assert owner.industry == "Design Services"
    assert owner.location == "Lisbon, Portugal"
    assert owner.emails == ["wren@alder.example", "wren.old@alder.example"]
    assert [p.company for p in owner.current_positions] == ["Alder Ceramics"]
    assert owner.positions[1].finished_on == "Feb 2019"
    assert owner.skills == ["Ceramics", "Glaze Chemistry"]
    assert owner.services == ["Product Design", "Custom Tableware", "Design"]


def test_2024_connections_with_preamble_and_new_invitations() -> None:
    inbox = read_linkedin(FIXTURES / "export_2024")

    ines, hal = inbox.connections
    assert ines.url == "https://www.linkedin.com/in/ines-varga"
    assert ines.connected_on == date(2024, 9, 26)
    assert hal.company == "Brindle & Sons" and hal.connected_on == date(2024, 9, 9)
    outgoing = inbox.invitations[0]
    assert outgoing.sent_at == utc(2024, 9, 25, 8, 52)
    assert outgoing.recipient.url == "https://www.linkedin.com/in/ines-varga"
    assert inbox.invitations[1].direction is Direction.INBOUND


def test_2026_layout_multiline_content_attachments_and_system_row() -> None:
    inbox = read_linkedin(FIXTURES / "export_2026")

    old, deck = inbox.conversations
    # The fixture ends lines with CRLF, inside CONTENT too: raw keeps them, text does not.
    assert deck.messages[1].raw == 'Here is the deck:\r\n- page 1, overview\r\n- page 2, "pricing"'
    assert deck.messages[1].text == 'Here is the deck:\n- page 1, overview\n- page 2, "pricing"'
    assert deck.messages[1].attachments == ["https://www.linkedin.com/dms/deck-v2.pdf"]
    assert deck.messages[1].origin == "messages.csv:2"
    assert deck.messages[0].origin == "messages.csv:5"
    left = old.messages[1]
    assert left.is_system and left.text == "Kit Morrow left the conversation"
    assert old.folder == "ARCHIVE"


def test_message_ids_are_stable_unique_and_position_independent(tmp_path: Path) -> None:
    original = read_linkedin(FIXTURES / "export_2021")
    lines = (FIXTURES / "export_2021" / "messages.csv").read_text(encoding="utf-8").splitlines()
    shuffled = [lines[0], *reversed(lines[1:])]
    write_messages(tmp_path, "\n".join(shuffled) + "\n")
    reordered = read_linkedin(tmp_path / "messages.csv")

    ids = [m.id for m in all_messages(original)]
    assert len(set(ids)) == len(ids)
    assert sorted(ids) == sorted(m.id for m in all_messages(reordered))


def test_identical_rows_get_distinct_ids(tmp_path: Path) -> None:
    row = row_2021("c1", "Ola Brandt", "2024-01-01 10:00:00 UTC", "Same words")
    write_messages(tmp_path, f"{HEADER_2021}\n{row}\n{row}\n")
    messages = all_messages(read_linkedin(tmp_path / "messages.csv"))
    assert len({m.id for m in messages}) == 2


# --------------------------------------------------------------------------- containers


def message_ids(inbox: Inbox) -> list[str]:
    return [m.id for m in all_messages(inbox)]


def test_plain_zip_matches_folder(tmp_path: Path) -> None:
    target = tmp_path / "Basic_LinkedInDataExport_09-27-2024.zip"
    archive = zip_folder(FIXTURES / "export_2024", target)
    from_zip = read_linkedin(archive)
    from_folder = read_linkedin(FIXTURES / "export_2024")
    assert message_ids(from_zip) == message_ids(from_folder)
    assert from_zip.owner.skills == from_folder.owner.skills
    assert from_zip.connections == from_folder.connections


def test_zip_inside_zip(tmp_path: Path) -> None:
    target = tmp_path / "Complete_LinkedInDataExport_01-16-2026.zip"
    inner = zip_folder(FIXTURES / "export_2026", target)
    outer = tmp_path / "Complete_LinkedInDataExport_01-16-2026.zip.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(inner, inner.name)
    assert message_ids(read_linkedin(outer)) == message_ids(read_linkedin(FIXTURES / "export_2026"))


def test_zip_repacked_with_subfolder_prefers_shallowest(tmp_path: Path) -> None:
    archive = zip_folder(FIXTURES / "export_2021", tmp_path / "repacked.zip", prefix="My Export/")
    with zipfile.ZipFile(archive, "a") as extra:
        extra.writestr("My Export/backup/old/messages.csv", HEADER_2021 + "\n")
    inbox = read_linkedin(archive)
    assert message_ids(inbox) == message_ids(read_linkedin(FIXTURES / "export_2021"))
    assert all(m.origin.startswith("My Export/messages.csv:") for m in all_messages(inbox))


def test_bare_messages_csv_with_case_insensitive_name() -> None:
    inbox = read_linkedin(FIXTURES / "export_2018" / "Messages.csv")
    assert inbox.message_count == 4
    assert inbox.connections == []


def test_utf8_bom_reads_like_plain_utf8(tmp_path: Path) -> None:
    text = (FIXTURES / "export_2021" / "messages.csv").read_text(encoding="utf-8")
    (tmp_path / "messages.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    expected = message_ids(read_linkedin(FIXTURES / "export_2021"))
    assert message_ids(read_linkedin(tmp_path)) == expected


def test_legacy_utf16_tab_separated(tmp_path: Path) -> None:
    source = FIXTURES / "export_2021" / "messages.csv"
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t").writerows(rows)
    (tmp_path / "messages.csv").write_bytes(buffer.getvalue().encode("utf-16"))
    inbox = read_linkedin(tmp_path / "messages.csv")
    assert message_ids(inbox) == message_ids(read_linkedin(source))
    assert inbox.warnings == []


def test_semicolon_separated(tmp_path: Path) -> None:
    write_messages(tmp_path, "FROM;DATE;CONTENT\nAmi Sato;2024-01-02 03:04:05 UTC;Hello, there\n")
    (message,) = all_messages(read_linkedin(tmp_path / "messages.csv"))
    assert message.raw == "Hello, there"


def test_invalid_utf8_bytes_give_one_warning(tmp_path: Path) -> None:
    rows = [
        row_2021("c1", "Ola Brandt", f"2024-01-0{day} 10:00:00 UTC", "caf\udcff") for day in (1, 2)
    ]
    data = (HEADER_2021 + "\n" + "\n".join(rows) + "\n").encode("utf-8", "surrogateescape")
    (tmp_path / "messages.csv").write_bytes(data)
    inbox = read_linkedin(tmp_path / "messages.csv")
    assert [m.raw for m in all_messages(inbox)] == ["caf\ufffd", "caf\ufffd"]
    encoding_warnings = [w for w in inbox.warnings if "not valid" in w]
    assert encoding_warnings == [
        "messages.csv: not valid UTF-8; unreadable bytes were replaced with U+FFFD"
    ]


def test_very_large_field_reads(tmp_path: Path) -> None:
    big = "x" * (20 * 1024 * 1024)
    write_messages(tmp_path, f"FROM,DATE,CONTENT\nAmi Sato,2024-01-02 03:04:05 UTC,\"{big}\"\n")
    (message,) = all_messages(read_linkedin(tmp_path / "messages.csv"))
    assert len(message.raw) == len(big)


# --------------------------------------------------------------------------- owner


def test_me_override_by_name_flips_directions() -> None:
    inbox = read_linkedin(FIXTURES / "export_2021", me="Rue Calloway")
    intro = next(c for c in inbox.conversations if c.id == "2-abc21")
    assert [m.direction for m in intro.messages] == [Direction.INBOUND, Direction.OUTBOUND]
    assert inbox.owner.url == "https://www.linkedin.com/in/rue-calloway"


def test_me_override_by_url() -> None:
    ines = "https://www.linkedin.com/in/ACoAAInesVarga/"
    inbox = read_linkedin(FIXTURES / "export_2024", me=ines)
    thanks = inbox.conversations[-1]
    assert [m.direction for m in thanks.messages] == [Direction.INBOUND, Direction.OUTBOUND]
    assert inbox.owner.first_name == "Wren"  # names still come from Profile.csv
    assert inbox.owner.url == ines


def test_incoming_invitations_name_the_owner_when_no_outgoing(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "export_2021" / "messages.csv", tmp_path / "messages.csv")
    (tmp_path / "Invitations.csv").write_text(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        "Bram Hollis,Rue Calloway,\"1/2/21, 3:04 PM\",,INCOMING,"
        "https://www.linkedin.com/in/bram-hollis,https://www.linkedin.com/in/rue-calloway\n",
        encoding="utf-8",
    )
    inbox = read_linkedin(tmp_path)
    assert inbox.owner.url == "https://www.linkedin.com/in/rue-calloway"
    assert inbox.owner.name == "Rue Calloway"


def test_tie_for_owner_is_a_warning(tmp_path: Path) -> None:
    write_messages(
        tmp_path,
        f"{HEADER_2021}\n{row_2021('c1', 'Ola Brandt', '2024-01-01 10:00:00 UTC', 'hi')}\n",
    )
    inbox = read_linkedin(tmp_path / "messages.csv")
    assert any("owner guessed" in warning for warning in inbox.warnings)


# --------------------------------------------------------------------------- bad input


def test_wrong_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_linkedin(Path("/nonexistent/export.zip"))


def test_folder_without_messages(tmp_path: Path) -> None:
    (tmp_path / "Profile.csv").write_text("First Name\nAna\n", encoding="utf-8")
    with pytest.raises(InputError, match="no messages.csv found"):
        read_linkedin(tmp_path)


def test_zip_without_messages(tmp_path: Path) -> None:
    archive = tmp_path / "Basic_LinkedInDataExport_01-01-2025.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("Profile.csv", "First Name\nAna\n")
        handle.writestr("guide_messages.csv", HEADER_2021 + "\n")
    with pytest.raises(InputError) as caught:
        read_linkedin(archive)
    assert caught.value.path == str(archive)
    assert "no messages.csv found" in caught.value.problem


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    path = write_messages(tmp_path, "FROM,TO,SUBJECT\nA,B,C\n")
    with pytest.raises(InputError) as caught:
        read_linkedin(path)
    assert caught.value.path == str(path)
    assert caught.value.problem == "missing required column(s): DATE, CONTENT"


def test_truncated_rows_and_bad_dates_are_skipped_with_warnings(tmp_path: Path) -> None:
    good = row_2021("c1", "Ola Brandt", "2024-01-01 10:00:00 UTC", "fine")
    bad_date = row_2021("c1", "Ola Brandt", "yesterday-ish", "lost")
    path = write_messages(tmp_path, f"{HEADER_2021}\n{good}\n{bad_date}\nc1,,Ola Brandt\n")
    inbox = read_linkedin(path)
    assert [m.raw for m in all_messages(inbox)] == ["fine"]
    assert "messages.csv, row 3: unknown date format 'yesterday-ish'; skipped" in inbox.warnings
    truncated = "messages.csv, row 4: expected 9 fields, found 3"
    assert any(w.startswith(truncated) for w in inbox.warnings)


def test_no_usable_rows_is_an_error(tmp_path: Path) -> None:
    path = write_messages(tmp_path, f"{HEADER_2021}\nc1,,Ola Brandt\n")
    with pytest.raises(InputError, match="no usable message rows"):
        read_linkedin(path)


def test_unsafe_member_names_are_ignored_with_warnings(tmp_path: Path) -> None:
    archive = zip_folder(FIXTURES / "export_2021", tmp_path / "export.zip")
    with zipfile.ZipFile(archive, "a") as handle:
        handle.writestr("../evil.csv", "x")
        handle.writestr("/abs.csv", "y")
        handle.writestr("../messages.csv", HEADER_2021 + "\n")
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    inbox = read_linkedin(archive)
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before  # nothing written
    unsafe = [w for w in inbox.warnings if "unsafe path" in w]
    assert len(unsafe) == 3 and any("'../evil.csv'" in w for w in unsafe)
    assert message_ids(inbox) == message_ids(read_linkedin(FIXTURES / "export_2021"))


def test_corrupt_zip(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    archive.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(InputError, match="not a readable zip"):
        read_linkedin(archive)


def bomb(tmp_path: Path, size: int) -> Path:
    archive = tmp_path / "bomb.zip"
    header = b"FROM,DATE,CONTENT\nAmi,2024-01-02 03:04:05 UTC,"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("messages.csv", header + b"A" * size)
    return archive


def test_zip_bomb_ratio_is_refused(tmp_path: Path) -> None:
    archive = bomb(tmp_path, 24 * 1024 * 1024)
    with pytest.raises(InputError) as caught:
        read_linkedin(archive)
    assert caught.value.path == str(archive)
    assert "member 'messages.csv'" in caught.value.problem and "zip bomb" in caught.value.problem


def test_member_and_total_caps(tmp_path: Path) -> None:
    archive = bomb(tmp_path, 200_000)
    with pytest.raises(InputError, match="declares .* bytes"):
        read_linkedin(archive, limits=ZipLimits(max_member_bytes=100_000))
    with pytest.raises(InputError, match="in total"):
        read_linkedin(archive, limits=ZipLimits(max_total_bytes=100_000))


def test_damaged_auxiliary_file_is_a_warning(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "export_2021" / "messages.csv", tmp_path / "messages.csv")
    (tmp_path / "Connections.csv").write_text("Nothing,Useful\n1,2\n", encoding="utf-8")
    inbox = read_linkedin(tmp_path)
    assert inbox.connections == []
    assert (
        "Connections.csv: missing required column(s): First Name, Last Name; file ignored"
        in inbox.warnings
    )


# --------------------------------------------------------------------------- dispatch


def test_looks_like_linkedin(tmp_path: Path) -> None:
    assert looks_like_linkedin(FIXTURES / "export_2024")
    assert looks_like_linkedin(FIXTURES / "export_2018" / "Messages.csv")
    assert looks_like_linkedin(zip_folder(FIXTURES / "export_2021", tmp_path / "anything.zip"))
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes\n", encoding="utf-8")
    jsonl = tmp_path / "messages.jsonl"
    jsonl.write_text('{"from": "a", "date": "2024-01-01", "content": "x"}\n', encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert not looks_like_linkedin(notes)
    assert not looks_like_linkedin(jsonl)
    assert not looks_like_linkedin(empty)
    assert not looks_like_linkedin(tmp_path / "missing.zip")


# --------------------------------------------------------------------------- properties

_content = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.lists(_content, min_size=1, max_size=5))
def test_content_round_trips_into_raw(contents: list[str]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER_2026)
    for second, content in enumerate(contents):
        writer.writerow(
            ["c1", "", "Ola Brandt", "https://www.linkedin.com/in/ola", "Ami Sato",
             "https://www.linkedin.com/in/ami", f"2024-01-01 10:00:{59 - second:02d} UTC", "",
             content, "INBOX", "", "No", "No"]
        )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "messages.csv"
        path.write_bytes(buffer.getvalue().encode("utf-8"))
        inbox = read_linkedin(path)
    assert [m.raw for m in all_messages(inbox)] == list(reversed(contents))


def read_or_input_error(path: Path) -> None:
    try:
        read_linkedin(path)
    except InputError:
        pass


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=400), header=st.sampled_from([b"", b"FROM,DATE,CONTENT\n"]))
def test_arbitrary_bytes_only_raise_input_error(data: bytes, header: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "messages.csv"
        path.write_bytes(header + data)
        read_or_input_error(path)


@settings(max_examples=40, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_damaged_zip_only_raises_input_error(position: int, value: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = zip_folder(FIXTURES / "export_2026", Path(folder) / "export.zip")
        data = bytearray(archive.read_bytes())
        data[position % len(data)] = value
        archive.write_bytes(bytes(data))
        read_or_input_error(archive)

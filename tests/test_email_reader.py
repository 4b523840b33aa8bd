"""The email reader (mbox, .eml folder, single .eml) and the quote/signature splitter."""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unpitch.errors import InputError
from unpitch.model import Conversation, Direction, Inbox
from unpitch.sources.email import looks_like_email, normalized_subject, read_email
from unpitch.sources.quoting import SplitBody, split_reply

FIXTURES = Path(__file__).parent / "fixtures" / "email"
MBOX = FIXTURES / "inbox.mbox"
EML_FOLDER = FIXTURES / "eml"
OWNER = "sam@carter-studio.example"


@pytest.fixture(scope="module")
def mbox_inbox() -> Inbox:
    return read_email(MBOX)


def conversation(inbox: Inbox, conversation_id: str) -> Conversation:
    matches = [c for c in inbox.conversations if c.id == conversation_id]
    assert len(matches) == 1, [c.id for c in inbox.conversations]
    return matches[0]


def by_title(inbox: Inbox, title: str) -> list[Conversation]:
    return [c for c in inbox.conversations if c.title == title]


# --- mbox: threading ---------------------------------------------------------------------------


def test_mbox_reads_every_thread_and_reports_skips(mbox_inbox: Inbox) -> None:
    assert mbox_inbox.source_kind == "email"
    assert len(mbox_inbox.conversations) == 7
    assert mbox_inbox.message_count == 11
    assert mbox_inbox.warnings == [
        "inbox.mbox, message 10: no usable Date header; used the mbox envelope line",
        "inbox.mbox, message 12: no sender (From header missing or unreadable); skipped",
    ]


def test_reply_chain_is_one_conversation_rooted_at_first_message_id(mbox_inbox: Inbox) -> None:
    thread = conversation(mbox_inbox, "partner-1@brightpath.example")
    assert [m.id for m in thread.messages] == [
        "partner-1@brightpath.example",
        "reply-1@carter-studio.example",
        "partner-2@brightpath.example",
    ]
    assert thread.title == "Partnership idea for Q3"
    assert {m.conversation_id for m in thread.messages} == {thread.id}


def test_thread_whose_root_is_missing_is_named_after_the_referenced_root(mbox_inbox: Inbox) -> None:
    thread = conversation(mbox_inbox, "proposal-1@carter-studio.example")
    assert [m.sender.url for m in thread.messages] == ["m.ellis@ellis-consulting.example"]
    assert thread.title == "RE: Proposal review"


def test_message_without_threading_headers_joins_by_subject_and_participants(mbox_inbox: Inbox) -> None:
    threads = by_title(mbox_inbox, "Quick question about your rates")
    senders = sorted([m.sender.url for m in t.messages] for t in threads)
    # Tom's header-less follow-up joins his first mail; Ada's same subject stays apart.
    assert senders == [["ada@quill-press.example"], ["tom@fisher-media.example"] * 2]


def test_dates_are_aware_utc_and_messages_oldest_first(mbox_inbox: Inbox) -> None:
    thread = conversation(mbox_inbox, "partner-1@brightpath.example")
    assert thread.messages[0].date == datetime(2024, 3, 4, 8, 15, tzinfo=timezone.utc)
    for conv in mbox_inbox.conversations:
        dates = [m.date for m in conv.messages]
        assert dates == sorted(dates)
        assert all(d.utcoffset() is not None and d.utcoffset().total_seconds() == 0 for d in dates)


def test_missing_date_falls_back_to_envelope_line(mbox_inbox: Inbox) -> None:
    tom = by_title(mbox_inbox, "Quick question about your rates")
    follow_up = next(m for t in tom for m in t.messages if m.origin == "inbox.mbox, message 10")
    assert follow_up.date == datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)


# --- mbox: owner, people, direction ------------------------------------------------------------


def test_owner_is_inferred_from_received_mail(mbox_inbox: Inbox) -> None:
    assert mbox_inbox.owner.emails == [OWNER]
    assert (mbox_inbox.owner.first_name, mbox_inbox.owner.last_name) == ("Sam", "Carter")


def test_direction_follows_the_owner(mbox_inbox: Inbox) -> None:
    thread = conversation(mbox_inbox, "partner-1@brightpath.example")
    assert [m.direction for m in thread.messages] == [
        Direction.INBOUND,
        Direction.OUTBOUND,
        Direction.INBOUND,
    ]


def test_explicit_owner_overrides_inference() -> None:
    inbox = read_email(MBOX, me="Lena.Hoffmann@brightpath.example")
    assert inbox.owner.emails == ["lena.hoffmann@brightpath.example"]
    assert inbox.owner.first_name == "Lena"
    thread = conversation(inbox, "partner-1@brightpath.example")
    assert [m.direction for m in thread.messages] == [
        Direction.OUTBOUND,
        Direction.INBOUND,
        Direction.OUTBOUND,
    ]


def test_people_carry_display_name_and_lower_cased_address(mbox_inbox: Inbox) -> None:
    first = conversation(mbox_inbox, "partner-1@brightpath.example").messages[0]
    assert first.sender.name == "Lena Hoffmann"
    assert first.sender.url == "lena.hoffmann@brightpath.example"
    assert [p.url for p in first.recipients] == [OWNER]
    assert first.folder == "Inbox"


# --- mbox: bodies ------------------------------------------------------------------------------


def test_html_only_email_becomes_clean_text(mbox_inbox: Inbox) -> None:
    (message,) = conversation(mbox_inbox, "blast-7731@mail.leadrocket.example").messages
    assert "<p>" in message.raw
    assert "<" not in message.text and "color: #333" not in message.text
    assert "40+ meetings a month — on autopilot" in message.text
    assert "https://leadrocket.example/demo?u=7731" in message.text
    assert message.signature == "Cheers,\nDana\nGrowth Team"


def test_multipart_prefers_plain_text_and_lists_attachments(mbox_inbox: Inbox) -> None:
    (message,) = conversation(mbox_inbox, "invoice-march@northwind-logistics.example").messages
    assert message.attachments == ["invoice-2024-03.pdf"]
    assert "<p>" not in message.raw
    assert message.text == "Hi Sam,\n\nattached is the invoice for the March shipment of poster tubes."
    assert message.signature.splitlines()[1:] == ["Priya Nair", "Northwind Logistics"]


def test_german_reply_splits_at_am_schrieb(mbox_inbox: Inbox) -> None:
    thread = conversation(mbox_inbox, "termin-1@carter-studio.example")
    reply = thread.messages[1]
    assert reply.subject == "AW: Termin nächste Woche?"
    assert thread.title == "Termin nächste Woche?"
    assert reply.text == (
        "Hallo Sam,\n\nDienstag um 10 Uhr passt mir gut. "
        "Ich bringe die Skizzen für das neue Fahrwerk-Logo mit."
    )
    assert reply.signature == "Viele Grüße\nJonas"
    assert reply.quoted.startswith("Am 06.03.2024 um 14:02 schrieb Sam Carter")
    assert "Logo-Briefing" in reply.quoted


def test_outlook_original_message_is_quoted(mbox_inbox: Inbox) -> None:
    (message,) = conversation(mbox_inbox, "proposal-1@carter-studio.example").messages
    assert message.text.endswith("the rest is fine.\n\nMark")
    assert message.quoted.startswith("-----Original Message-----\nFrom: Sam Carter")
    assert "review the attached proposal" in message.quoted
    assert "review the attached proposal" in message.raw


def test_gmail_attribution_and_angle_quotes_are_quoted(mbox_inbox: Inbox) -> None:
    reply = conversation(mbox_inbox, "partner-1@brightpath.example").messages[1]
    assert reply.text == "Hi Lena,\n\ngood to hear from you. Thursday at 14:00 works for me.\n\nSam"
    assert reply.quoted.startswith("On Mon, 4 Mar 2024 at 09:15, Lena Hoffmann <")
    assert reply.quoted.endswith("> Would you have 20 minutes this week to talk about scope and budget?")


def test_content_with_angle_brackets_and_regards_mid_text_is_kept(mbox_inbox: Inbox) -> None:
    message = conversation(mbox_inbox, "partner-1@brightpath.example").messages[2]
    assert "went from 2k -> 5k copies, so a > b is no longer true" in message.text
    assert "Please give my regards to the team in Hamburg." in message.text
    assert message.quoted == ""
    assert message.signature == "--\nLena Hoffmann\nPartnerships Lead | Brightpath"


def test_sign_off_block_is_the_signature(mbox_inbox: Inbox) -> None:
    first = conversation(mbox_inbox, "partner-1@brightpath.example").messages[0]
    assert first.text.endswith("talk about scope and budget?")
    assert first.signature == "Best regards,\nLena Hoffmann\nPartnerships Lead | Brightpath\n+49 30 5550 1234"
    assert first.raw.count("\n") > first.text.count("\n")


# --- .eml folder and single files --------------------------------------------------------------


def test_eml_folder_is_read_recursively_and_threaded() -> None:
    inbox = read_email(EML_FOLDER)
    assert inbox.warnings == []
    assert inbox.owner.emails == [OWNER]
    intro = conversation(inbox, "intro-1@harbor-books.example")
    assert [m.origin for m in intro.messages] == ["inbox/01-intro.eml", "sent/02-reply.eml"]
    assert [m.direction for m in intro.messages] == [Direction.INBOUND, Direction.OUTBOUND]
    assert intro.messages[1].folder == "sent"
    assert intro.messages[1].signature == "Sent from my iPhone"
    assert intro.messages[0].signature == "Thanks,\nOlivia Grant\nArt Director, Harbor Books"


def test_latin1_html_with_windows_punctuation_decodes() -> None:
    inbox = read_email(EML_FOLDER)
    (message,) = conversation(inbox, "webinar-42@events.scalefast.example").messages
    assert message.text == (
        "Seats are filling up – register now and learn how to send 1,000 personalised "
        "emails a day.\n\nGrüße aus München"
    )
    assert message.recipients == []


def test_single_eml_file() -> None:
    inbox = read_email(EML_FOLDER / "inbox" / "01-intro.eml")
    assert inbox.message_count == 1
    assert inbox.conversations[0].title == 'Cover for "The Salt Road"'


def make_email(body: str, subject: str = "Hello", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = headers.pop("sender", "Ann Example <ann@example.org>")
    message["To"] = headers.pop("to", "Sam <sam@example.com>")
    message["Subject"] = subject
    message["Date"] = headers.pop("date", "Mon, 1 Apr 2024 10:00:00 +0000")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes(policy=SMTP)


def test_mbox_body_lines_starting_with_from_are_unescaped(tmp_path: Path) -> None:
    raw = make_email("Hi Sam,\n\nFrom here on it gets easier.\n").replace(
        b"\r\nFrom here", b"\r\n>From here"
    )
    mbox = tmp_path / "one.mbox"
    mbox.write_bytes(b"From ann@example.org Mon Apr 01 10:00:00 2024\n" + raw.replace(b"\r\n", b"\n"))
    (conv,) = read_email(mbox).conversations
    assert "From here on it gets easier." in conv.messages[0].text


def test_broken_charsets_and_raw_8bit_headers_do_not_crash(tmp_path: Path) -> None:
    raw = (
        b"From: J\xf6rg M\xfcller <joerg@example.de>\n"
        b"To: sam@example.com\n"
        b"Subject: Gr\xfc\xdfe \xff\xfe\n"
        b"Date: Tue, 2 Apr 2024 09:00:00 +0200\n"
        b"Content-Type: text/plain; charset=unknown-8bit\n"
        b"\n"
        b"Sch\xf6ne Gr\xfc\xdfe aus K\xf6ln\n"
    )
    (tmp_path / "weird.eml").write_bytes(raw)
    (message,) = read_email(tmp_path / "weird.eml").conversations[0].messages
    assert message.text == "Schöne Grüße aus Köln"
    assert message.sender.name.startswith("J") and message.sender.url == "joerg@example.de"
    assert "\udcf6" not in message.subject + message.sender.name


@pytest.mark.parametrize("charset", ["punycode", "idna", "rot13", "utf-7", "x-no-such-charset"])
def test_hostile_charset_labels_fall_back_to_a_sane_decoding(tmp_path: Path, charset: str) -> None:
    raw = (
        f"From: a@example.org\nTo: b@example.org\nSubject: =?{charset}?q?caf=E9?=\n"
        f"Date: Tue, 2 Apr 2024 09:00:00 +0200\nContent-Type: text/plain; charset={charset}\n\n"
    ).encode() + b"caf\xe9 cr\xe8me\n"
    (tmp_path / "m.eml").write_bytes(raw)
    (message,) = read_email(tmp_path / "m.eml").conversations[0].messages
    assert message.text == "café crème"
    assert message.subject == "café"


def test_message_with_bad_date_is_skipped_with_warning(tmp_path: Path) -> None:
    (tmp_path / "good.eml").write_bytes(make_email("Fine."))
    (tmp_path / "bad.eml").write_bytes(make_email("No date.", date="the day after tomorrow"))
    inbox = read_email(tmp_path)
    assert inbox.message_count == 1
    assert inbox.warnings == ["bad.eml: no usable Date header; skipped"]


def test_owner_ignores_a_prolific_sender_unless_mail_was_sent(tmp_path: Path) -> None:
    for n in range(3):
        news = make_email(f"Issue {n}", subject=f"News {n}", sender="news@list.example", to="me@home.example")
        (tmp_path / f"news{n}.eml").write_bytes(news)
    inbox = read_email(tmp_path)
    assert inbox.owner.emails == ["me@home.example"]
    assert all(c.messages[0].direction is Direction.INBOUND for c in inbox.conversations)


def test_duplicate_message_ids_are_read_once(tmp_path: Path) -> None:
    raw = make_email("Once.", Message_ID="<same@example.org>")
    (tmp_path / "a.eml").write_bytes(raw)
    (tmp_path / "b.eml").write_bytes(raw)
    inbox = read_email(tmp_path)
    assert inbox.message_count == 1
    assert inbox.warnings == [f"{tmp_path.name}: 1 duplicate message(s) (same Message-ID) skipped"]


# --- bad inputs --------------------------------------------------------------------------------


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_email(tmp_path / "nope.mbox")


def test_empty_mbox_is_an_input_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.mbox"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="no email messages"):
        read_email(empty)


def test_folder_without_eml_files_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("hello")
    with pytest.raises(InputError, match="no .eml files"):
        read_email(tmp_path)


def test_mbox_of_unusable_messages_is_an_input_error(tmp_path: Path) -> None:
    mbox = tmp_path / "junk.mbox"
    mbox.write_bytes(b"From x Mon Apr 01 10:00:00 2024\nno headers here\n\nFrom y Mon Apr 01 10:00:00 2024\n\n")
    with pytest.raises(InputError, match=r"none of the 2 messages could be read \(first: no mail headers\)"):
        read_email(mbox)


def test_single_file_that_is_not_an_email_is_an_input_error(tmp_path: Path) -> None:
    not_mail = tmp_path / "data.eml"
    not_mail.write_text('{"id": 1, "text": "json, not mail"}\n')
    with pytest.raises(InputError, match="data.eml: not a readable email: no sender"):
        read_email(not_mail)


# --- the dispatcher check ----------------------------------------------------------------------


def test_looks_like_email(tmp_path: Path) -> None:
    plain_mbox = tmp_path / "export"
    plain_mbox.write_bytes(b"From someone Mon Apr 01 10:00:00 2024\nSubject: x\n\nbody\n")
    other = tmp_path / "notes.txt"
    other.write_text("just notes")
    assert looks_like_email(MBOX)
    assert looks_like_email(EML_FOLDER)
    assert looks_like_email(EML_FOLDER / "sent" / "02-reply.eml")
    assert looks_like_email(plain_mbox)
    assert not looks_like_email(other)
    assert not looks_like_email(tmp_path / "missing.mbox")
    assert not looks_like_email(FIXTURES.parent / "jsonl")


def test_normalized_subject_drops_reply_prefixes() -> None:
    assert normalized_subject("Re: AW: Fwd:  Budget   2024") == "budget 2024"
    assert normalized_subject("RE[2]: WG: Budget 2024") == "budget 2024"
    assert normalized_subject("Regarding the budget") == "regarding the budget"


# --- quote and signature splitting -------------------------------------------------------------


def test_split_keeps_prose_that_looks_a_little_like_mail_furniture() -> None:
    body = (
        "Hi Anna,\n"
        "On Monday I wrote down three options:\n"
        "On 3 March we shipped 200 units and Anna wrote:\n"
        "From: our design team, a proposal\n"
        "Revenue went 10 -> 20, and 3 > 2.\n"
        "Kind regards to your team.\n"
        "Thanks\n"
        "See you Monday\n"
        "Bob"
    )
    assert split_reply(body).new == body


def test_split_keeps_a_closing_followed_by_more_prose() -> None:
    body = "Thanks,\nI looked at the draft and I have two questions.\nCan we talk tomorrow?\nBob"
    body = "Hi,\n\n" + body
    assert split_reply(body).signature == ""


def test_split_does_not_empty_a_message_that_is_only_a_closing() -> None:
    assert split_reply("Thanks!\nBob") == SplitBody("Thanks!\nBob", "", "")


def test_split_outlook_header_block_with_underscore_rule() -> None:
    body = (
        "Approved.\n\n"
        "________________________________\n"
        "From: Kim Park <kim@example.org>\n"
        "Sent: Tuesday, 2 April 2024 10:00\n"
        "To: Sam <sam@example.com>\n"
        "Subject: Budget\n\n"
        "Please approve the budget."
    )
    split = split_reply(body)
    assert split.new == "Approved."
    assert split.quoted.startswith("____") and split.quoted.endswith("Please approve the budget.")


def test_split_german_outlook_header() -> None:
    body = (
        "Erledigt.\n\n-----Ursprüngliche Nachricht-----\nVon: Kim Park\n"
        "Gesendet: Dienstag, 2. April 2024 10:00\nAn: Sam\nBetreff: Budget\n\nBitte freigeben."
    )
    split = split_reply(body)
    assert split.new == "Erledigt."
    assert split.quoted.endswith("Bitte freigeben.")


def test_split_inline_replies_keep_answers_between_quotes() -> None:
    body = (
        "On Tue, 2 Apr 2024 at 10:00, Kim <kim@example.org> wrote:\n"
        "> Can you do Friday?\n"
        "Yes, Friday works.\n"
        "> And the budget?\n"
        "Approved.\n"
        "-- \n"
        "Sam Carter\n"
    )
    split = split_reply(body)
    assert split.new == "Yes, Friday works.\nApproved."
    assert split.quoted.splitlines() == [
        "On Tue, 2 Apr 2024 at 10:00, Kim <kim@example.org> wrote:",
        "> Can you do Friday?",
        "> And the budget?",
    ]
    assert split.signature == "--\nSam Carter"


def test_split_mobile_footer_and_plain_body() -> None:
    assert split_reply("See you there.\n\nVon meinem iPhone gesendet").signature == "Von meinem iPhone gesendet"
    assert split_reply("Just text.\nMore text.") == SplitBody("Just text.\nMore text.", "", "")


# --- properties --------------------------------------------------------------------------------

MAIL_FURNITURE = [
    "> quoted line",
    ">",
    "On Tue, 2 Apr 2024 at 10:00, Kim <kim@example.org> wrote:",
    "Am 02.04.2024 um 10:00 schrieb Kim:",
    "-----Original Message-----",
    "From: Kim Park",
    "Sent: Tuesday",
    "To: Sam",
    "-- ",
    "--",
    "Best regards,",
    "Thanks",
    "Kim Park",
    "Head of Sales | Example GmbH",
    "Sent from my iPhone",
    "",
    "   ",
]
body_lines = st.lists(
    st.one_of(st.sampled_from(MAIL_FURNITURE), st.text(alphabet=st.characters(exclude_characters="\r\n"))),
    max_size=25,
)


def content_lines(text: str) -> Counter[str]:
    return Counter(line.rstrip() for line in text.split("\n") if line.strip())


@given(body_lines)
def test_split_never_loses_or_invents_a_line(lines: list[str]) -> None:
    body = "\n".join(lines)
    split = split_reply(body)
    parts = content_lines(split.new) + content_lines(split.quoted) + content_lines(split.signature)
    normalized = body.replace("\r\n", "\n").replace("\r", "\n")
    assert parts == content_lines(normalized)


printable_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=printable_text, subject=st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=60))
def test_generated_bodies_round_trip_without_errors(body: str, subject: str) -> None:
    raw = make_email(body, subject=subject)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.eml"
        path.write_bytes(raw)
        (conv,) = read_email(path).conversations
    (message,) = conv.messages
    assert message.sender.url == "ann@example.org"
    assert content_lines(message.text) <= content_lines(message.raw.replace("\r", "\n"))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_raise_anything_but_input_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, payload in (("x.eml", data), ("x.mbox", b"From a Mon Apr 01 10:00:00 2024\n" + data)):
            path = Path(folder) / name
            path.write_bytes(payload)
            try:
                read_email(path)
            except InputError:
                pass

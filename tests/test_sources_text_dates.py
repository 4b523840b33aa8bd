"""Shared reader helpers: date parsing and HTML-to-text."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unpitch.sources.dates import parse_date, parse_datetime
from unpitch.sources.text import html_to_text, tidy_whitespace

UTC = timezone.utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-06 12:13:14 UTC", datetime(2024, 5, 6, 12, 13, 14, tzinfo=UTC)),
        ("2024-05-06T12:13:14Z", datetime(2024, 5, 6, 12, 13, 14, tzinfo=UTC)),
        ("2024-05-06T14:13:14+02:00", datetime(2024, 5, 6, 12, 13, 14, tzinfo=UTC)),
        ("2024-05-06 12:13:14", datetime(2024, 5, 6, 12, 13, 14, tzinfo=UTC)),
        ("7/5/18, 9:12 AM", datetime(2018, 7, 5, 9, 12, tzinfo=UTC)),
        ("9/25/24, 8:52 PM", datetime(2024, 9, 25, 20, 52, tzinfo=UTC)),
        ("12/1/24, 12:05 AM", datetime(2024, 12, 1, 0, 5, tzinfo=UTC)),
        ("12/1/24, 12:05 PM", datetime(2024, 12, 1, 12, 5, tzinfo=UTC)),
        ("25/9/2024 08:52:09", datetime(2024, 9, 25, 8, 52, 9, tzinfo=UTC)),
        ("09 Sep 2024", datetime(2024, 9, 9, tzinfo=UTC)),
        ("  2024-05-06 12:13:14 UTC  ", datetime(2024, 5, 6, 12, 13, 14, tzinfo=UTC)),
    ],
)
def test_parse_datetime_shapes(value: str, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "value", ["", "yesterday", "2024-13-01 00:00:00 UTC", "13/13/24, 9:00 AM", "7/5/18, 13:12 PM"]
)
def test_parse_datetime_unknown_is_none(value: str) -> None:
    assert parse_datetime(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09 Sep 2024", date(2024, 9, 9)),
        ("9-Sep-24", date(2024, 9, 9)),
        ("9 September 2024", date(2024, 9, 9)),
        ("Sep 9, 2024", date(2024, 9, 9)),
        ("2024-09-09", date(2024, 9, 9)),
        ("9/10/24", date(2024, 9, 10)),
    ],
)
def test_parse_date_shapes(value: str, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "Sep 2024", "31-Feb-24", "9-Foo-24"])
def test_parse_date_unknown_is_none(value: str) -> None:
    assert parse_date(value) is None


@settings(max_examples=100)
@given(moment=st.datetimes(min_value=datetime(2003, 1, 1), max_value=datetime(2099, 12, 31)))
def test_linkedin_format_round_trips(moment: datetime) -> None:
    moment = moment.replace(microsecond=0)
    assert parse_datetime(moment.strftime("%Y-%m-%d %H:%M:%S UTC")) == moment.replace(tzinfo=UTC)


@settings(max_examples=200)
@given(value=st.text(max_size=40))
def test_parse_never_raises(value: str) -> None:
    parsed = parse_datetime(value)
    assert parsed is None or parsed.tzinfo is not None
    parse_date(value)


# --------------------------------------------------------------------------- text


def test_plain_text_fast_path_only_strips() -> None:
    assert html_to_text("  Hello,\n  world  ") == "Hello,\n  world"
    assert html_to_text("a\r\nb") == "a\nb"


def test_paragraphs_breaks_and_entities() -> None:
    raw = "<p>Hi&nbsp;Jane,</p><p>R&amp;D &lt;team&gt;<br>second line<br/>third</p>"
    assert html_to_text(raw) == "Hi Jane,\n\nR&D <team>\nsecond line\nthird"


def test_entities_without_tags_keep_line_breaks() -> None:
    assert html_to_text("Tom &amp; Ann\n\n\n\nsay hi") == "Tom & Ann\n\nsay hi"


def test_hidden_elements_and_comments_are_dropped() -> None:
    raw = "<style>p{color:red}</style><!-- tracking --><div>Visible</div><script>x()</script>"
    assert html_to_text(raw) == "Visible"


def test_links_keep_their_address() -> None:
    raw = (
        '<a href="https://cal.example/pitch?x=1&amp;y=2">Book a call</a> or '
        '<a href="https://a.example">https://a.example</a>'
    )
    expected = "Book a call (https://cal.example/pitch?x=1&y=2) or https://a.example"
    assert html_to_text(raw) == expected


def test_quoted_attribute_with_angle_bracket() -> None:
    assert html_to_text('<div title="a > b">kept</div>') == "kept"


def test_lone_angle_bracket_is_text() -> None:
    assert html_to_text("2 < 3 & <3") == "2 < 3 & <3"


def test_tidy_whitespace() -> None:
    assert tidy_whitespace(" a \t b \r\n\r\n\r\n\r\n c\u00a0 d ") == "a b\n\nc d"


_TAGS = st.sampled_from(["p", "div", "span", "b", "i", "a", "li", "ul", "em", "strong", "td"])
_ATTRIBUTES = st.sampled_from(["", ' class="x"', ' href="https://e.example/a"', " title='1>0'"])
_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&"), max_size=20
)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        if depth < 3 and draw(st.booleans()):
            tag = draw(_TAGS)
            attributes = draw(_ATTRIBUTES)
            parts.append(f"<{tag}{attributes}>{draw(_markup(depth + 1))}</{tag}>")
        elif draw(st.booleans()):
            parts.append(draw(st.sampled_from(["<br>", "<br/>", "<hr />", "&nbsp;", "&amp;"])))
        else:
            parts.append(draw(_WORDS))
    return "".join(parts)


@settings(max_examples=200)
@given(markup=_markup())
def test_html_to_text_never_returns_tags(markup: str) -> None:
    text = html_to_text(markup)
    assert re.search(r"</?[A-Za-z][^>]*>", text) is None
    assert "&nbsp;" not in text and "&amp;" not in text
    assert text == text.strip()

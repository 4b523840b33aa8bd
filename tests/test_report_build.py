"""The HTML report: time model, campaigns, charts, escaping and the `report` command."""

import json
import re
from html import unescape
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from typer.testing import CliRunner

from unpitch.cli import app
from unpitch.model import Conversation, Direction, Inbox, Message, Person, Profile
from unpitch.pipeline import Result, scan_inbox
from unpitch.report import build_report, report_html
from unpitch.report.campaigns import highlight_slots, template_of, top_campaigns
from unpitch.report.charts import Bar, bar_chart, month_chart
from unpitch.report.render import script_json
from unpitch.report.timecost import DEFAULT_ASK_MINUTES, MAX_ASK_MINUTES, PitchCost, asked_minutes, monthly, pitch_cost
from unpitch.scoring import Verdict
from unpitch.signals.base import Signal
from unpitch.sources import load_inbox

HOSTILE = Path(__file__).parent / "browser" / "hostile.jsonl"
MOMENT = datetime(2026, 3, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def hostile_scan():
    inbox = load_inbox(HOSTILE)
    return inbox, scan_inbox(inbox)


def _result(conversation_id: str, text: str, signals: list[Signal], kind: str = "sales_pitch", verdict: str = "junk") -> Result:
    sender = Person("Sam Seller", "sam@seller.example")
    owner = Person("Anna Owner", "anna@owner.example")
    message = Message(f"{conversation_id}-1", conversation_id, sender, [owner], datetime(2026, 1, 15, tzinfo=timezone.utc),
                      text, text, Direction.INBOUND)
    return Result(Conversation(conversation_id, messages=[message]), Verdict(verdict, kind, 0.9, signals, f"{verdict}."))


# --- time model -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "minutes"), [
    ("Open to a quick 15-minute call?", 15),
    ("Hätten Sie 10 Minuten für ein Telefonat?", 10),
    ("just 20 min of your time", 20),
    ("a 240 minute workshop", MAX_ASK_MINUTES),
    ("hop on a quick call?", DEFAULT_ASK_MINUTES),
])
def test_asked_minutes_reads_the_named_figure(text, minutes):
    assert asked_minutes([text]) == minutes


def test_pitch_cost_counts_reading_and_only_asks_with_a_time_signal():
    words = " ".join(["word"] * 230)
    asked = pitch_cost(MOMENT, [words + " a 30 minute call"], {"TIME_ASK"})
    silent = pitch_cost(MOMENT, [words + " a 30 minute call"], {"GENERIC_OPENER"})
    assert asked.month == "2026-03"
    assert asked.asked_minutes == 30 and silent.asked_minutes == 0
    assert 1.1 < asked.reading_minutes < 1.3  # 234 words at 230 wpm plus 10 s triage


def test_monthly_fills_empty_months_and_sums():
    cost = monthly([PitchCost("2025-11", 2, 15), PitchCost("2026-01", 1, 0), PitchCost("2025-11", 1, 10)])
    assert [m.month for m in cost.months] == ["2025-11", "2025-12", "2026-01"]
    assert cost.months[0].pitches == 2 and cost.months[0].total_minutes == 28
    assert cost.months[1].total_minutes == 0
    assert cost.total_minutes == 29 and cost.monthly_average_minutes == pytest.approx(29 / 3)
    assert monthly([]).months == []


# --- campaigns --------------------------------------------------------------------------------

def test_campaigns_group_by_the_quoted_template_and_read_stated_sizes():
    members = [
        ("c1", "Sam", 'family of 12 copies from 5 senders: "Hi {NAME}, I noticed {COMPANY} is growing"'),
        ("c2", "Kim", 'family of 12 copies from 5 senders: "Hi {NAME}, I noticed {COMPANY} is growing"'),
        ("c3", "Lee", "unquoted evidence of another family"),
    ]
    first, second = top_campaigns(members)
    assert first.template == "Hi {NAME}, I noticed {COMPANY} is growing"
    assert first.conversation_ids == ["c1", "c2"] and first.senders_here == {"Sam", "Kim"}
    assert (first.stated_size, first.stated_senders) == (12, 5)
    assert first.slots == ["{COMPANY}", "{NAME}"]
    assert second.template == "unquoted evidence of another family" and second.stated_size == 0


def test_campaign_detectors_wording_is_read():
    detail = 'one of 12 near-identical messages from 5 different senders in your inbox: "Hi {NAME}, quick one"'
    (campaign,) = top_campaigns([("c1", "Sam", detail)])
    assert (campaign.stated_size, campaign.stated_senders, campaign.template) == (12, 5, "Hi {NAME}, quick one")


def test_highlight_slots_escapes_everything_but_its_own_marks():
    html = str(highlight_slots('<b>Hi</b> {NAME} & "{COMPANY}"'))
    assert html == '&lt;b&gt;Hi&lt;/b&gt; <mark class="slot">{NAME}</mark> &amp; &#34;<mark class="slot">{COMPANY}</mark>&#34;'
    assert template_of('x "a" y "b"') == "b"


def test_report_shows_campaigns_when_signals_carry_them():
    signal = Signal("CAMPAIGN_MEMBER", 2.0, 'one of 40 copies from 9 senders: "Dear {NAME}, <i>grow</i> with us"')
    results = [_result("c1", "Dear Anna, grow with us", [signal]), _result("c2", "Dear Bo, grow with us", [signal])]
    html = report_html(Inbox(Profile("Anna"), [r.conversation for r in results]), results, MOMENT)
    section = html[html.index('id="campaigns-h"'): html.index('id="conversations"')]
    assert '<mark class="slot">{NAME}</mark>' in section and "&lt;i&gt;grow&lt;/i&gt;" in section
    assert "2 conversations here from 1 senders; family of 40 from 9 senders" in section


def test_report_without_campaign_signals_says_so(hostile_scan):
    inbox, results = hostile_scan
    assert "No campaign signals in this scan" in report_html(inbox, results, MOMENT)


# --- charts and escaping -----------------------------------------------------------------------

def test_bar_chart_escapes_labels_and_scales_to_the_largest():
    svg = str(bar_chart("c", "T <x>", [Bar("<script>", 10, "bar-junk"), Bar("b", 5, "bar-keep")]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths == [360.0, 180.0]


def test_month_chart_stacks_reading_under_asked():
    svg = str(month_chart("m", "minutes", monthly([PitchCost("2026-01", 10, 20)]).months))
    heights = [float(h) for h in re.findall(r'height="([\d.]+)"/>', svg)]
    assert heights == [60.0, 120.0]


@given(st.text())
def test_script_json_never_closes_the_script_element_and_round_trips(text):
    encoded = str(script_json({"t": text}))
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_hostile_messages_never_reach_the_page_as_markup(hostile_scan):
    inbox, results = hostile_scan
    html = report_html(inbox, results, MOMENT)
    assert html.count("<script") == 2  # the JSON data block and the report's own script
    assert "onerror=" not in html.replace("onerror=\\", "")  # only inside the escaped JSON string
    assert "<style>*{display:none" not in html and "<img" not in html
    assert "window.__pwned" in html  # the text is there, as data
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "script-src 'sha256-" in csp and "default-src 'none'" in csp


def test_report_data_ranks_by_score_and_drafts_only_pitches(hostile_scan):
    inbox, results = hostile_scan
    data = build_report(inbox, results, MOMENT)
    assert data.verdict_counts == {"keep": 2, "review": 0, "junk": 4}
    assert [row["s"] for row in data.rows] == sorted((row["s"] for row in data.rows), reverse=True)
    by_id = {row["id"]: row for row in data.rows}
    assert by_id["c-friend"]["r"] == [] and by_id["c-lead"]["r"] == []
    assert [language for language, _ in by_id["c-de"]["r"]] == ["de", "en"]
    # Four pitches in Jan and Feb 2026; those with a time signal ask 15, 20, 15 (no figure), 10 minutes.
    named = {"c-script": 15, "c-img": 20, "c-css": 15, "c-de": 10}
    asking = {r.conversation.id for r in results if {s.id for s in r.verdict.signals} & {"TIME_ASK", "CALENDAR_LINK"}}
    assert asking >= {"c-script", "c-de"}
    assert [m.month for m in data.time_cost.months] == ["2026-01", "2026-02"]
    assert sum(m.asked_minutes for m in data.time_cost.months) == sum(named[c] for c in asking)


# --- the command -------------------------------------------------------------------------------


def test_report_command_writes_one_offline_file(tmp_path):
    output = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(HOSTILE), "-o", str(output)])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    assert "Wrote the report for 6 conversations" in result.output
    assert not re.search(r'(src|href)="https?://', html)  # nothing loads from the network
    assert "Estimate model." in html


def test_report_command_names_a_missing_output_folder(tmp_path):
    result = CliRunner().invoke(app, ["report", str(HOSTILE), "-o", str(tmp_path / "nope" / "r.html")])
    assert result.exit_code == 2
    assert "nope" in result.output and "does not exist" in result.output

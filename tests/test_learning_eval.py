"""eval-online: TREC metrics computed by hand on tiny streams, stream readers, the SVG plot."""

import json
import math

import numpy as np
import pytest
from hypothesis import given, strategies as st

from unpitch.errors import InputError
from unpitch.learning.evaluate import curve_svg, lam_pct, metrics, read_stream, roc_area, run_online


def test_metrics_of_a_tiny_stream_match_the_hand_computation():
    # 4 ham, 2 spam. Ham scores: -2, -1, 0.5 (wrong), -3; spam: 1 (right), -0.5 (wrong).
    truth = np.array([False, False, True, False, True, False])
    scores = np.array([-2.0, -1.0, 1.0, 0.5, -0.5, -3.0])
    result = metrics(truth, scores)
    assert result.messages == 6
    assert result.accuracy == pytest.approx(4 / 6)
    assert result.ham_misclassified_pct == pytest.approx(25.0)
    assert result.spam_misclassified_pct == pytest.approx(50.0)
    # lam = logit^-1((logit(.25) + logit(.5)) / 2) = logit^-1(-ln(3)/2) = 1 / (1 + sqrt(3))
    assert result.lam_pct == pytest.approx(100 / (1 + math.sqrt(3)))
    # Pairs (spam, ham) where spam outscores ham: spam 1.0 beats all 4; spam -0.5 beats -2, -1, -3: 7 of 8.
    assert result.one_minus_roca_pct == pytest.approx(100 * (1 - 7 / 8))


def test_roc_area_counts_ties_as_half():
    assert roc_area(np.array([True, False]), np.array([0.0, 0.0])) == pytest.approx(0.5)


def test_lam_treats_a_perfect_class_as_half_an_error():
    assert 0 < lam_pct(0, 100, 0, 10) < 5


def test_learning_curve_ends_at_the_overall_error():
    truth = np.array([True, False] * 50)
    scores = np.where(np.arange(100) < 10, -1.0, np.where(truth, 1.0, -1.0))
    result = metrics(truth, scores)
    assert result.curve[-1][0] == 100
    assert result.curve[-1][1] == pytest.approx(100 * (1 - result.accuracy))
    assert result.curve[0][2] > result.curve[-1][2]


def test_jsonl_stream_is_read_in_date_order_and_learns(tmp_path):
    rows = []
    for i in range(60):
        junk = i % 3 == 0
        text = f"WIN a free prize now, call 0900{i:04d} to claim" if junk else f"see you at lunch at {i % 12} ok"
        rows.append({"id": f"m{i}", "text": text, "label": "junk" if junk else "keep", "date": f"2024-01-{1 + (59 - i) % 28:02d}T10:{i:02d}:00Z"})
    stream = tmp_path / "stream.jsonl"
    stream.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    messages = read_stream(stream)
    assert [m.date for m in messages] == sorted(m.date for m in messages)
    result, scores = run_online(messages)
    assert result.messages == 60 and len(scores) == 60
    # After a few labels the two obvious kinds separate.
    assert result.curve[-1][2] == 0.0


def test_tsv_stream_keeps_quotes_and_file_order(tmp_path):
    stream = tmp_path / "sms.tsv"
    stream.write_text('ham\tHe said "ok" then left\nspam\tFREE "prize" txt 80080\n', encoding="utf-8")
    messages = read_stream(stream)
    assert [(m.junk, m.text) for m in messages] == [(False, 'He said "ok" then left'), (True, 'FREE "prize" txt 80080')]


@pytest.mark.parametrize(
    "content, problem",
    [
        ("ham no tab here\n", "row 1: expected label<TAB>text"),
        ("maybe\thello\n", "row 1: label must be"),
        ('{"text": "hi", "label": "spam"}\n{"text": 3}\n', "row 2:"),
        ('{"text": "hi", "label": "spam", "date": "yesterday"}\n', "row 1: date must be ISO 8601"),
        ("", "no labelled messages"),
    ],
)
def test_bad_streams_give_one_clear_error_naming_file_and_row(tmp_path, content, problem):
    stream = tmp_path / "bad.txt"
    stream.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_stream(stream)
    assert str(stream) in str(error.value) and problem in str(error.value)


@given(st.lists(st.tuples(st.sampled_from(["ham", "spam"]), st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40)), min_size=1, max_size=20))
def test_tsv_reader_round_trips_any_text(tmp_path_factory, rows):
    stream = tmp_path_factory.mktemp("h") / "s.tsv"
    stream.write_text("".join(f"{label}\t{text}\n" for label, text in rows), encoding="utf-8")
    kept = [(label, text) for label, text in rows]
    read = read_stream(stream) if any(True for _ in kept) else []
    assert [(("spam" if m.junk else "ham"), m.text) for m in read] == [(l, t) for l, t in kept]


def test_svg_plot_is_well_formed(tmp_path):
    truth = np.array([True, False, False, True] * 10)
    svg = curve_svg(metrics(truth, np.where(truth, 1.0, -1.0)), "tiny <stream>")
    assert svg.startswith("<svg") and svg.count("<polyline") == 2 and "tiny &lt;stream&gt;" in svg

"""Verdicts on the labelled corpus: thresholds that fail on a regression.

``corpus/heldout`` holds three personas written by a writer who never saw the rest, and never
used to tune signals or weights; ``corpus/dev`` the thirteen that were; ``corpus/dev2``,
``corpus/dev3`` to ``corpus/dev7`` three each, written blind in session 2, measured once and then
used for development; ``corpus/heldout8`` three more, still blind. Thresholds sit a little
below the measured figures recorded in the README, so that a regression fails.
"""

from pathlib import Path

import pytest

from unpitch.evaluation import Evaluation, evaluate, read_labels
from unpitch.pipeline import scan_inbox
from unpitch.sources import load_inbox

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def evaluate_folder(folder: Path) -> tuple[Evaluation, list]:
    total, junk_results = Evaluation(), []
    for labels in sorted(folder.glob("*/labels.csv")):
        results = scan_inbox(load_inbox(labels.parent))
        total.merge(evaluate(read_labels(labels), results))
        junk_results += [r for r in results if r.verdict.verdict == "junk"]
    return total, junk_results


@pytest.fixture(scope="module")
def heldout():
    return evaluate_folder(CORPUS / "heldout")


@pytest.fixture(scope="module")
def dev():
    return evaluate_folder(CORPUS / "dev")


@pytest.fixture(scope="module")
def dev2():
    return evaluate_folder(CORPUS / "dev2")


@pytest.fixture(scope="module")
def dev3():
    return evaluate_folder(CORPUS / "dev3")


@pytest.fixture(scope="module")
def dev4():
    return evaluate_folder(CORPUS / "dev4")


@pytest.fixture(scope="module")
def dev5():
    return evaluate_folder(CORPUS / "dev5")


@pytest.fixture(scope="module")
def dev6():
    return evaluate_folder(CORPUS / "dev6")


@pytest.fixture(scope="module")
def dev7():
    return evaluate_folder(CORPUS / "dev7")


@pytest.fixture(scope="module")
def heldout8():
    return evaluate_folder(CORPUS / "heldout8")


def test_corpus_is_large_and_every_label_matches_a_conversation(heldout, dev):
    assert heldout[0].conversations + dev[0].conversations >= 800
    assert not heldout[0].unmatched_labels and not dev[0].unmatched_labels


def test_heldout_thresholds(heldout):
    evaluation, _ = heldout
    assert evaluation.junk_recall >= 0.92
    assert evaluation.junk_precision >= 0.94
    assert evaluation.genuine_marked_junk <= 0.01
    assert evaluation.wanted_not_junk >= 0.9


def test_dev_thresholds(dev):
    evaluation, _ = dev
    assert evaluation.junk_recall >= 0.91
    assert evaluation.junk_precision >= 0.98
    assert evaluation.genuine_marked_junk <= 0.005
    assert evaluation.wanted_not_junk >= 0.98


@pytest.mark.parametrize("split", ["dev2", "dev3"])
def test_blind_written_dev_splits_thresholds(split, request):
    evaluation, _ = request.getfixturevalue(split)
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= 0.91
    assert evaluation.junk_precision >= 0.97
    assert evaluation.genuine_marked_junk == 0
    assert evaluation.wanted_not_junk >= 0.95


def test_dev4_thresholds(dev4):
    # Its tailored pitches are among the hardest of the corpus: the figure to raise.
    evaluation, _ = dev4
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= 0.94
    assert evaluation.junk_precision >= 0.9
    assert evaluation.genuine_marked_junk == 0
    assert evaluation.wanted_not_junk >= 0.84


def test_dev5_thresholds(dev5):
    evaluation, _ = dev5
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= 0.92
    assert evaluation.junk_precision >= 0.93
    assert evaluation.genuine_marked_junk == 0
    assert evaluation.wanted_not_junk >= 0.85


def test_dev6_thresholds(dev6):
    evaluation, _ = dev6
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= 0.86
    assert evaluation.junk_precision >= 0.9
    assert evaluation.genuine_marked_junk <= 0.01
    assert evaluation.wanted_not_junk >= 0.86


def test_dev7_thresholds(dev7):
    evaluation, _ = dev7
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= 0.93
    assert evaluation.junk_precision >= 0.94
    assert evaluation.genuine_marked_junk == 0
    assert evaluation.wanted_not_junk >= 0.85


def test_heldout8_thresholds(heldout8):
    # Still blind (only these summary figures were read): a regression guard, not a tuning target.
    evaluation, _ = heldout8
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= 0.93
    assert evaluation.junk_precision >= 0.88
    assert evaluation.genuine_marked_junk <= 0.01
    assert evaluation.wanted_not_junk >= 0.66


def test_every_junk_verdict_explains_itself_with_quoted_evidence(heldout, dev, dev2, dev3, dev4, dev5, dev6, dev7, heldout8):
    for result in heldout[1] + dev[1] + dev2[1] + dev3[1] + dev4[1] + dev5[1] + dev6[1] + dev7[1] + heldout8[1]:
        reasons = [s for s in result.verdict.signals if s.points > 0]
        assert reasons and any('"' in s.detail for s in reasons), result.conversation.id
        assert result.verdict.summary.startswith("Junk:")

"""Verdicts on the labelled corpus: thresholds that fail on a regression.

``corpus/heldout`` holds three personas written by a writer who never saw the rest, and never
used to tune signals or weights; ``corpus/dev`` the thirteen that were; ``corpus/dev2`` to
``corpus/dev7`` three each, written blind in session 2, measured once and then used for
development (``corpus/dev8`` to ``corpus/dev11`` likewise in session 3, ``corpus/dev12`` to
``corpus/dev25`` in session 4, ``corpus/dev26`` to ``corpus/dev46`` in session 5). ``corpus/heldout8``, ``corpus/heldout9``, ``corpus/heldout11``,
``corpus/heldout12``, ``corpus/heldout14`` and ``corpus/heldout16`` three more each, blind until
session 4 read some of their misses (so they are development sets in all but name). The intent
model trains on every ``corpus/dev*`` split (``training/corpus_messages.py``), never on ``heldout*``.
The sets written blind in session 5 and measured once after its last change to detection are the
honest estimate (see the README). Thresholds sit a little below the measured figures recorded in the README, so that a
regression fails.
"""

from functools import cache
from pathlib import Path

import pytest

from unpitch.evaluation import Evaluation, evaluate, read_labels
from unpitch.pipeline import scan_inbox
from unpitch.sources import load_inbox

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

#: split -> (junk recall >=, junk precision >=, genuine marked junk <=, wanted pitches not junk >=)
THRESHOLDS = {
    "heldout": (0.96, 0.96, 0.01, 0.95),
    "dev": (0.93, 0.98, 0.005, 0.98),
    "dev2": (0.95, 0.97, 0.0, 0.95),
    "dev3": (0.94, 0.98, 0.0, 0.97),
    # dev4 to dev7: their tailored pitches are the hardest of the corpus, the figure to raise.
    # Session 5's intent model is surer of their pitches; two tailored ones more reach junk.
    "dev4": (0.95, 0.97, 0.0, 0.93),
    "dev5": (0.94, 0.96, 0.0, 0.92),
    "dev6": (0.94, 0.95, 0.01, 0.92),
    "dev7": (0.95, 0.94, 0.0, 0.83),
    "heldout8": (0.93, 0.92, 0.01, 0.83),
    "heldout9": (0.92, 0.93, 0.0, 0.83),
    # Session 3: dev8 to dev11 written blind as heldout10, heldout13, heldout15 and heldout17, then
    # read; heldout11, heldout12, heldout14 and heldout16 still blind.
    "dev8": (0.92, 0.97, 0.0, 0.95),
    "dev9": (0.93, 0.97, 0.0, 0.95),
    "dev10": (0.95, 0.97, 0.0, 0.94),
    "dev11": (0.91, 0.96, 0.0, 0.92),
    "heldout11": (0.93, 0.97, 0.0, 0.94),
    "heldout12": (0.96, 0.97, 0.0, 0.95),
    "heldout14": (0.94, 0.97, 0.0, 0.94),
    "heldout16": (0.91, 0.97, 0.0, 0.94),
    # Session 4: dev12 and dev13 written blind as heldout18 and heldout19, measured once, then read.
    "dev12": (0.97, 0.98, 0.0, 0.95),
    "dev13": (0.97, 0.98, 0.0, 0.95),
    # dev14 to dev16 written blind as heldout20 to heldout22 in session 4, measured once, then read.
    "dev14": (0.96, 0.98, 0.0, 0.95),
    "dev15": (0.94, 0.96, 0.0, 0.92),
    "dev16": (0.93, 0.98, 0.0, 0.95),
    # dev17 to dev19 written blind as heldout23 to heldout25 in session 4, measured once, then read.
    "dev17": (0.94, 0.98, 0.0, 0.95),
    "dev18": (0.93, 0.98, 0.0, 0.95),
    "dev19": (0.91, 0.98, 0.0, 0.95),
    # dev20 to dev22 written blind as heldout26 to heldout28 late in session 4, measured once, then read.
    "dev20": (0.92, 0.98, 0.0, 0.95),
    "dev21": (0.97, 0.98, 0.0, 0.95),
    "dev22": (0.89, 0.98, 0.0, 0.95),
    # dev23 to dev25 written blind as heldout29 to heldout31 late in session 4, measured once, then read.
    "dev23": (0.94, 0.98, 0.0, 0.95),
    "dev24": (0.94, 0.98, 0.0, 0.95),
    "dev25": (0.94, 0.98, 0.0, 0.95),
    # dev26 to dev28 written blind as heldout32 to heldout34 after session 4's last change, measured
    # once; dev29 to dev31 written blind as heldout35 to heldout37 in session 5; then read.
    "dev26": (0.97, 0.98, 0.0, 0.95),
    "dev27": (0.97, 0.98, 0.0, 0.95),
    "dev28": (0.97, 0.98, 0.0, 0.95),
    "dev29": (0.97, 0.98, 0.0, 0.95),
    "dev30": (0.97, 0.98, 0.0, 0.95),
    "dev31": (0.95, 0.98, 0.0, 0.95),
    # dev32 to dev37 written blind as heldout38 to heldout43 in session 5, measured once, then read.
    "dev32": (0.95, 0.98, 0.0, 0.95),
    "dev33": (0.94, 0.98, 0.0, 0.95),
    "dev34": (0.97, 0.98, 0.0, 0.95),
    "dev35": (0.95, 0.95, 0.0, 0.9),
    "dev36": (0.92, 0.98, 0.0, 0.95),
    "dev37": (0.95, 0.98, 0.0, 0.95),
    # dev38 to dev43 written blind as heldout44 to heldout49 in session 5, measured once, then read.
    "dev38": (0.97, 0.97, 0.0, 0.93),
    "dev39": (0.97, 0.98, 0.0, 0.95),
    "dev40": (0.97, 0.98, 0.0, 0.95),
    "dev41": (0.97, 0.98, 0.0, 0.95),
    "dev42": (0.93, 0.98, 0.0, 0.95),
    "dev43": (0.96, 0.98, 0.0, 0.95),
    # dev44 to dev46 written blind as heldout50 to heldout52 in session 5, measured once, then read.
    "dev44": (0.97, 0.97, 0.0, 0.95),
    "dev45": (0.97, 0.98, 0.0, 0.95),
    "dev46": (0.97, 0.98, 0.0, 0.95),
    # Written after session 5's last change to detection and measured once (blind: guards, not targets).
    "heldout53": (0.96, 0.98, 0.0, 0.95),
    "heldout54": (0.96, 0.96, 0.0, 0.9),
    "heldout55": (0.98, 0.98, 0.0, 0.95),
}


@cache
def evaluated(split: str) -> tuple[Evaluation, tuple]:
    """The split's evaluation and its junk results, computed once per test session."""
    total, junk_results = Evaluation(), []
    for labels in sorted((CORPUS / split).glob("*/labels.csv")):
        results = scan_inbox(load_inbox(labels.parent))
        total.merge(evaluate(read_labels(labels), results))
        junk_results += [r for r in results if r.verdict.verdict == "junk"]
    return total, tuple(junk_results)


def test_corpus_is_large():
    assert sum(evaluated(split)[0].conversations for split in THRESHOLDS) >= 800


@pytest.mark.parametrize("split", sorted(THRESHOLDS))
def test_split_thresholds(split):
    recall, precision, genuine_junk, wanted = THRESHOLDS[split]
    evaluation, _ = evaluated(split)
    assert not evaluation.unmatched_labels
    assert evaluation.junk_recall >= recall
    assert evaluation.junk_precision >= precision
    assert evaluation.genuine_marked_junk <= genuine_junk
    assert evaluation.wanted_not_junk >= wanted


@pytest.mark.parametrize("split", sorted(THRESHOLDS))
def test_every_junk_verdict_explains_itself_with_quoted_evidence(split):
    for result in evaluated(split)[1]:
        reasons = [s for s in result.verdict.signals if s.points > 0]
        assert reasons and any('"' in s.detail for s in reasons), result.conversation.id
        assert result.verdict.summary.startswith("Junk:")

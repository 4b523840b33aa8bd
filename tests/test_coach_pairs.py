"""The pairwise target: a rewrite that adds specific, relevant facts scores higher than the generic
draft in >= 95% of pairs, and the generic draft is junk to a recipient it is irrelevant to.

tests/fixtures/coach/pairs.jsonl: one pair per line (English and German, many trades), naming the
recipient the rewrite is written for and a mismatched recipient, both in recipients.json.
"""

import json
from pathlib import Path

import pytest

from unpitch.coach import coach, profile_from_json

FIXTURES = Path(__file__).parent / "fixtures" / "coach"
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def outcomes():
    recipients = {key: profile_from_json(value, key)
                  for key, value in json.loads((FIXTURES / "recipients.json").read_text(encoding="utf-8")).items()}
    pairs = [json.loads(line) for line in (FIXTURES / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for pair in pairs:
        recipient, mismatch = recipients[pair["recipient"]], recipients[pair["mismatch"]]
        results.append((pair, coach(pair["generic"], recipient), coach(pair["rewrite"], recipient), coach(pair["generic"], mismatch)))
    return results


def test_the_set_is_big_and_bilingual(outcomes):
    languages = [pair["lang"] for pair, *_ in outcomes]
    assert len(outcomes) >= 40
    assert languages.count("en") >= 15 and languages.count("de") >= 15
    assert len({pair["recipient"] for pair, *_ in outcomes}) >= 12


def test_rewrites_score_higher_in_at_least_95_percent(outcomes):
    losers = [pair["id"] for pair, generic, rewrite, _ in outcomes if rewrite.score <= generic.score]
    assert 1 - len(losers) / len(outcomes) >= THRESHOLD, losers


def test_generic_drafts_are_junk_to_an_irrelevant_recipient(outcomes):
    not_junk = [pair["id"] for pair, _, _, mismatched in outcomes if mismatched.verdict != "junk"]
    assert 1 - len(not_junk) / len(outcomes) >= THRESHOLD, not_junk


def test_rewrites_mostly_pass_the_homework_check_generic_drafts_never(outcomes):
    passed = lambda result: {c.id: c.passed for c in result.checks}["generic_sentences"]  # noqa: E731
    assert sum(passed(rewrite) for _, _, rewrite, _ in outcomes) / len(outcomes) >= 0.9
    assert not any(passed(generic) for _, generic, _, _ in outcomes)

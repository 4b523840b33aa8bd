"""Batched masking (unpitch.campaigns.batch) gives exactly what masking one message at a time gives."""

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unpitch.campaigns import batch as batch_module
from unpitch.campaigns.batch import SENTINEL, mask_messages
from unpitch.campaigns.courtesy import batch_traits, message_traits
from unpitch.campaigns.fingerprint import MinHasher
from unpitch.campaigns.masking import COMPANY, DATE, NAME, mask_message

ROOT = Path(__file__).resolve().parents[1]


def _per_message(texts, recipients, senders):
    return [mask_message(t, r, s) for t, r, s in zip(texts, recipients, senders)]


def _assert_same(texts, recipients, senders):
    batch = mask_messages(texts, recipients, senders)
    expected = _per_message(texts, recipients, senders)
    assert batch.words(range(len(texts))) == expected
    distinctive, courtesy = batch_traits(batch)
    traits = [message_traits(keys) for keys in expected]
    assert distinctive.tolist() == [t[0] for t in traits]
    assert courtesy.tolist() == [t[1] for t in traits]
    hasher = MinHasher()
    assert np.array_equal(hasher.signatures_of_hashes(batch.word_hashes(), batch.lengths), hasher.signatures(expected))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("campaign_corpus", ROOT / "bench" / "campaign_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["campaign_corpus"] = module
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("batch") / "corpus.jsonl"
    module.write_corpus(path, 3000, seed=11)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r["text"] for r in rows], [r["recipient"] for r in rows], [r["sender"] for r in rows]


def test_generated_corpus_masks_alike(generated):
    texts, recipients, senders = generated
    for start in range(0, len(texts), 700):  # several batches: later ones reuse what earlier ones learnt
        _assert_same(texts[start : start + 700], recipients[start : start + 700], senders[start : start + 700])


def test_memo_reset_between_batches_changes_nothing(generated, monkeypatch):
    monkeypatch.setattr(batch_module, "_MEMO_LIMIT", 50)
    texts, recipients, senders = (column[:300] for column in generated)
    for start in range(0, 300, 100):
        _assert_same(texts[start : start + 100], recipients[start : start + 100], senders[start : start + 100])


def test_crafted_context_rules():
    texts = [
        "Hi Anna Berger, we met ProzessWerk GmbH AG in Berlin on October 4 5 and 3 June.",
        "Sehr geehrter Herr Dr. Wellhöfer, wir von Nord Bau GmbH melden uns.",
        "Hello there - Anna, quick one: https://x.example/a?b=1 and mail a@b.example",
        "Hey Team, thanks for connecting!",
        "x" * 117 + " - Anna Berger is here",  # a spaced dash ending at character 120
        "Hi " + "x" * 115 + " - Anna Berger is here",  # ... and one reaching past it
        "Hi Anna -",  # a dash at the very end is no head end
        "",
        "Dear _company_ Stone, welcome to Foo GmbH",  # a name word that is a placeholder key
        "Hi Anna\u00a0Berger,\u2009we (really) “like” «this» … 2025-03-04",
        "Hi Anna Dr Zed, a title after the name is part of it",
        "So yes we hi Anna, a greeting as fourth word opens nothing",
        "We met at the Nord",  # a legal form opening the next message starts its own company
        "GmbH rocks and so on 12",
        "October is here",  # a number ending the previous message is not part of this date
        "Das ist sehr",
        "We meet in October",
        "12 of us will come",  # a number opening a message does not extend the last one's date
    ]
    recipients = ["Anna Berger", "Jan Wellhöfer", "Anna", "Ben", "Anna Berger", "Anna Berger", "Anna", ""]
    recipients += ["_company_ Stone", "Anna Berger"] + ["X"] * 8
    senders = ["Bob Stone", "Nord Bau", "Bob", "Carla", "Bob", "Bob", "Bob", "Bob", "Foo", "Bob"] + ["Y"] * 8
    _assert_same(texts, recipients, senders)
    words = mask_messages(texts, recipients, senders).words([0, 1])
    assert words[0][:2] == ["hi", NAME] and DATE in words[0] and COMPANY in words[0]
    assert words[1][:5] == ["sehr", "geehrter", "herr", "dr", NAME]


def test_texts_holding_the_sentinel_are_masked_one_by_one():
    texts = ["Hi Anna, a\x00b c", "Hi Ben " + SENTINEL + " we help logistics teams"]
    _assert_same(texts, ["Anna", "Ben"], ["Bob", "Bob"])


def test_empty_batch():
    batch = mask_messages([], [], [])
    assert len(batch) == 0 and batch.words([]) == []


_FRAGMENTS = [
    "Hi", "hello", "Dear", "Sehr", "geehrte", "Herr", "Dr.", "Anna", "Berger", "ben", "Team", "GmbH", "AG", "inc",
    "Nord", "InsightBridge", "October", "4th", "12", "03.05.2025", "$5k", "https://a.example/x", "www.b.de",
    "a@b.example", "thanks", "for", "connecting", "we", "help", "_company_", "_name_", "-", "–", "—", ":", "://",
    "(", ")", "“", "”", "…", "Frau", "the", "team", "Welcome", "to", "congrats",
]
_GLUE = st.sampled_from([" ", "  ", ", ", "! ", "\n", " - ", "\u00a0", "", ": ", "\t", " – "])
_TEXTS = st.lists(st.tuples(st.sampled_from(_FRAGMENTS), _GLUE), max_size=40).map(
    lambda parts: "".join(word + glue for word, glue in parts)
)
_NAME_WORDS = ["Anna", "Berger", "Ben", "Nord", "_company_", "Dr.", "Team", ""]
_PEOPLE = st.lists(st.sampled_from(_NAME_WORDS), max_size=3).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.one_of(_TEXTS, st.text(max_size=140)), _PEOPLE, _PEOPLE), max_size=8))
def test_random_batches_mask_alike(messages):
    texts, recipients, senders = (list(column) for column in zip(*messages)) if messages else ([], [], [])
    _assert_same(texts, recipients, senders)


def test_lone_surrogates_from_json_escapes_are_hashed_not_fatal():
    # json.loads turns "\ud800" into a lone surrogate, which strict UTF-8 cannot encode.
    texts = ["Hi Anna, we help \ud800 logistics teams book more meetings", "Hi Ben, we help \ud800 logistics teams"]
    _assert_same(texts, ["Anna", "Ben"], ["Bob", "Bob"])

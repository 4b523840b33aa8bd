"""training/corpus_messages.py: message-level examples derived from labelled conversations."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from corpus_messages import _BUYER_CATEGORY, as_rows, corpus_examples, dev_splits  # noqa: E402

from unpitch.evaluation import read_labels  # noqa: E402
from unpitch.sources import load_inbox  # noqa: E402

PERSONA = ROOT / "corpus" / "dev" / "de-tax-advisor-cologne"


def _everything_sells(texts: list[str]) -> list[dict[str, float]]:
    return [{"sell": 0.6, "recruit": 0.3, "network": 0.1, "buy": 0.0, "none": 0.0} for _ in texts]


def test_only_dev_splits_are_read():
    splits = dev_splits(ROOT / "corpus")
    assert splits and all(split.name.startswith("dev") for split in splits)


def test_each_pitch_gives_one_message_and_buyers_give_none(tmp_path):
    split = tmp_path / "devX"
    split.mkdir()
    (split / PERSONA.name).symlink_to(PERSONA, target_is_directory=True)
    examples = corpus_examples([split], _everything_sells)
    labels = read_labels(PERSONA / "labels.csv")
    pitches = [label for label in labels if label.label != "genuine"]
    assert sum(1 for _, label in examples if label != "none") == len(pitches)
    assert {label for _, label in examples} <= {"sell", "recruit", "network", "none"}
    # A genuine conversation whose category names a buyer mixes "buy" and "none" lines: left out.
    conversations = {c.id: c for c in load_inbox(PERSONA).conversations}
    buyers = [label for label in labels if label.label == "genuine" and _BUYER_CATEGORY.search(label.category)]
    assert buyers
    none_texts = {text for text, label in examples if label == "none"}
    for label in buyers:
        assert not {m.text.strip() for m in conversations[label.conversation_id].inbound_messages} & none_texts


def test_campaign_copies_count_once():
    rows = list(as_rows([("Same template", "sell"), ("Same template", "sell"), ("Other", "none")]))
    assert rows == [("Same template", "sell"), ("Other", "none")]

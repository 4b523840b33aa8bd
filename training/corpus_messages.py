"""Message-level training examples derived from the labelled conversation corpus (``corpus/dev*``).

The corpus labels conversations, the intent model reads messages, so each conversation gives:

- ``junk`` / ``wanted_pitch``: its one inbound message that a model trained on the hand-written
  files alone finds most pitch-like (in a connect-then-pitch thread that is the pitch, not the
  small talk before it). Its class is ``network`` for a "like-minded" category, ``recruit`` for a
  recruiter's (not an MLM "recruiting" scheme), otherwise whichever pitch class that model favours.
- ``genuine``: up to ``GENUINE_MESSAGES_PER_CONVERSATION`` inbound messages as ``none``, except in
  conversations whose category says somebody asks to buy, book or get a quote: those hold ``buy``
  and ``none`` lines that a conversation label cannot tell apart, so they are left out.

Only ``corpus/dev*`` splits are read: ``corpus/heldout*`` stay unseen, for measuring.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from unpitch.evaluation import read_labels
from unpitch.sources import load_inbox

PITCH_CLASSES = ("sell", "recruit", "network")
GENUINE_MESSAGES_PER_CONVERSATION = 3
MIN_WORDS = 3
_NETWORK_CATEGORY = re.compile(r"like_minded|networking|gleichgesinnt")
_RECRUIT_CATEGORY = re.compile(r"recruit|headhunt")
_NOT_A_JOB = re.compile(r"mlm|financial|scheme|tool|software|platform")
_BUYER_CATEGORY = re.compile(r"lead|quote|inquir|anfrage|order|book|buy|rfq|request|angebot|kauf|customer|client")

#: Probabilities of every class for a list of texts, from the hand-written-files model.
Classifier = Callable[[list[str]], list[dict[str, float]]]


def dev_splits(corpus: Path) -> list[Path]:
    return sorted(path for path in corpus.glob("dev*") if path.is_dir())


def corpus_examples(splits: list[Path], classify: Classifier) -> list[tuple[str, str]]:
    """(text, class) pairs from every labelled persona under ``splits``."""
    examples: list[tuple[str, str]] = []
    for labels_file in sorted(path for split in splits for path in split.glob("*/labels.csv")):
        examples += _persona_examples(labels_file, classify)
    return examples


def _persona_examples(labels_file: Path, classify: Classifier) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        inbox = load_inbox(labels_file.parent)
    conversations = {conversation.id: conversation for conversation in inbox.conversations}
    examples: list[tuple[str, str]] = []
    for label in read_labels(labels_file):
        conversation = conversations.get(label.conversation_id)
        if conversation is None:
            continue
        texts = [m.text.strip() for m in conversation.inbound_messages if len(m.text.split()) >= MIN_WORDS]
        if not texts:
            continue
        if label.label == "genuine":
            if not _BUYER_CATEGORY.search(label.category):
                examples += [(text, "none") for text in texts[:GENUINE_MESSAGES_PER_CONVERSATION]]
        else:
            examples.append(_pitch_example(texts, label.category, classify))
    return examples


def _pitch_example(texts: list[str], category: str, classify: Classifier) -> tuple[str, str]:
    probabilities = classify(texts)
    best = max(range(len(texts)), key=lambda i: sum(probabilities[i][c] for c in PITCH_CLASSES))
    return texts[best], _pitch_class(category, probabilities[best])


def _pitch_class(category: str, probabilities: dict[str, float]) -> str:
    if _NETWORK_CATEGORY.search(category):
        return "network"
    if _RECRUIT_CATEGORY.search(category) and not _NOT_A_JOB.search(category):
        return "recruit"
    return max(PITCH_CLASSES, key=lambda c: probabilities[c])


def as_rows(examples: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Each distinct (text, class) once: a campaign's copies would weigh one template many times."""
    seen: set[tuple[str, str]] = set()
    for example in examples:
        if example not in seen:
            seen.add(example)
            yield example

"""``unpitch eval``: verdicts against hand labels (genuine / wanted_pitch / junk).

The figures follow what matters to a user: how much junk is caught (recall), how often a junk
verdict is right (precision), and the two costly errors — a genuine conversation filed as junk, a
wanted pitch filed as junk.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .pipeline import Result

LABELS = ("genuine", "wanted_pitch", "junk")
VERDICTS = ("keep", "review", "junk")


@dataclass(slots=True)
class Label:
    conversation_id: str
    label: str
    category: str
    language: str = ""


@dataclass(slots=True)
class Evaluation:
    conversations: int = 0
    unmatched_labels: list[str] = field(default_factory=list)
    confusion: dict[str, Counter] = field(default_factory=lambda: {label: Counter() for label in LABELS})
    categories: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    languages: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    #: (conversation id, label, verdict, category) of every genuine or wanted conversation marked junk
    #: and every junk conversation kept, for inspection.
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, label: Label, verdict: str) -> None:
        self.conversations += 1
        self.confusion[label.label][verdict] += 1
        self.categories[f"{label.label}/{label.category}"][verdict] += 1
        self.languages[label.language or "?"][f"{label.label}->{verdict}"] += 1
        if (label.label != "junk" and verdict == "junk") or (label.label == "junk" and verdict == "keep"):
            self.errors.append((label.conversation_id, label.label, verdict, label.category))

    def merge(self, other: "Evaluation") -> None:
        self.conversations += other.conversations
        self.unmatched_labels += other.unmatched_labels
        for label in LABELS:
            self.confusion[label].update(other.confusion[label])
        for key, counts in other.categories.items():
            self.categories[key].update(counts)
        for key, counts in other.languages.items():
            self.languages[key].update(counts)
        self.errors += other.errors

    @property
    def junk_recall(self) -> float:
        junk = self.confusion["junk"]
        total = sum(junk.values())
        return junk["junk"] / total if total else 1.0

    @property
    def junk_precision(self) -> float:
        predicted = sum(self.confusion[label]["junk"] for label in LABELS)
        return self.confusion["junk"]["junk"] / predicted if predicted else 1.0

    @property
    def genuine_marked_junk(self) -> float:
        genuine = self.confusion["genuine"]
        total = sum(genuine.values())
        return genuine["junk"] / total if total else 0.0

    @property
    def wanted_not_junk(self) -> float:
        wanted = self.confusion["wanted_pitch"]
        total = sum(wanted.values())
        return 1.0 - wanted["junk"] / total if total else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "conversations": self.conversations,
            "junk_recall": round(self.junk_recall, 4),
            "junk_precision": round(self.junk_precision, 4),
            "genuine_marked_junk": round(self.genuine_marked_junk, 4),
            "wanted_not_junk": round(self.wanted_not_junk, 4),
            "confusion": {label: {v: self.confusion[label][v] for v in VERDICTS} for label in LABELS},
            "categories": {k: {v: c[v] for v in VERDICTS} for k, c in sorted(self.categories.items())},
            "unmatched_labels": len(self.unmatched_labels),
            "errors": [
                {"conversation_id": cid, "label": label, "verdict": verdict, "category": category}
                for cid, label, verdict, category in self.errors
            ],
        }


def read_labels(path: Path) -> list[Label]:
    """Read ``conversation_id,label,category[,language,...]``; one clear error per bad row."""
    if not path.is_file():
        raise InputError(str(path), "labels file not found")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(path), f"not a readable CSV ({exc})") from None
    labels = []
    for number, row in enumerate(rows, start=2):
        conversation_id = (row.get("conversation_id") or "").strip()
        label = (row.get("label") or "").strip()
        if not conversation_id or label not in LABELS:
            raise InputError(str(path), f"needs conversation_id and a label in {LABELS}", row=number)
        labels.append(Label(conversation_id, label, (row.get("category") or "").strip(), (row.get("language") or "").strip()))
    if not labels:
        raise InputError(str(path), "no labels")
    return labels


def evaluate(labels: list[Label], results: list[Result]) -> Evaluation:
    """Match labels to results by conversation id and count verdicts."""
    verdicts = {result.conversation.id: result.verdict.verdict for result in results}
    evaluation = Evaluation()
    for label in labels:
        verdict = verdicts.get(label.conversation_id)
        if verdict is None:
            evaluation.unmatched_labels.append(label.conversation_id)
            continue
        evaluation.add(label, verdict)
    return evaluation

"""``unpitch eval-online``: the TREC spam-track protocol on a labelled stream.

Messages are taken in date order (file order when undated); for each the classifier gives a score
and a verdict, then learns the true label at once. Reported, as in the TREC spam track (Cormack &
Lynam): ham and spam misclassification %, lam% (the logistic average of the two), (1-ROCA)% (one
minus the area under the ROC curve of the scores, in per cent), accuracy, and a learning curve.

Streams: JSONL, one ``{"id", "text", "label", "date"?}`` per line with label ham/spam or keep/junk;
or the SMS Spam Collection TSV (``label<TAB>text``, no header, no quoting).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from ..errors import InputError
from .online import OnlineClassifier

_JUNK = {"spam": True, "junk": True, "ham": False, "keep": False}
#: Messages scored per feature batch (features are independent of learning, so batching is exact).
BATCH = 512
#: Points on the learning curve.
CURVE_POINTS = 20


@dataclass(frozen=True, slots=True)
class StreamMessage:
    id: str
    text: str
    junk: bool
    date: datetime | None = None


@dataclass(slots=True)
class OnlineResult:
    messages: int
    accuracy: float
    ham_misclassified_pct: float
    spam_misclassified_pct: float
    lam_pct: float
    one_minus_roca_pct: float
    #: (messages seen, cumulative error %, error % within the last stretch)
    curve: list[tuple[int, float, float]] = field(default_factory=list)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "messages": self.messages,
            "accuracy": round(self.accuracy, 4),
            "ham_misclassified_pct": round(self.ham_misclassified_pct, 3),
            "spam_misclassified_pct": round(self.spam_misclassified_pct, 3),
            "lam_pct": round(self.lam_pct, 3),
            "one_minus_roca_pct": round(self.one_minus_roca_pct, 3),
        }


def read_stream(path: Path) -> list[StreamMessage]:
    """Read a JSONL or TSV stream, in date order when every message has a date."""
    if not path.is_file():
        raise InputError(str(path), "no such file")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason})") from None
    first = next((line for line in lines if line.strip()), "")
    messages = _read_jsonl(path, lines) if first.lstrip().startswith("{") else _read_tsv(path, lines)
    if not messages:
        raise InputError(str(path), "no labelled messages")
    if all(m.date is not None for m in messages):
        messages.sort(key=lambda m: m.date)  # type: ignore[arg-type, return-value]
    return messages


def _label(path: Path, row: int, value: object) -> bool:
    junk = _JUNK.get(str(value).strip().lower())
    if junk is None:
        raise InputError(str(path), f"label must be ham, spam, keep or junk, not {value!r}", row)
    return junk


def _read_tsv(path: Path, lines: list[str]) -> list[StreamMessage]:
    messages = []
    for row, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        label, sep, text = line.partition("\t")
        if not sep:
            raise InputError(str(path), "expected label<TAB>text", row)
        messages.append(StreamMessage(str(row), text, _label(path, row, label)))
    return messages


def _read_jsonl(path: Path, lines: list[str]) -> list[StreamMessage]:
    messages = []
    for row, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            raise InputError(str(path), f"not JSON ({exc.msg})", row) from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError(str(path), 'each line needs a "text" string and a "label"', row)
        messages.append(StreamMessage(str(data.get("id", row)), data["text"], _label(path, row, data.get("label")), _date(path, row, data.get("date"))))
    return messages


def _date(path: Path, row: int, value: object) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise InputError(str(path), f"date must be ISO 8601, not {value!r}", row) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.now().astimezone().tzinfo)


def run_online(messages: list[StreamMessage]) -> tuple[OnlineResult, np.ndarray]:
    """Score each message, then learn its label; the metrics and the scores in stream order."""
    classifier = OnlineClassifier()
    scores = np.zeros(len(messages))
    for start in range(0, len(messages), BATCH):
        batch = messages[start : start + BATCH]
        rows = classifier.features([m.text for m in batch])
        for offset, message in enumerate(batch):
            row = rows[offset]
            scores[start + offset] = classifier.score(row)
            classifier.learn(row, message.junk)
    truth = np.array([m.junk for m in messages])
    return metrics(truth, scores), scores


def metrics(truth: np.ndarray, scores: np.ndarray) -> OnlineResult:
    """TREC measures of online scores (> 0 = junk) against the truth."""
    predicted = scores > 0
    hams, spams = int((~truth).sum()), int(truth.sum())
    ham_wrong = int((predicted & ~truth).sum())
    spam_wrong = int((~predicted & truth).sum())
    return OnlineResult(
        messages=len(truth),
        accuracy=float((predicted == truth).mean()) if len(truth) else 0.0,
        ham_misclassified_pct=100.0 * ham_wrong / hams if hams else 0.0,
        spam_misclassified_pct=100.0 * spam_wrong / spams if spams else 0.0,
        lam_pct=lam_pct(ham_wrong, hams, spam_wrong, spams),
        one_minus_roca_pct=100.0 * (1.0 - roc_area(truth, scores)),
        curve=learning_curve(truth, predicted),
    )


def lam_pct(ham_wrong: int, hams: int, spam_wrong: int, spams: int) -> float:
    """logit⁻¹((logit(hm) + logit(sm)) / 2) in per cent; a zero count counts as half an error
    so that a perfect class does not send the logit to infinity."""
    if not hams or not spams:
        return 0.0

    def logit(wrong: int, total: int) -> float:
        rate = min(max(wrong, 0.5), total - 0.5) / total
        return math.log(rate / (1.0 - rate))

    mean = (logit(ham_wrong, hams) + logit(spam_wrong, spams)) / 2.0
    return 100.0 / (1.0 + math.exp(-mean))


def roc_area(truth: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve: the chance a junk message outscores a ham one (ties count half)."""
    spams, hams = int(truth.sum()), int((~truth).sum())
    if not spams or not hams:
        return 1.0
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    # Average ranks over ties (Mann–Whitney U).
    start = 0
    while start < len(scores):
        end = start
        while end + 1 < len(scores) and sorted_scores[end + 1] == sorted_scores[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2.0 + 1.0
        start = end + 1
    u = ranks[truth].sum() - spams * (spams + 1) / 2.0
    return float(u / (spams * hams))


def learning_curve(truth: np.ndarray, predicted: np.ndarray) -> list[tuple[int, float, float]]:
    """(messages seen, cumulative error %, error % since the previous point), CURVE_POINTS points."""
    if not len(truth):
        return []
    errors = np.cumsum(predicted != truth)
    marks = sorted({max(1, round(len(truth) * (i + 1) / CURVE_POINTS)) for i in range(CURVE_POINTS)})
    curve, previous = [], 0
    for seen in marks:
        window = seen - previous
        window_errors = errors[seen - 1] - (errors[previous - 1] if previous else 0)
        curve.append((int(seen), float(100.0 * errors[seen - 1] / seen), float(100.0 * window_errors / window)))
        previous = seen
    return curve


def curve_svg(result: OnlineResult, title: str) -> str:
    """The learning curve as a small standalone SVG: error % (cumulative and per stretch) by messages."""
    width, height, left, bottom, top, right = 640, 360, 60, 40, 40, 20
    plot_w, plot_h = width - left - right, height - top - bottom
    top_error = max([5.0] + [max(c, w) for _, c, w in result.curve])
    total = max(1, result.messages)

    def point(seen: int, error: float) -> str:
        return f"{left + plot_w * seen / total:.1f},{top + plot_h * (1 - error / top_error):.1f}"

    cumulative = " ".join(point(s, c) for s, c, _ in result.curve)
    stretch = " ".join(point(s, w) for s, _, w in result.curve)
    ticks = "".join(
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h * (1 - f):.1f}" y2="{top + plot_h * (1 - f):.1f}" stroke="#ddd"/>'
        f'<text x="{left - 6}" y="{top + plot_h * (1 - f) + 4:.1f}" text-anchor="end" font-size="11">{top_error * f:.1f}%</text>'
        for f in (0.0, 0.25, 0.5, 0.75, 1.0)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif">'
        f'<rect width="100%" height="100%" fill="white"/>{ticks}'
        f'<text x="{left}" y="24" font-size="14">{_escape(title)}: error % while learning online</text>'
        f'<polyline fill="none" stroke="#c0392b" stroke-width="2" points="{cumulative}"/>'
        f'<polyline fill="none" stroke="#2980b9" stroke-width="1.5" stroke-dasharray="4 3" points="{stretch}"/>'
        f'<text x="{width - right}" y="{height - 10}" text-anchor="end" font-size="11">messages: {result.messages}</text>'
        f'<text x="{left}" y="{height - 10}" font-size="11" fill="#c0392b">cumulative</text>'
        f'<text x="{left + 80}" y="{height - 10}" font-size="11" fill="#2980b9">per stretch</text>'
        "</svg>\n"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

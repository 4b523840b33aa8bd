"""How much time pitches claim each month: an explicit, simple estimate the report states.

Model (per pitch conversation, i.e. kind sales / recruiting / networking / sponsored):

- reading: the inbound words at ``READING_WORDS_PER_MINUTE`` plus ``TRIAGE_SECONDS`` to open,
  judge and archive the conversation;
- asked: when the sender asks for a call or meeting (``TIME_ASK`` or ``CALENDAR_LINK``), the
  minutes they name ("a quick 15-minute call", "10 Minuten"), else ``DEFAULT_ASK_MINUTES``;
  a named figure above ``MAX_ASK_MINUTES`` is capped (it is rarely a call length).

Each conversation counts in the month of its first inbound message (UTC).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Sequence

from ..scoring import PITCH_KIND_NAMES as PITCH_KINDS

READING_WORDS_PER_MINUTE = 230
TRIAGE_SECONDS = 10
DEFAULT_ASK_MINUTES = 15
MAX_ASK_MINUTES = 60
TIME_ASK_SIGNALS = frozenset({"TIME_ASK", "CALENDAR_LINK"})

# "15 minutes", "15-minute", "15 min", "15-Minuten", "10 Min." are all asked minutes.
_MINUTES = re.compile(r"\b(\d{1,3})\s?-?\s?(?:minutes?|mins?\b|minuten|min\.)", re.IGNORECASE)
_WORD = re.compile(r"\w+")

MODEL_STATEMENT = (
    f"Reading time is the words of every inbound message of a pitch at {READING_WORDS_PER_MINUTE} words per "
    f"minute plus {TRIAGE_SECONDS} seconds to open, judge and archive each conversation. Time asked is, for "
    f"each pitch asking for a call or meeting (signals TIME_ASK or CALENDAR_LINK), the minutes it names "
    f"(\"a quick 15-minute call\") or {DEFAULT_ASK_MINUTES} minutes when it names none, capped at "
    f"{MAX_ASK_MINUTES}. A conversation counts in the month of its first inbound message (UTC); pitches are "
    f"the conversations of kind sales pitch, recruiting, networking pitch and sponsored, whatever their verdict."
)


@dataclass(frozen=True, slots=True)
class PitchCost:
    """The estimate for one pitch conversation, in minutes."""

    month: str
    reading_minutes: float
    asked_minutes: float


@dataclass(slots=True)
class MonthCost:
    month: str
    pitches: int = 0
    reading_minutes: float = 0.0
    asked_minutes: float = 0.0

    @property
    def total_minutes(self) -> float:
        return self.reading_minutes + self.asked_minutes


@dataclass(slots=True)
class TimeCost:
    months: list[MonthCost] = field(default_factory=list)

    @property
    def total_minutes(self) -> float:
        return sum(month.total_minutes for month in self.months)

    @property
    def monthly_average_minutes(self) -> float:
        return self.total_minutes / len(self.months) if self.months else 0.0


def asked_minutes(inbound_texts: Iterable[str]) -> float:
    """Minutes a pitch asks for: the first figure it names, else the default."""
    for text in inbound_texts:
        match = _MINUTES.search(text)
        if match and int(match.group(1)) > 0:
            return float(min(int(match.group(1)), MAX_ASK_MINUTES))
    return float(DEFAULT_ASK_MINUTES)


def pitch_cost(first_inbound: datetime, inbound_texts: Sequence[str], signal_ids: set[str]) -> PitchCost:
    words = sum(len(_WORD.findall(text)) for text in inbound_texts)
    reading = words / READING_WORDS_PER_MINUTE + TRIAGE_SECONDS / 60
    asked = asked_minutes(inbound_texts) if signal_ids & TIME_ASK_SIGNALS else 0.0
    return PitchCost(first_inbound.strftime("%Y-%m"), reading, asked)


def monthly(costs: Iterable[PitchCost]) -> TimeCost:
    """Sum pitch costs per month, months in order, empty months between them included."""
    by_month: dict[str, MonthCost] = {}
    for cost in costs:
        month = by_month.setdefault(cost.month, MonthCost(cost.month))
        month.pitches += 1
        month.reading_minutes += cost.reading_minutes
        month.asked_minutes += cost.asked_minutes
    if not by_month:
        return TimeCost()
    return TimeCost([by_month.get(month, MonthCost(month)) for month in _month_range(min(by_month), max(by_month))])


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months

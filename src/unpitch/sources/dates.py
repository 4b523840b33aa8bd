"""Date and time parsing shared by every reader.

Exports write dates in a handful of shapes. Everything returned here is
timezone-aware UTC; a value without a zone (LinkedIn's 2018 ``7/5/18, 9:12 AM``)
is taken as UTC because the export does not say which zone it meant.

The common LinkedIn shape ``YYYY-MM-DD HH:MM:SS UTC`` takes a fast path
(a length check and ``datetime.fromisoformat`` on a slice), because readers call
this once per message row.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

__all__ = ["parse_datetime", "parse_date"]

_UTC_SUFFIX = " UTC"
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

# 7/5/18, 9:12 AM  |  9/25/2024 08:52  |  12/01/2023, 17:05:09
_SLASHED = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?"
)
# 09 Sep 2024  |  9-Sep-24  |  9 September 2024
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s\-/]+([A-Za-z]{3,9})\.?[\s\-/,]+(\d{2}|\d{4})")
# Sep 9, 2024  |  September 9 2024
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})")
_ZONE_NAMES = (" UTC", " GMT", "Z")


def _full_year(text: str) -> int:
    """Two-digit years are this century: LinkedIn started in 2003."""
    year = int(text)
    return year + 2000 if year < 100 else year


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _parse_iso(text: str) -> datetime | None:
    for zone in _ZONE_NAMES:
        if text.endswith(zone):
            text = text[: -len(zone)].rstrip()
            break
    try:
        return _as_utc(datetime.fromisoformat(text))
    except ValueError:
        return None


def _parse_slashed(text: str) -> datetime | None:
    match = _SLASHED.fullmatch(text)
    if match is None:
        return None
    first, second, year, hour, minute, second_of_minute, meridiem = match.groups()
    month, day = int(first), int(second)
    if month > 12 >= day:  # 25/9/24 can only be day-first
        month, day = day, month
    hour_value = int(hour)
    if meridiem:
        if not 1 <= hour_value <= 12:
            return None
        hour_value = hour_value % 12 + (12 if meridiem.lower() == "pm" else 0)
    try:
        return datetime(
            _full_year(year),
            month,
            day,
            hour_value,
            int(minute),
            int(second_of_minute or 0),
            tzinfo=timezone.utc,
        )
    except ValueError:
        return None


def parse_datetime(value: str) -> datetime | None:
    """Parse a date-time in any shape the supported exports use; ``None`` when unknown.

    Accepted: ``2024-05-06 12:13:14 UTC``, ISO 8601 with or without offset
    (``2024-05-06T12:13:14Z``, ``...+02:00``), US short forms ``7/5/18, 9:12 AM`` and
    ``9/25/2024 08:52[:09]``, and a bare date (taken as midnight UTC).
    """
    if len(value) == 23 and value.endswith(_UTC_SUFFIX):
        try:
            return datetime.fromisoformat(value[:19] + "+00:00")
        except ValueError:
            pass
    text = value.strip()
    if not text:
        return None
    if text[0].isdigit() and "/" not in text[:6]:
        moment = _parse_iso(text)
        if moment is not None:
            return moment
    moment = _parse_slashed(text)
    if moment is not None:
        return moment
    day = parse_date(text)
    if day is not None:
        return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    return None


def parse_date(value: str) -> date | None:
    """Parse a calendar date; ``None`` when the value is empty or in no known shape.

    Accepted: ``09 Sep 2024``, ``9-Sep-24``, ``Sep 9, 2024``, ``2024-09-09``, ``9/9/24``.
    """
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _DAY_MONTH_YEAR.fullmatch(text)
    if match is not None:
        day, month_name, year = match.groups()
        return _safe_date(_full_year(year), _MONTHS.get(month_name.lower()), int(day))
    match = _MONTH_DAY_YEAR.fullmatch(text)
    if match is not None:
        month_name, day, year = match.groups()
        return _safe_date(int(year), _MONTHS.get(month_name.lower()), int(day))
    slashed = text.split("/")
    if len(slashed) == 3 and all(part.isdigit() for part in slashed):
        first, second = int(slashed[0]), int(slashed[1])
        month, day = (second, first) if first > 12 >= second else (first, second)
        return _safe_date(_full_year(slashed[2]), month, day)
    return None


def _safe_date(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


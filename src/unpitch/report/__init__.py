"""The self-contained HTML report: counts, the time pitches claim, campaigns, every conversation."""

from __future__ import annotations

from datetime import datetime, timezone

from ..model import Inbox
from ..pipeline import Result
from .build import ReportData, build_report
from .render import render_report

__all__ = ["ReportData", "build_report", "render_report", "report_html"]


def report_html(inbox: Inbox, results: list[Result], generated_at: datetime | None = None) -> str:
    """The report page for one scan."""
    moment = generated_at or datetime.now(timezone.utc)
    return render_report(build_report(inbox, results, moment))

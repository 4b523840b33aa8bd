"""Render the self-contained HTML report: one file, stylesheet and script inline, no network.

Safety: Jinja2 autoescapes every value; the conversations go in as JSON inside a
``<script type="application/json">`` whose ``<``, ``>``, ``&`` and line separators are escaped,
so no message can close the script element. A Content-Security-Policy meta tag allows only this
page's own inline style and script (by hash), so even a missed escape could not run anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib.resources import files
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .build import KIND_LABELS, ReportData
from .campaigns import highlight_slots
from .charts import Bar, bar_chart, month_chart
from .timecost import MODEL_STATEMENT

_ASSETS = files("unpitch") / "data" / "report"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> Markup:
    """JSON safe to place inside a <script> element: nothing in it can end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for character, escaped in _JSON_ESCAPES.items():
        text = text.replace(character, escaped)
    return Markup(text)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def hours(minutes: float) -> str:
    """A duration for people: "45 min" or "3.5 h"."""
    return f"{minutes:.0f} min" if minutes < 60 else f"{minutes / 60:.1f} h"


def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(str(_ASSETS)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(hours=hours, highlight_slots=highlight_slots, kind_labels=KIND_LABELS)
    return environment


def render_report(report: ReportData) -> str:
    """The whole report page as one HTML string."""
    css = (_ASSETS / "report.css").read_text(encoding="utf-8")
    js = (_ASSETS / "report.js").read_text(encoding="utf-8")
    csp = (
        f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(js)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    verdict_bars = [Bar(name, report.verdict_counts[name], f"bar-{name}") for name in ("keep", "review", "junk")]
    kind_bars = [Bar(KIND_LABELS[kind], count, "bar-kind") for kind, count in report.kind_counts.items()]
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        csp=csp,
        # Our own files, hashed into the CSP above: inserted verbatim.
        css=Markup(css),
        js=Markup(js),
        data_json=script_json(report.rows),
        verdict_chart=bar_chart("chart-verdicts", "Conversations per verdict", verdict_bars),
        kind_chart=bar_chart("chart-kinds", "Conversations per kind", kind_bars),
        month_chart=month_chart("chart-months", "Minutes that pitches claim per month", report.time_cost.months),
        model_statement=MODEL_STATEMENT,
    )

"""Inline SVG charts, written by hand so that the report needs no script library.

Every text that goes into the SVG is escaped; colours come from CSS classes so that the page's
stylesheet decides contrast. Each chart carries a <title> and <desc> for screen readers, and the
report puts the same figures in a table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from markupsafe import Markup, escape

from .timecost import MonthCost


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    css_class: str


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def bar_chart(chart_id: str, title: str, bars: Sequence[Bar], unit: str = "") -> Markup:
    """Horizontal bars, one per label, value printed at the end of each bar."""
    row, label_width, bar_width = 28, 150, 360
    height = row * max(len(bars), 1) + 8
    largest = max((bar.value for bar in bars), default=0) or 1
    description = "; ".join(f"{bar.label}: {_number(bar.value)}{unit}" for bar in bars) or "no data"
    parts = [
        f'<svg id="{escape(chart_id)}" class="chart" viewBox="0 0 {label_width + bar_width + 80} {height}" '
        f'role="img" aria-labelledby="{escape(chart_id)}-t {escape(chart_id)}-d">',
        f'<title id="{escape(chart_id)}-t">{escape(title)}</title>',
        f'<desc id="{escape(chart_id)}-d">{escape(description)}</desc>',
    ]
    for index, bar in enumerate(bars):
        y = 4 + index * row
        width = max(bar.value / largest * bar_width, 1 if bar.value else 0)
        parts.append(
            f'<text class="chart-label" x="{label_width - 8}" y="{y + 18}" text-anchor="end">{escape(bar.label)}</text>'
            f'<rect class="{escape(bar.css_class)}" x="{label_width}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" rx="3"/>'
            f'<text class="chart-value" x="{label_width + width + 6:.1f}" y="{y + 18}">{escape(_number(bar.value))}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def month_chart(chart_id: str, title: str, months: Sequence[MonthCost]) -> Markup:
    """Vertical stacked bars per month: reading time below, time asked on top (minutes)."""
    left, top, plot_height, bottom = 48, 10, 180, 40
    slot = max(8.0, min(36.0, 640 / max(len(months), 1)))
    width = left + slot * len(months) + 10
    largest = max((m.total_minutes for m in months), default=0) or 1
    scale = plot_height / largest
    label_every = max(1, round(len(months) / 12))
    total = sum(m.total_minutes for m in months)
    description = (
        f"{len(months)} months, {total / 60:,.1f} hours in all; busiest month "
        f"{max(months, key=lambda m: m.total_minutes).month}" if months else "no pitches"
    )
    parts = [
        f'<svg id="{escape(chart_id)}" class="chart" viewBox="0 0 {width:.0f} {top + plot_height + bottom}" '
        f'role="img" aria-labelledby="{escape(chart_id)}-t {escape(chart_id)}-d">',
        f'<title id="{escape(chart_id)}-t">{escape(title)}</title>',
        f'<desc id="{escape(chart_id)}-d">{escape(description)}</desc>',
        f'<line class="chart-axis" x1="{left}" y1="{top + plot_height}" x2="{width - 6:.0f}" y2="{top + plot_height}"/>',
        f'<text class="chart-label" x="{left - 6}" y="{top + 8}" text-anchor="end">{escape(_number(largest))}</text>',
        f'<text class="chart-label" x="{left - 6}" y="{top + plot_height}" text-anchor="end">0</text>',
    ]
    for index, month in enumerate(months):
        x = left + index * slot + 1
        reading_h, asked_h = month.reading_minutes * scale, month.asked_minutes * scale
        base = top + plot_height
        parts.append(
            f'<g><title>{escape(month.month)}: {escape(_number(month.reading_minutes))} min reading, '
            f'{escape(_number(month.asked_minutes))} min asked, {month.pitches} pitches</title>'
            f'<rect class="bar-reading" x="{x:.1f}" y="{base - reading_h:.1f}" width="{slot - 2:.1f}" height="{reading_h:.1f}"/>'
            f'<rect class="bar-asked" x="{x:.1f}" y="{base - reading_h - asked_h:.1f}" width="{slot - 2:.1f}" height="{asked_h:.1f}"/></g>'
        )
        if index % label_every == 0:
            parts.append(
                f'<text class="chart-label" x="{x + slot / 2:.1f}" y="{base + 16}" text-anchor="middle">{escape(month.month[2:])}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))

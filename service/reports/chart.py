"""The dashboard's bar chart, computed here and drawn as inline SVG by the template (no
script, no CDN): one pair of bars (target, actual) per activity."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, ROW, BAR, LABEL = 640, 46, 16, 250


@dataclass(frozen=True)
class Bar:
    label: str
    y: int
    target: int
    actual: int
    target_width: int
    actual_width: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: list[Bar]


def bars(status) -> Chart:
    rows = list(status.activities.values())
    top = max([1, *(max(a.target.total, a.actual.total) for a in rows)])
    scale = (WIDTH - LABEL - 40) / top
    return Chart(WIDTH, ROW * len(rows) + 10, LABEL, BAR, [
        Bar(a.label, 8 + i * ROW, a.target.total, a.actual.total,
            round(a.target.total * scale), round(a.actual.total * scale))
        for i, a in enumerate(rows)])

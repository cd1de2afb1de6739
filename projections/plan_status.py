"""Plan status: the plan's targets beside the actual counts per GV/HS and quarter."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from domain.dates import quarter_of
from domain.plan import ACTIVITIES
from projections.reading import rows
from projections.tables import activity_facts, plan_targets

QUARTER_COLUMNS = ("q1", "q2", "q3", "q4")


@dataclass(frozen=True)
class Counts:
    """total, GV, HS and Q1..Q4 (None for a target row with no quarter split)."""

    total: int
    GV: int
    HS: int
    Q1: int | None = None
    Q2: int | None = None
    Q3: int | None = None
    Q4: int | None = None


@dataclass(frozen=True)
class ActivityStatus:
    activity: str               # source | class_registration | admission_dossier | ...
    label: str                  # the plan's words (Vietnamese)
    row_no: int | None
    note: str | None
    target: Counts
    actual: Counts
    behind: bool                # the current quarter's cumulative actual < its target


def activity_statuses(bind, plan, today: date) -> dict:
    targets = rows(bind, select(plan_targets).where(plan_targets.c.plan_id == plan.plan_id)
                   .order_by(plan_targets.c.ordinal))
    actual = _actual_counts(bind, plan.cell_code, plan.year)
    elapsed = _elapsed_quarters(plan.year, today)
    out = {}
    for t in targets:
        quarters = [getattr(t, q) for q in QUARTER_COLUMNS]
        target = Counts(t.total, t.gv, t.hs, *quarters)
        done = actual.get(t.activity, Counter())
        got = Counts(sum(done.values()), _by(done, "GV"), _by(done, "HS"),
                     *(_in_quarter(done, q) for q in range(1, 5)))
        out[t.activity] = ActivityStatus(t.activity, ACTIVITIES.get(t.activity, t.activity),
                                        t.row_no, t.note, target, got,
                                        _behind(target, got, elapsed))
    return out


def _actual_counts(bind, cell_code: str, year: int) -> dict[str, Counter]:
    f = activity_facts.c
    found = rows(bind, select(f.activity, f.category, f.quarter, func.count())
                 .where(f.cell_code == cell_code, f.year == year)
                 .group_by(f.activity, f.category, f.quarter))
    out: dict[str, Counter] = {}
    for activity, category, quarter, count in found:
        out.setdefault(activity, Counter())[(category, quarter)] += count
    return out


def _by(done: Counter, category: str) -> int:
    return sum(n for (c, _q), n in done.items() if c == category)


def _in_quarter(done: Counter, quarter: int) -> int:
    return sum(n for (_c, q), n in done.items() if q == quarter)


def _elapsed_quarters(year: int, today: date) -> int:
    """Quarters of the plan year reached by `today` (4 once the year is over)."""
    if today.year < year:
        return 0
    return 4 if today.year > year else quarter_of(today)


def _behind(target, actual, elapsed: int) -> bool:
    """Cumulative actual below the cumulative target of the quarters reached so far; a row
    without a quarter split can only be judged once the year is over."""
    if elapsed == 0:
        return False
    if target.Q1 is None:
        return elapsed == 4 and actual.total < target.total
    quarters = ("Q1", "Q2", "Q3", "Q4")[:elapsed]
    return (sum(getattr(actual, q) for q in quarters)
            < sum(getattr(target, q) for q in quarters))

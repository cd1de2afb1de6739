"""A realistic log of many cells: each cell is registered, adopts a plan every year and
nominates cohorts of candidates (GV:HS about 2:13, as in the seed plan) who follow the seed
demo's paths (service.demo). Events come from the domain's own decision functions and are
saved in batches, in business-date order across all cells, so the log interleaves cells as a
national deployment would.

The cell mix is seeded per cell, so cell B00000 has the same history in every log size.
"""

from __future__ import annotations

import hashlib
import heapq
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

from domain import candidate as cd
from domain import cell as cl
from domain import plan as pl
from domain.candidate.dossier import allowed_routes
from domain.decisions import Guard, Stamp
from service import demo
from service.planfile import read_plan_file

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)   # the "today" of every generated log
YEARS = (2023, 2024, 2025, 2026)
_SOURCES = (Path(__file__), Path(demo.__file__), Path(cd.__file__).parent.parent / "events.py")
GENERATOR_VERSION = hashlib.sha1(b"".join(p.read_bytes() for p in _SOURCES)).hexdigest()[:8]
_PLAN = read_plan_file(demo.PLAN_FILE)
_GIVEN = ["Hoa", "Dũng", "An", "Bình", "Châu", "Đạt", "Giang", "Hải", "Khánh", "Lan", "Minh"]
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]


def cell_code(index: int) -> str:
    return f"B{index:05d}"


def _spec(rng: random.Random, key: str, year: int) -> dict:
    """One candidate, shaped like the demo's: an outcome, dates and a person fit to be voted."""
    nominated = demo._weekday(date(year, rng.randint(1, 11), rng.randint(1, 28)))
    gv = rng.random() < 2 / 15
    vote = demo._weekday(nominated + timedelta(days=rng.randint(180, 400)))
    if gv:
        born = date(rng.randint(1980, 1999), rng.randint(1, 12), rng.randint(1, 28))
    else:
        born = vote - timedelta(days=365 * 18 + rng.randint(30, 500))
    person = cd.Person(f"{rng.choice(_FAMILY)} Văn {rng.choice(_GIVEN)}", born,
                       rng.choice(("male", "female")), "Kinh", "GV" if gv else "HS",
                       True, "university" if gv else "upper_secondary",
                       None if gv else f"1{rng.randint(0, 2)}A{rng.randint(1, 6)}")
    spec = {"key": key, "person": person, "nominated": nominated, "vote": vote,
            "intro": "trade_union" if gv and rng.random() < 0.5 else "youth_union"}
    roll = rng.random()
    if roll < 0.08:
        spec["withdraw"] = demo._weekday(nominated + timedelta(days=rng.randint(30, 200)))
    elif roll < 0.18:
        spec["pool_only"] = True
    elif roll < 0.43:
        spec["class_only"] = True
    elif roll < 0.50:
        spec["failed_first"], spec["retry"] = True, demo._weekday(vote + timedelta(days=60))
    if not gv and "withdraw" not in spec and rng.random() < 0.5:
        spec["transfer"] = demo._weekday(vote + timedelta(days=rng.randint(90, 200)))
    else:
        spec["convert"] = True
    return spec


class Step(NamedTuple):
    on: date
    use_case: str
    key: str | None            # the candidate (None for cell and plan steps)
    kwargs: dict
    actor: str = demo.SECRETARY
    last: bool = True          # the candidate's last step in this log


def cell_plan(index: int) -> list[Step]:
    """Every step of one cell up to NOW, unsorted."""
    rng = random.Random(index)
    code = cell_code(index)
    steps = [Step(date(2023, 1, rng.randint(3, 20)), "register_cell", None, {"code": code}),
             Step(demo.REFORM_DAY, "change_superior", None, {"code": code})]
    for year in YEARS:
        steps.append(Step(date(year, 1, rng.randint(5, 28)), "adopt_plan", None,
                          {"code": code, "year": year}))
        for n in range(rng.randint(4, 9)):
            person, path = demo._candidate(_spec(rng, f"{code}/{year}/{n}", year))
            path = [s for s in path if s.on <= NOW.date()]
            steps += [Step(s.on, s.use_case, s.key,
                           {**s.kwargs, "person": person} if s.use_case == "nominate"
                           else s.kwargs, s.actor, i == len(path) - 1)
                      for i, s in enumerate(path)]
    return [s for s in steps if s.on <= NOW.date()]


def cells_for(size: int) -> tuple[int, int]:
    """How many cells give at least `size` events, and the exact event count."""
    cells = total = 0
    while total < size:
        total += len(cell_plan(cells))
        cells += 1
    return cells, total


def events(size: int) -> Iterator:
    """The domain events of a log of about `size` events, in business-date order."""
    n_cells, _ = cells_for(size)
    merged = heapq.merge(*(_ordered(i) for i in range(n_cells)))
    states: dict[str, cd.Candidate] = {}
    cells: dict[str, cl.Cell] = {}
    for seq, (on, cell_index, _, step) in enumerate(merged):
        at = datetime.combine(on, time(1, 0), tzinfo=UTC) + timedelta(microseconds=seq)
        stamp = Stamp(step.actor, at)
        if step.key is None:
            yield _cell_event(step, stamp, cells)
            continue
        if step.use_case == "nominate":
            event = cd.nominate(candidate_id(step.key), cell_code(cell_index),
                                stamp=stamp, **step.kwargs)
            states[step.key] = state = cd.project(None, [event])
        else:
            state = states[step.key]
            kwargs = step.kwargs
            if step.use_case in ("vote_admission", "vote_conversion"):
                # the demo's votes take the count from its roster and meetings, which this
                # log does not hold: the demo roster's official members stand in for them
                kwargs = {**kwargs, "official_members": len(demo.demo_members()) - 1}
            if step.use_case == "record_introduction":
                # the demo names its introducers from its roster, which this log does not
                # hold: the names stand in for them
                kwargs = {k: v for k, v in kwargs.items() if k != "together_since"}
                kwargs["introducers"] = list(kwargs.pop("introducer_names"))
                routes = allowed_routes(state, on, Guard(on))   # a teacher past 30: the union
                if kwargs["kind"] not in routes and routes:
                    kwargs["kind"] = routes[0]
            event = getattr(cd, step.use_case)(state, stamp=stamp, **kwargs)
            cd.project(state, [event])
        state.history.clear()                  # only corrections read it; keep memory flat
        if step.last:
            del states[step.key]
        yield event


def candidate_id(key: str) -> UUID:
    return UUID(int=random.Random(key).getrandbits(128), version=4)


def _ordered(index: int):
    steps = sorted(cell_plan(index), key=lambda s: s.on)
    for n, step in enumerate(steps):
        yield step.on, index, n, step


def _cell_event(step: Step, stamp: Stamp, cells: dict):
    code, on = step.kwargs["code"], step.on
    if step.use_case == "register_cell":
        event = cl.register_cell(code, f"Chi bộ {code}", demo.DISTRICT, on, stamp)
        cells[code] = cl.project_cell(None, [event])
        return event
    if step.use_case == "change_superior":
        event = cl.change_superior(cells[code], demo.WARD, on, stamp, "Quyết định 12-QĐ/TU")
        cl.project_cell(cells[code], [event])
        return event
    year = step.kwargs["year"]
    return pl.adopt_plan(code, f"{year % 100:02d}-KH/CB", year, on, _PLAN.basis,
                         _PLAN.targets, stamp)


def write(store, size: int, batch: int = 1000) -> int:
    """Save a generated log through the application's `save()`, in batches; returns count."""
    buffer, count = [], 0
    for event in events(size):
        buffer.append(event)
        if len(buffer) >= batch:
            store.save(*buffer)
            count += len(buffer)
            buffer = []
    if buffer:
        store.save(*buffer)
        count += len(buffer)
    return count

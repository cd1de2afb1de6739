"""Deadline rules that never block: computed from the register row and the working calendar.

Each rule runs from a start date to a due date counted in working days; the article is the
one in force on the start date. The stored row says when it was met or closed (the person
left first); whether it is pending, due soon or overdue depends on `today`, so it is decided
at query time, never stored.
"""

from __future__ import annotations

from datetime import date

from domain.deadlines import DEADLINES
from domain.rules import rule_set_on
from projections.workdays import Workdays

# The deadlines of domain/deadlines.py, read from the register row's dates (the domain's
# candidate dates of the same names): rule id → (column it starts from, column that meets it).
RULES = {d.rule_id: (d.starts_from, d.met_on) for d in DEADLINES}
# rule id → the columns of the superior's extension and consent, where it has them
EXTENDED = {d.rule_id: d.extended_to for d in DEADLINES if d.extended_to}
CONSENTED = {d.rule_id: d.consented_on for d in DEADLINES if d.consented_on}
AFTER_EXIT = frozenset(d.rule_id for d in DEADLINES if d.after_exit)
OPEN = ("pending", "due_soon", "overdue")
# the register columns deadline_rows reads (besides the calendar)
INPUTS = ("id", "cell_code", "exited_on",
          *dict.fromkeys(column for pair in RULES.values() for column in pair),
          *EXTENDED.values(), *CONSENTED.values())


def deadline_rows(row: dict, workdays: Workdays) -> list[dict]:
    out = []
    for rule_id, (start_column, met_column) in RULES.items():
        starts_on = row[start_column]
        met_on = row[met_column]
        exited_on = None if rule_id in AFTER_EXIT else row["exited_on"]
        if starts_on is None or (met_on is None and exited_on and exited_on < starts_on):
            continue     # the person had left before this clock would have started
        out.append({"candidate_id": row["id"], "rule_id": rule_id,
                    "cell_code": row["cell_code"], "starts_on": starts_on,
                    **_extended(timing(rule_id, starts_on, workdays), row, rule_id),
                    "met_on": met_on, "closed_on": exited_on if met_on is None else None,
                    "consented_on": row[CONSENTED[rule_id]] if rule_id in CONSENTED else None})
    return out


def _extended(found: dict, row: dict, rule_id: str) -> dict:
    """The superior's extension moves the due date (24-QĐ/TW 4.3.1), never earlier."""
    extended_to = row[EXTENDED[rule_id]] if rule_id in EXTENDED else None
    if extended_to is None or extended_to <= found["due_on"]:
        return found
    return {**found, "due_on": extended_to}


def timing(rule_id: str, starts_on: date, workdays: Workdays) -> dict:
    """Article, due date and reminder date (callers copy it into their rows; a rebuild asks
    for the same few thousand start dates again and again, so it is kept per calendar)."""
    key = (rule_id, starts_on)
    found = workdays.timings.get(key)
    if found is None:
        rule_set = rule_set_on(starts_on)
        due_on = workdays.due(starts_on, rule_set.number(rule_id, "working_days"))
        found = workdays.timings[key] = {"article": rule_set.rule(rule_id).article,
                                         "due_on": due_on,
                                         "reminder_from": workdays.reminder_from(due_on)}
    return found


def status(due_on: date, reminder_from: date, met_on: date | None, closed_on: date | None,
           today: date, consented_on: date | None = None) -> str:
    if met_on is not None:
        if met_on <= due_on:
            return "met"
        return "consented" if consented_on is not None else "breached"
    if closed_on is not None:
        # leaving after the due date does not undo a breach that had already happened
        return "closed" if closed_on <= due_on else "breached"
    if today > due_on:
        return "overdue"
    return "due_soon" if today >= reminder_from else "pending"

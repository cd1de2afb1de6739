"""A batch skips re-deriving facts, deadlines and the Biểu 2 line when none of the register
columns they read changed: each INPUTS list must name every column its function reads."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from projections import candidates as register
from projections.deadlines import INPUTS as DEADLINE_INPUTS
from projections.deadlines import deadline_rows
from projections.workdays import ProjectionContext, Workdays

WORKDAYS = Workdays(ProjectionContext())


def full_row() -> dict:
    """A register row with every date set, so that every derived row exists."""
    row = dict.fromkeys(register.COLUMNS)
    row.update(id="c-1", version=9, cell_code="B1", full_name="Nguyễn Văn A",
               birth_date=date(2000, 5, 20), gender="male", ethnicity="Kinh", category="HS",
               class_name="12A1", youth_union_member=True, education="upper_secondary",
               stage="official", eligible_age_from=date(2018, 5, 1))
    day = date(2024, 1, 8)
    for name in register.COLUMNS:
        if row[name] is None and name.endswith("_on") or name == "official_since":
            day += timedelta(days=9)
            row[name] = day
    row["exited_on"] = row["arrived_on"] = None    # admitted here, not arrived by transfer
    return row


def open_row() -> dict:
    """Every clock started and none met, and the person has left: deadlines read the exit."""
    row = full_row()
    for met in ("admission_settled_on", "admitted_on", "conversion_voted_on",
                "conversion_settled_on"):
        row[met] = None
    row["exited_on"] = date(2026, 3, 2)
    row["transfer_cause_on"] = row["transfer_letter_on"] = None     # left, not transferred
    return row


def other_value(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, date):
        return value + timedelta(days=3)
    if isinstance(value, int):
        return value + 1
    return "khác" if value is not None else date(2026, 1, 5)


@pytest.mark.parametrize("derive, inputs", [
    (register.facts, register.FACT_INPUTS),
    (lambda row: deadline_rows(row, WORKDAYS), DEADLINE_INPUTS),
    (register.new_member, register.NEW_MEMBER_INPUTS),
], ids=["facts", "deadlines", "new_member"])
@pytest.mark.parametrize("make", [full_row, open_row])
def test_a_column_outside_the_inputs_changes_no_derived_row(derive, inputs, make):
    row = make()
    derived = derive(row)
    for name in set(register.COLUMNS) - set(inputs):
        assert derive({**row, name: other_value(row[name])}) == derived, name


def test_the_rows_derive_something():
    """Otherwise the test above would pass for any inputs."""
    assert register.facts(full_row()) and register.new_member(full_row())
    assert deadline_rows(full_row(), WORKDAYS) and deadline_rows(open_row(), WORKDAYS)
    assert {r["closed_on"] for r in deadline_rows(open_row(), WORKDAYS)} == {date(2026, 3, 2)}


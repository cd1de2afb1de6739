"""The read models derived from a candidate's register row: the plan-activity facts, the
deadlines and the Biểu 2 line. The after-command batch and the rebuild both write them from
this one list."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import Table

from projections import candidates as register
from projections.deadlines import INPUTS as DEADLINE_INPUTS
from projections.deadlines import deadline_rows
from projections.tables import activity_facts, deadlines, new_members
from projections.workdays import Workdays


class Derived(NamedTuple):
    table: Table
    rows: Callable[[dict, Workdays], list[dict]]   # the table's rows for one register row
    inputs: Callable[[dict], tuple]                # the register columns those rows read


DERIVED = (
    Derived(activity_facts, lambda row, _workdays: register.facts(row),
            itemgetter(*register.FACT_INPUTS)),
    Derived(deadlines, deadline_rows, itemgetter(*DEADLINE_INPUTS)),
    Derived(new_members, lambda row, _workdays: register.new_member(row),
            itemgetter(*register.NEW_MEMBER_INPUTS)),
)

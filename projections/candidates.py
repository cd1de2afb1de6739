"""The candidate register as row dicts, derived from the domain's own fold
(`domain.candidate.state.evolve` / `project`): the projection keeps no second copy of the
candidate's rules. Also the rows derived from a register row: plan-activity facts and the
Biểu 2 line of an admitted member."""

from __future__ import annotations

from uuid import UUID

from domain import events as ev
from domain.candidate.state import Candidate, Stage, apply_corrections, evolve
from domain.dates import quarter_of, years_counted_by_month
from projections.tables import candidates

COLUMNS = tuple(c.name for c in candidates.columns)
EXITED = frozenset(s.value for s in (Stage.WITHDRAWN, Stage.TRANSFERRED_OUT,
                                     Stage.STRUCK_OFF, Stage.REFUSED))
# The register columns the domain's state does not hold as they are stored.
_STORED_APART = ("id", "stage", "probation_ends_on", "eligible_age_from")
# Columns that are the candidate's own attributes, by name.
_ATTRIBUTES = tuple(name for name in COLUMNS if name not in _STORED_APART)

# activity → the register column holding its business date (counted once per candidate)
ACTIVITY_DATES = {
    "source": "nominated_on",
    "class_registration": "class_registered_on",
    "admission_dossier": "admission_voted_on",
    "admission": "decided_on",
    "conversion_dossier": "conversion_voted_on",
    "conversion": "converted_on",
}


def row_of(c: Candidate | None) -> dict | None:
    """The register row of a candidate as the domain folded it."""
    if c is None:
        return None
    row = {name: getattr(c, name) for name in _ATTRIBUTES}
    row.update(id=str(c.id), stage=c.stage._value_, probation_ends_on=c.probation_ends_on,
               eligible_age_from=c.eligible_age_from)
    return row


def candidate_of(row: dict | None) -> Candidate | None:
    """A stored register row back as the domain's state, to fold the next events into.
    It holds every field the fold reads to derive a register column (a property test folds
    random histories both ways and compares)."""
    if row is None:
        return None
    c = Candidate(id=UUID(row["id"]), **{name: row[name] for name in _ATTRIBUTES})
    c.stage = Stage(row["stage"])
    return c


def fold_stream(events: list[ev.Event]) -> dict | None:
    """A candidate's register row from its whole stream (a full rebuild)."""
    if not events or not isinstance(events[0], ev.CandidateNominated):
        return None          # a stream that does not start with a nomination is not ours
    c = None
    for event in apply_corrections(events):   # `project` without the history it keeps
        c = evolve(c, event)
    return row_of(c)


def fold(c: Candidate | None, e: ev.Event) -> Candidate | None:
    """Apply one event that is not a correction to a candidate (None: not ours)."""
    if c is None and not isinstance(e, ev.CandidateNominated):
        return None
    return evolve(c, e)


# the register columns each derived row reads (a test keeps them complete): when none of
# them changed, the derived rows cannot have changed either
FACT_INPUTS = ("id", "cell_code", "category", "arrived_on", *ACTIVITY_DATES.values())
# a member who arrived by transfer was sourced and admitted elsewhere: here only the
# conversion counts (issue 15)
_ARRIVAL_ACTIVITIES = ("conversion_dossier", "conversion")
NEW_MEMBER_INPUTS = ("id", "cell_code", "decided_on", "birth_date", "category", "gender",
                     "ethnicity", "youth_union_member", "education")


def facts(row: dict) -> list[dict]:
    """Plan activities this candidate counts for, by category, in the business date's quarter."""
    out = []
    for activity, column in ACTIVITY_DATES.items():
        if row["arrived_on"] is not None and activity not in _ARRIVAL_ACTIVITIES:
            continue
        on = row[column]
        if on is not None:
            out.append({"candidate_id": row["id"], "activity": activity,
                        "cell_code": row["cell_code"], "category": row["category"],
                        "occurred_on": on, "year": on.year, "quarter": quarter_of(on)})
    return out


def new_member(row: dict) -> list[dict]:
    """Biểu 2 counts a member admitted by the decision's date, with the age on that date."""
    on = row["decided_on"]
    if on is None:
        return []
    return [{"candidate_id": row["id"], "cell_code": row["cell_code"], "decided_on": on,
             "age": years_counted_by_month(row["birth_date"], on),
             "category": row["category"], "gender": row["gender"],
             "ethnicity": row["ethnicity"], "youth_union_member": row["youth_union_member"],
             "education": row["education"]}]

"""The candidate register as row dicts: one fold per event (mirroring domain.candidate.state,
with the few extra dates the plan counts and the deadlines need), and the rows derived from
a register row: plan-activity facts and the Biểu 2 line of an admitted member."""

from __future__ import annotations

from datetime import date

from domain import events as ev
from domain.candidate import Stage
from domain.dates import add_months, months_counted_by_month, quarter_of
from domain.rules import rule_set_on
from projections.codec import patched
from projections.tables import candidates

COLUMNS = tuple(c.name for c in candidates.columns)
STAGE_ORDER = {stage.value: index for index, stage in enumerate(Stage)}
EXITS = {ev.Withdrawn: Stage.WITHDRAWN, ev.TransferredOut: Stage.TRANSFERRED_OUT,
         ev.StruckOff: Stage.STRUCK_OFF}
EXITED = frozenset(s.value for s in EXITS.values())
ADULT_MONTHS = 18 * 12

# activity → the register column holding its business date (counted once per candidate)
ACTIVITY_DATES = {
    "source": "nominated_on",
    "class_registration": "class_registered_on",
    "admission_dossier": "admission_voted_on",
    "admission": "decided_on",
    "conversion_dossier": "conversion_voted_on",
    "conversion": "converted_on",
}


def born(e: ev.CandidateNominated) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(id=str(e.originator_id), version=e.originator_version, cell_code=e.cell_code,
               full_name=e.full_name, birth_date=e.birth_date, gender=e.gender,
               ethnicity=e.ethnicity, category=e.category, class_name=e.class_name,
               youth_union_member=e.youth_union_member, education=e.education,
               stage=Stage.NOMINATED.value, nominated_on=e.occurred_on,
               eligible_age_from=_first_of_month(add_months(e.birth_date, ADULT_MONTHS)))
    return row


def _first_of_month(day: date) -> date:
    """Age counts by month: someone is 18 from the first day of the month they turn 18."""
    return day.replace(day=1)


def _advance(row: dict, stage: Stage) -> None:
    """Forward only: a late-recorded earlier step never moves the stage back."""
    value = stage._value_       # the plain string (Enum's .value is a slow descriptor)
    if row["stage"] not in EXITED and STAGE_ORDER[value] > STAGE_ORDER[row["stage"]]:
        row["stage"] = value


def fold_stream(events: list[ev.Event]) -> dict | None:
    """A candidate's register row from its whole stream (a full rebuild). A correction
    replays the patched stream up to itself, as a batch does when one arrives."""
    row = None
    for index, event in enumerate(events):
        corrected = isinstance(event, ev.RecordCorrected)
        row = replay(events[:index + 1]) if corrected else fold(row, event)
    return row


def replay(stream: list[ev.Event]) -> dict | None:
    """The row from a stream up to and including a correction: every correction in it is
    applied to the event it cites first."""
    row = None
    for event in patched(stream):
        row = fold(row, event)
    return row


def fold(row: dict | None, e: ev.Event) -> dict | None:
    """Apply one (already patched) event to a register row; returns the row."""
    if isinstance(e, ev.CandidateNominated):
        return born(e)
    if row is None:
        return None          # a stream that does not start with a nomination is not ours
    row["version"] = e.originator_version
    handler = _HANDLERS.get(type(e))
    if handler:
        handler(row, e)
    elif type(e) in EXITS:
        row["stage"], row["exited_on"] = EXITS[type(e)].value, e.occurred_on
    return row


def _registered(row, e):
    row["class_registered_on"] = e.occurred_on
    _advance(row, Stage.CLASS_REGISTERED)


def _certified(row, e):
    months = rule_set_on(e.occurred_on).number("certificate_validity", "months")
    row["certificate_on"] = e.occurred_on
    row["certificate_expires_on"] = add_months(e.occurred_on, months)
    _advance(row, Stage.CLASS_COMPLETED)


def _verified(row, e):
    if e.passed:
        _advance(row, Stage.VERIFIED)


def _admission_voted(row, e):
    if e.passed:
        row["admission_voted_on"] = e.occurred_on
        _advance(row, Stage.PROPOSED)


def _decided(row, e):
    row["decided_on"], row["decision_received_on"] = e.occurred_on, e.received_on
    _advance(row, Stage.DECIDED)


def _admitted(row, e):
    row["admitted_on"] = e.occurred_on
    row["probation_ends_on"] = add_months(e.occurred_on, 12)
    _advance(row, Stage.PROBATIONARY)


def _conversion_voted(row, e):
    first = row["conversion_first_voted_on"]
    if first is None or e.occurred_on < first:
        row["conversion_first_voted_on"] = e.occurred_on
    if e.passed:
        row["conversion_voted_on"] = e.occurred_on
        _advance(row, Stage.CONVERSION_PROPOSED)


def _converted(row, e):
    # as the domain does (state._converted): the end of probation, which follows a corrected
    # ceremony date, rather than the date the event carried when it was recorded
    row["converted_on"] = e.occurred_on
    row["official_since"] = row["probation_ends_on"] or e.official_since
    _advance(row, Stage.OFFICIAL)


_HANDLERS = {
    ev.AwarenessClassRegistered: _registered,
    ev.AwarenessClassCompleted: _certified,
    ev.ApplicationSubmitted: lambda row, e: _advance(row, Stage.APPLIED),
    ev.BackgroundVerified: _verified,
    ev.AdmissionVoted: _admission_voted,
    ev.AdmissionDecided: _decided,
    ev.Admitted: _admitted,
    ev.ConversionVoted: _conversion_voted,
    ev.ConvertedToOfficial: _converted,
}


# the register columns each derived row reads (a test keeps them complete): when none of
# them changed, the derived rows cannot have changed either
FACT_INPUTS = ("id", "cell_code", "category", *ACTIVITY_DATES.values())
NEW_MEMBER_INPUTS = ("id", "cell_code", "decided_on", "birth_date", "category", "gender",
                     "ethnicity", "youth_union_member", "education")


def facts(row: dict) -> list[dict]:
    """Plan activities this candidate counts for, by category, in the business date's quarter."""
    out = []
    for activity, column in ACTIVITY_DATES.items():
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
             "age": months_counted_by_month(row["birth_date"], on) // 12,
             "category": row["category"], "gender": row["gender"],
             "ethnicity": row["ethnicity"], "youth_union_member": row["youth_union_member"],
             "education": row["education"]}]

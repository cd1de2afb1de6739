"""The four working-day deadlines, as the log shows them met, late, or still open.

decision 60 WD after a passed admission vote; ceremony 30 WD after the decision is received;
conversion vote 30 WD after the end of probation; conversion decision 30 WD after the passed
conversion vote. A deadline never blocks; the report lists it when met late, or when still
unmet at the period's end (unless the person left before it fell due).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain import events as ev
from domain.calendar import WorkingCalendar
from domain.dates import add_months
from domain.rules import rule_set_on

EXITS = (ev.Withdrawn, ev.TransferredOut, ev.StruckOff)


@dataclass(frozen=True)
class Deadline:
    rule_id: str
    starts_on: date
    due_on: date
    trigger: tuple[int, ev.Event]
    met: tuple[int, ev.Event] | None
    closed_on: date | None          # the person left the list before it was met

    def breached(self, start: date, end: date) -> tuple[int, ev.Event] | None:
        """Where the breach shows in the period, if it does: the late event, or the trigger."""
        if self.met is not None and self.met[1].occurred_on <= end:
            met_on = self.met[1].occurred_on
            return self.met if met_on > self.due_on and met_on >= start else None
        if self.due_on >= end or (self.closed_on and self.closed_on <= self.due_on):
            return None
        return None if self.closed_on and self.closed_on < start else self.trigger


# (rule, trigger test, start date of the clock, the event that meets it)
_SPECS = (
    ("decision_within_60_working_days",
     lambda e: isinstance(e, ev.AdmissionVoted) and e.passed,
     lambda e: e.occurred_on, ev.AdmissionDecided),
    ("ceremony_within_30_working_days",
     lambda e: isinstance(e, ev.AdmissionDecided), lambda e: e.received_on, ev.Admitted),
    ("conversion_vote_within_30_working_days",
     lambda e: isinstance(e, ev.Admitted), lambda e: add_months(e.occurred_on, 12),
     ev.ConversionVoted),
    ("conversion_decision_within_30_working_days",
     lambda e: isinstance(e, ev.ConversionVoted) and e.passed, lambda e: e.occurred_on,
     ev.ConvertedToOfficial),
)


def deadlines(stream: list[tuple[int, ev.Event]], calendar: WorkingCalendar) -> list[Deadline]:
    """Every deadline a candidate's (corrected) stream started, with what met or closed it."""
    found = []
    exit_on = next((e.occurred_on for _, e in stream if isinstance(e, EXITS)), None)
    for index, (position, event) in enumerate(stream):
        for rule_id, starts, clock_start, meets in _SPECS:
            if not starts(event):
                continue
            begin = clock_start(event)
            days = rule_set_on(begin).number(rule_id, "working_days")
            met = next(((p, e) for p, e in stream[index + 1:] if isinstance(e, meets)), None)
            found.append(Deadline(rule_id, begin, calendar.add_working_days(begin, days),
                                  (position, event), met, exit_on))
    return found

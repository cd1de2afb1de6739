"""The four working-day deadlines (thời hạn), defined once: which event starts each clock,
from which date, and which event meets it. A deadline never blocks a command; the read side
shows it as a reminder and the audit reports it when breached. The number of working days
comes from the rule set in force on the start date (domain/rules/catalogue.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain import events as ev
from domain.dates import add_months
from domain.rules import rule_set_on


@dataclass(frozen=True)
class DeadlineRule:
    rule_id: str
    starts: Callable[[ev.Event], bool]          # does this event start the clock?
    start_date: Callable[[ev.Event], date]      # the day the clock starts from
    met_by: type[ev.Event]                      # the first later event of this type meets it
    starts_from: str        # the candidate's date (domain.candidate.Candidate) it starts from
    met_on: str             # the candidate's date that meets it

    def working_days(self, starts_on: date) -> int:
        return rule_set_on(starts_on).number(self.rule_id, "working_days")


def _passed(kind: type[ev.Event]) -> Callable[[ev.Event], bool]:
    return lambda e: isinstance(e, kind) and e.passed


DEADLINES: tuple[DeadlineRule, ...] = (
    DeadlineRule("decision_within_60_working_days", _passed(ev.AdmissionVoted),
                 lambda e: e.occurred_on, ev.AdmissionDecided,
                 "admission_voted_on", "decided_on"),
    DeadlineRule("ceremony_within_30_working_days", lambda e: isinstance(e, ev.AdmissionDecided),
                 lambda e: e.received_on, ev.Admitted,
                 "decision_received_on", "admitted_on"),
    DeadlineRule("conversion_vote_within_30_working_days", lambda e: isinstance(e, ev.Admitted),
                 lambda e: add_months(e.occurred_on, 12), ev.ConversionVoted,
                 "probation_ends_on", "conversion_first_voted_on"),
    DeadlineRule("conversion_decision_within_30_working_days", _passed(ev.ConversionVoted),
                 lambda e: e.occurred_on, ev.ConvertedToOfficial,
                 "conversion_voted_on", "converted_on"),
)
DEADLINE_IDS = frozenset(d.rule_id for d in DEADLINES)

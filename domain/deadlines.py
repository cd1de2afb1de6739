"""The working-day deadlines (thời hạn), defined once: which event starts each clock,
from which date, and which event meets it. A deadline never blocks a command; the read side
shows it as a reminder and the audit reports it when breached. The number of working days
comes from the rule set in force on the start date (domain/rules/catalogue.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain import events as ev
from domain.candidate.state import probation_end
from domain.rules import rule_set_on


@dataclass(frozen=True)
class DeadlineRule:
    rule_id: str
    starts: Callable[[ev.Event], bool]          # does this event start the clock?
    start_date: Callable[[ev.Event], date]      # the day the clock starts from
    met_by: Callable[[ev.Event], bool]          # the first later event that meets it
    starts_from: str        # the candidate's date (domain.candidate.Candidate) it starts from
    met_on: str             # the candidate's date that meets it
    # the superior's extension (24-QĐ/TW 4.3.1): the event that moves the due date, and the
    # candidate's date it moves it to
    extended_by: Callable[[ev.Event], bool] = lambda e: False
    extended_to: str | None = None
    # the superior's consent to meeting it late (24-QĐ/TW 4.1): the event and the date
    consented_by: Callable[[ev.Event], bool] = lambda e: False
    consented_on: str | None = None
    # a clock that runs on after the person left the cell (a transfer's presentation)
    after_exit: bool = False

    def working_days(self, starts_on: date) -> int:
        return rule_set_on(starts_on).number(self.rule_id, "working_days")


def _passed(kind: type[ev.Event]) -> Callable[[ev.Event], bool]:
    return lambda e: isinstance(e, kind) and e.passed


def _any(*kinds: type[ev.Event]) -> Callable[[ev.Event], bool]:
    return lambda e: isinstance(e, kinds)


def _extends(decision: str) -> Callable[[ev.Event], bool]:
    return lambda e: isinstance(e, ev.DecisionExtended) and e.decision == decision


DEADLINES: tuple[DeadlineRule, ...] = (
    # the superior's answer meets it: a decision or a refusal (24-QĐ/TW 4.3.1)
    DeadlineRule("decision_within_60_working_days", _passed(ev.AdmissionVoted),
                 lambda e: e.occurred_on, _any(ev.AdmissionDecided, ev.AdmissionRefused),
                 "admission_voted_on", "admission_settled_on",
                 _extends("admission"), "admission_decision_extended_to"),
    DeadlineRule("ceremony_within_30_working_days", lambda e: isinstance(e, ev.AdmissionDecided),
                 lambda e: e.received_on, _any(ev.Admitted),
                 "decision_received_on", "admitted_on",
                 consented_by=_any(ev.LateCeremonyConsented),
                 consented_on="ceremony_consented_on"),
    # only a passed vote meets it: a failed vote is not the cell's proposal
    DeadlineRule("conversion_vote_within_30_working_days", lambda e: isinstance(e, ev.Admitted),
                 lambda e: probation_end(e.occurred_on), _passed(ev.ConversionVoted),
                 "probation_ends_on", "conversion_voted_on"),
    DeadlineRule("conversion_decision_within_30_working_days", _passed(ev.ConversionVoted),
                 lambda e: e.occurred_on, _any(ev.ConvertedToOfficial, ev.ConversionRefused),
                 "conversion_voted_on", "conversion_settled_on",
                 _extends("conversion"), "conversion_decision_extended_to"),
    # chuyển sinh hoạt đảng (24-QĐ/TW 6.3.1): the letter meets the paperwork's clock, which
    # started when the move took effect; the presentation at the new place meets the next
    DeadlineRule("transfer_paperwork_within_60_working_days", _any(ev.PartyTransferLetterIssued),
                 lambda e: e.cause_on, _any(ev.PartyTransferLetterIssued),
                 "transfer_cause_on", "transfer_letter_on"),
    DeadlineRule("transfer_presented_within_30_working_days",
                 _any(ev.PartyTransferLetterIssued), lambda e: e.occurred_on,
                 _any(ev.PartyTransferPresented), "transfer_letter_on", "transfer_presented_on",
                 after_exit=True),
)
DEADLINE_IDS = frozenset(d.rule_id for d in DEADLINES)

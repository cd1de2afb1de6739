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
from domain.deadlines import DEADLINES

EXITS = (ev.Withdrawn, ev.TransferredOut, ev.StruckOff, ev.PartyTransferLetterIssued)


def _exit_on(stream: list[tuple[int, ev.Event]]) -> date | None:
    """The day the person left the list: an exit, or a refusal that does not return them."""
    return next((e.occurred_on for _, e in stream if isinstance(e, EXITS) or (
        isinstance(e, ev.AdmissionRefused) and not e.returns_to_pool)), None)


@dataclass(frozen=True)
class Deadline:
    rule_id: str
    starts_on: date
    due_on: date
    trigger: tuple[int, ev.Event]
    met: tuple[int, ev.Event] | None
    closed_on: date | None          # the person left the list before it was met
    consent: tuple[int, ev.Event] | None = None   # the superior consented to it being late

    def breached(self, start: date, end: date) -> tuple[int, ev.Event] | None:
        """Where the breach shows in the period, if it does: the late event, or the trigger."""
        if self.met is not None and self.met[1].occurred_on <= end:
            met_on = self.met[1].occurred_on
            return self.met if met_on > self.due_on and met_on >= start else None
        if self.due_on >= end or (self.closed_on and self.closed_on <= self.due_on):
            return None
        return None if self.closed_on and self.closed_on < start else self.trigger


def deadlines(stream: list[tuple[int, ev.Event]], calendar: WorkingCalendar) -> list[Deadline]:
    """Every deadline a candidate's (corrected) stream started, with what met or closed it."""
    found = []
    exit_on = _exit_on(stream)
    for index, (position, event) in enumerate(stream):
        for rule in DEADLINES:
            if not rule.starts(event):
                continue
            begin = rule.start_date(event)
            due = calendar.add_working_days(begin, rule.working_days(begin))
            later = stream[index + 1:]
            # the letter of a transfer is both the paperwork clock's start and its end
            met = next(((p, e) for p, e in stream[index:] if rule.met_by(e)), None)
            until = len(later) if met is None or met not in later else later.index(met)
            # an extension recorded before the answer moves the due date (24-QĐ/TW 4.3.1)
            extension = next((e for _, e in later[:until] if rule.extended_by(e)), None)
            if extension is not None:
                due = max(due, extension.extended_to)
            consent = next(((p, e) for p, e in later if rule.consented_by(e)), None)
            found.append(Deadline(rule.rule_id, begin, due, (position, event), met,
                                  None if rule.after_exit else exit_on, consent))
    return found

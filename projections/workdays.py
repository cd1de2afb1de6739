"""Working days as the projection sees them: static holidays handed in by the composition
root, plus the days declared in the log so far (so a rebuild gives identical due dates)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta

from cachetools import FIFOCache, cached
from sqlalchemy import select

from domain.calendar import WorkingCalendar
from projections.tables import calendar_days

REMINDER_WORKING_DAYS = 10   # "due_soon": the last 10 working days before a deadline


@dataclass(frozen=True)
class ProjectionContext:
    """What the read side needs from outside: public holidays (lunar Tết included) and the
    Saturdays worked in exchange, as the `holidays` library knows them."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    substituted_workdays: frozenset[date] = field(default_factory=frozenset)


class Workdays:
    """A WorkingCalendar that grows as declarations are read, with its answers cached
    (a rebuild asks for the same few thousand start dates again and again)."""

    def __init__(self, context: ProjectionContext, off=(), working=()) -> None:
        self.context = context
        self.off, self.working = set(off), set(working)
        self._rebuild()

    @classmethod
    def load(cls, conn, context: ProjectionContext) -> Workdays:
        rows = conn.execute(select(calendar_days.c.day, calendar_days.c.working)).all()
        return cls(context, [d for d, w in rows if not w], [d for d, w in rows if w])

    def declare(self, day: date, working: bool) -> bool:
        """Record a declared day; False when it was already known (nothing changes)."""
        days = self.working if working else self.off
        if day in days:
            return False
        days.add(day)
        self._rebuild()
        return True

    def _rebuild(self) -> None:
        self.calendar = WorkingCalendar.of(self.context.holidays, self.off,
                                           self.working | self.context.substituted_workdays)
        key = (self.context, frozenset(self.off), frozenset(self.working))
        self._due, self._reminder, self.timings = _answers(key)

    def due(self, start: date, working_days: int) -> date:
        key = (start, working_days)
        if key not in self._due:
            self._due[key] = self.calendar.add_working_days(start, working_days)
        return self._due[key]

    def reminder_from(self, due_on: date) -> date:
        """The first day from which at most 10 working days remain up to `due_on`."""
        if due_on not in self._reminder:
            day, seen = due_on, 0
            while True:
                seen += self.calendar.is_working_day(day)
                if seen > REMINDER_WORKING_DAYS:
                    break
                day -= timedelta(days=1)
            self._reminder[due_on] = day
        return self._reminder[due_on]


@cached(FIFOCache(maxsize=8), lock=threading.Lock())
def _answers(calendar_key: tuple) -> tuple[dict, dict, dict]:
    """One calendar's answers (due dates, reminders, timings), kept across batches and
    catch-ups (a batch reloads the calendar); only the latest few calendars are worth keeping."""
    return {}, {}, {}

"""Working days (ngày làm việc): weekends and holidays excluded, declared days applied.

The domain does not know which days are public holidays: the composition root passes them
in as data (built from the `holidays` library, which follows the lunar calendar for Tết),
together with the days the authorities declared off or declared working (make-up Saturdays).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

SATURDAY = 5
WEEKDAYS = 5
ONE_DAY, WEEK = timedelta(days=1), timedelta(days=7)


@dataclass(frozen=True)
class WorkingCalendar:
    holidays: frozenset[date] = field(default_factory=frozenset)
    declared_off: frozenset[date] = field(default_factory=frozenset)
    declared_working: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, holidays: Iterable[date], off: Iterable[date] = (),
           working: Iterable[date] = ()) -> WorkingCalendar:
        return cls(frozenset(holidays), frozenset(off), frozenset(working))

    def is_working_day(self, day: date) -> bool:
        if day in self.declared_working:
            return True
        if day in self.declared_off or day in self.holidays:
            return False
        return day.weekday() < SATURDAY

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (the start day itself is not counted)."""
        if count < 0:
            raise ValueError("count must be >= 0")
        day, left = start, count
        while left:
            # any 7 days in a row hold 5 weekdays: a week with no holiday or declared day in
            # it is 5 working days, skipped at once (a rebuild counts thousands of deadlines)
            if left > WEEKDAYS and self._plain_week_after(day):
                day, left = day + WEEK, left - WEEKDAYS
            else:
                day += ONE_DAY
                left -= self.is_working_day(day)
        return day

    def _plain_week_after(self, day: date) -> bool:
        """No holiday and no declared day in the 7 days after `day`."""
        special = self._special_days
        return bisect_right(special, day + WEEK) == bisect_right(special, day)

    @cached_property
    def _special_days(self) -> tuple[date, ...]:
        return tuple(sorted(self.holidays | self.declared_off | self.declared_working))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        days, day = 0, start
        while day < end:
            day += timedelta(days=1)
            days += self.is_working_day(day)
        return days

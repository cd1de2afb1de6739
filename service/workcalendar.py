"""The Vietnamese working calendar: public holidays (lunar Tết included) from the `holidays`
library, plus the days the authorities declared off or working, recorded as events."""

from __future__ import annotations

from functools import lru_cache

import holidays

from domain.calendar import WorkingCalendar

YEARS = range(2015, 2041)


@lru_cache(maxsize=1)
def public_holidays() -> frozenset:
    """Every public holiday, with substituted days off (nghỉ bù), for the years Ketnap serves."""
    return frozenset(holidays.country_holidays("VN", years=YEARS).keys())


@lru_cache(maxsize=1)
def substituted_workdays() -> frozenset:
    """Saturdays worked in exchange for a bridging day off, as the library knows them."""
    days = getattr(holidays.country_holidays("VN", years=YEARS), "weekend_workdays", set())
    return frozenset(days)


def working_calendar(declared_off=(), declared_working=()) -> WorkingCalendar:
    return WorkingCalendar.of(public_holidays(), declared_off,
                              set(declared_working) | substituted_workdays())

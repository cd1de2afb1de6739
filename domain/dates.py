"""Calendar arithmetic the regulations count in: months (age, validity, probation) and quarters."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day (29/02 → 28/02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def months_counted_by_month(born: date, on: date) -> int:
    """Age 'tính theo tháng': whole calendar months between the two months, ignoring the day.

    Someone born in the meeting's month counts as having that many years in that month,
    whatever the day (24-QĐ/TW 1.1.1 counts by month, not by day).
    """
    return (on.year - born.year) * 12 + (on.month - born.month)


def years_counted_by_month(born: date, on: date) -> int:
    """Whole years of age, counted by month as above (Biểu 2's age on the decision date)."""
    return months_counted_by_month(born, on) // 12


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def format_vi(day: date | None) -> str:
    """dd/mm/yyyy, as Vietnamese documents and the UI write dates."""
    return "" if day is None else day.strftime("%d/%m/%Y")

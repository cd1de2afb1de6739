"""A date as people type it, on a page or at the command line: 03/12/2026, 3/12/2026,
03.12.2026, 03-12-2026 or 03122026 (a phone's number pad has no "/"), shown as dd/mm/yyyy.
ISO (2026-12-03), the API's form, is still taken when pasted: with the year first it cannot
be misread, and scripts written against the forms keep working. Refused as *dd/mm/yyyy*."""

from __future__ import annotations

import re
from datetime import date

DMY = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$")
DMY_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
DATE_ERROR = "Ngày không hợp lệ: hãy gõ dd/mm/yyyy (ví dụ 03/12/2026)."


def iso_date(raw: str) -> str | None:
    """A typed day/month/year → YYYY-MM-DD (the caller then checks it is a real day)."""
    if m := DMY.match(raw):
        return f"{m[4]}-{int(m[3]):02d}-{int(m[1]):02d}"
    if m := DMY_COMPACT.match(raw):
        return f"{m[3]}-{m[2]}-{m[1]}"
    if m := ISO.match(raw):
        return f"{m[1]}-{m[2]}-{m[3]}"
    return None


def parse_day(raw: str | None) -> date | None:
    """A typed date (any of the forms iso_date takes), or None."""
    iso = iso_date(raw or "")
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def click_day():
    """The command line's date type: the same forms as the pages, refused as dd/mm/yyyy.
    Gives a datetime at midnight, as click.DateTime did (commands call `.date()`)."""
    from datetime import datetime

    import click

    class Day(click.ParamType):
        name = "dd/mm/yyyy"

        def convert(self, value, param, ctx):
            if isinstance(value, datetime):
                return value
            day = parse_day(str(value))
            if day is None:
                self.fail(f"{value!r}: {DATE_ERROR}", param, ctx)
            return datetime(day.year, day.month, day.day)

    return Day()

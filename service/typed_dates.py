"""A date as people type it, on a page or at the command line: 03/12/2026, 3/12/2026,
03.12.2026, 03-12-2026 or 03122026 (a phone's number pad has no "/"), shown as dd/mm/yyyy.
ISO (2026-12-03), the API's form, is still taken when pasted: with the year first it cannot
be misread, and scripts written against the forms keep working. Refused as *dd/mm/yyyy*."""

from __future__ import annotations

from datetime import date, datetime

DAY_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d%m%Y", "%Y-%m-%d")
DATE_ERROR = "Ngày không hợp lệ: hãy gõ dd/mm/yyyy (ví dụ 03/12/2026)."


def iso_date(raw: str) -> str | None:
    """A typed day/month/year → YYYY-MM-DD, or None (the schema then refuses the raw text)."""
    day = parse_day(raw)
    return day.isoformat() if day else None


def parse_day(raw: str | None) -> date | None:
    """A real day typed in one of DAY_FORMATS, or None. strptime alone would also take a
    space inside ("3/ 5/2026"), digits of other scripts and 7 digits run together."""
    typed = (raw or "").strip()
    if not typed.isascii() or any(c.isspace() for c in typed) or (
            typed.isdigit() and len(typed) != 8):
        return None
    for form in DAY_FORMATS:
        try:
            return datetime.strptime(typed, form).date()
        except ValueError:
            continue
    return None


def click_day():
    """The command line's date type: the same forms as the pages, refused as dd/mm/yyyy.
    Gives a datetime at midnight, as click.DateTime did (commands call `.date()`)."""
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

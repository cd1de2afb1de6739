"""Dates shown to users: dd/mm/yyyy, recorded times in Việt Nam time."""

from datetime import UTC, date, datetime

from service.web.text import vn_date


def test_business_dates_are_day_month_year():
    assert vn_date(date(2024, 2, 9)) == "09/02/2024"


def test_recorded_times_are_shown_in_vietnam_time():
    assert vn_date(datetime(2024, 12, 31, 20, 30)) == "01/01/2025 03:30"      # naive = UTC
    assert vn_date(datetime(2024, 6, 1, 2, 0, tzinfo=UTC)) == "01/06/2024 09:00"

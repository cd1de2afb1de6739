"""WorkingCalendar: properties over random calendars, and real Vietnamese holidays."""

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.calendar import WorkingCalendar

START = date(2023, 1, 1)
days = st.dates(min_value=START, max_value=date(2027, 12, 31))
counts = st.integers(min_value=0, max_value=120)
saturdays = st.integers(min_value=0, max_value=250).map(
    lambda i: date(2022, 12, 31) + timedelta(weeks=i))
weekdays = days.filter(lambda d: d.weekday() < 5)


@st.composite
def calendars(draw):
    return WorkingCalendar.of(draw(st.sets(days, max_size=40)),
                              off=draw(st.sets(days, max_size=10)),
                              working=draw(st.sets(saturdays, max_size=5)))


@given(calendars(), days, st.integers(min_value=1, max_value=120))
def test_adding_working_days_always_lands_on_a_working_day(cal, start, n):
    assert cal.is_working_day(cal.add_working_days(start, n))


@given(calendars(), days, counts)
def test_adding_working_days_is_counting_them_one_day_at_a_time(cal, start, n):
    day, left = start, n
    while left:
        day += timedelta(days=1)
        left -= cal.is_working_day(day)
    assert cal.add_working_days(start, n) == day


@given(calendars(), days, counts)
def test_counting_back_the_working_days_added_gives_the_same_number(cal, start, n):
    assert cal.working_days_between(start, cal.add_working_days(start, n)) == n


@given(calendars(), days, counts)
def test_adding_more_working_days_lands_strictly_later(cal, start, n):
    assert cal.add_working_days(start, n) < cal.add_working_days(start, n + 1)


@given(calendars(), days)
def test_adding_zero_working_days_is_the_start_day_itself(cal, start):
    assert cal.add_working_days(start, 0) == start


@given(calendars(), days, days)
def test_working_days_between_is_zero_unless_the_end_is_later(cal, start, end):
    if end <= start:
        assert cal.working_days_between(start, end) == 0


@given(saturdays, st.integers(min_value=1, max_value=30), st.integers(min_value=0, max_value=30))
def test_a_declared_working_saturday_counts_as_one_more_working_day(saturday, before, after):
    start, end = saturday - timedelta(days=before), saturday + timedelta(days=after)
    plain, with_make_up = WorkingCalendar(), WorkingCalendar.of((), working=[saturday])
    assert with_make_up.is_working_day(saturday) and not plain.is_working_day(saturday)
    assert with_make_up.working_days_between(start, end) == \
        plain.working_days_between(start, end) + 1


@given(weekdays, st.integers(min_value=1, max_value=30), st.integers(min_value=0, max_value=30))
def test_a_declared_day_off_does_not_count(day_off, before, after):
    start, end = day_off - timedelta(days=before), day_off + timedelta(days=after)
    plain, with_day_off = WorkingCalendar(), WorkingCalendar.of((), off=[day_off])
    assert not with_day_off.is_working_day(day_off)
    assert with_day_off.working_days_between(start, end) == \
        plain.working_days_between(start, end) - 1


@given(saturdays)
def test_a_declared_working_day_wins_over_a_holiday_on_the_same_day(saturday):
    assert WorkingCalendar.of([saturday], working=[saturday]).is_working_day(saturday)


def test_a_negative_number_of_working_days_is_refused():
    with pytest.raises(ValueError):
        WorkingCalendar().add_working_days(START, -1)


def vietnam(*years: int) -> WorkingCalendar:
    return WorkingCalendar.of(holidays.country_holidays("VN", years=years))


def tet_weekdays(first: date, last: date, cal: WorkingCalendar) -> int:
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return sum(d.weekday() < 5 and not cal.is_working_day(d) for d in span)


def test_a_30_working_day_deadline_across_tet_2025_lands_later_by_the_tet_weekdays():
    cal, plain, start = vietnam(2025), WorkingCalendar(), date(2025, 1, 10)
    tet = tet_weekdays(date(2025, 1, 27), date(2025, 2, 1), cal)
    assert tet == 5
    assert plain.add_working_days(start, 30) == date(2025, 2, 21)
    assert cal.add_working_days(start, 30) == plain.add_working_days(start, 30 + tet)
    assert cal.add_working_days(start, 30) == date(2025, 2, 28)


def test_60_working_days_from_15_january_2024_skip_the_tet_2024_weekdays():
    cal, plain, start = vietnam(2024), WorkingCalendar(), date(2024, 1, 15)
    tet = tet_weekdays(date(2024, 2, 8), date(2024, 2, 14), cal)
    assert tet == 5
    assert cal.add_working_days(start, 60) == plain.add_working_days(start, 60 + tet)
    assert cal.add_working_days(start, 60) == date(2024, 4, 15)
    assert cal.working_days_between(start, date(2024, 4, 15)) == 60


def test_a_make_up_saturday_declared_by_the_authorities_shortens_the_deadline():
    make_up = date(2024, 5, 4)  # làm bù for the day off on 29/04/2024
    cal = WorkingCalendar.of(holidays.country_holidays("VN", years=2024), working=[make_up])
    assert cal.working_days_between(date(2024, 4, 26), date(2024, 5, 6)) == 4
    assert vietnam(2024).working_days_between(date(2024, 4, 26), date(2024, 5, 6)) == 3

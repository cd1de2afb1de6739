"""Deadlines in working days, computed with the working calendar (Tết by the lunar calendar)."""

from datetime import timedelta

from pytest_bdd import given, scenarios, then

from domain.rules.catalogue import rule_set_on
from tests.acceptance.conftest import SECRETARY, step

scenarios("thoi_han_ngay_lam_viec.feature")

# what the committee calls the deadline -> (rule id, the candidate's date it counts from)
DEADLINES = {
    "cấp trên quyết định kết nạp": ("decision_within_60_working_days", "admission_voted_on"),
    "chi bộ tổ chức lễ kết nạp": ("ceremony_within_30_working_days", "decision_received_on"),
    "chi bộ xét công nhận chính thức": ("conversion_vote_within_30_working_days",
                                        "probation_ends_on"),
    "cấp trên quyết định công nhận chính thức": ("conversion_decision_within_30_working_days",
                                                 "conversion_voted_on"),
}


def due_date(world, what: str, name: str):
    rule_id, counted_from = DEADLINES[what]
    start = getattr(world.candidate(name), counted_from)
    days = rule_set_on(start).number(rule_id, "working_days")
    return days, world.calendar().add_working_days(start, days)


@given(step("các ngày từ {start:Date} đến {end:Date} là ngày nghỉ Tết Nguyên đán"))
def tet_holidays(world, start, end):
    calendar, days = world.calendar(), (end - start).days + 1
    assert not any(calendar.is_working_day(start + timedelta(n)) for n in range(days))


@given(step("ngày {day:Date} là ngày nghỉ lễ"))
def public_holiday(world, day):
    assert not world.calendar().is_working_day(day)


@given(step('ngày {day:Date} là ngày làm bù theo "{notice}"'))
def make_up_working_day(world, day, notice):
    world.app.declare_day(day, True, notice, SECRETARY)


@then(step('hạn {days:d} ngày làm việc để {what} "{name}" là ngày {due:Date}'))
def deadline_is(world, days, what, name, due):
    world.expect_recorded()
    assert due_date(world, what, name) == (days, due)


@then(step('lễ kết nạp "{name}" muộn {late:d} ngày làm việc so với hạn'))
def ceremony_late_by(world, name, late):
    _, due = due_date(world, "chi bộ tổ chức lễ kết nạp", name)
    held = world.candidate(name).admitted_on
    assert world.calendar().working_days_between(due, held) == late

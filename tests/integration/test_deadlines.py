"""Deadlines in working days: Tết and declared days counted, statuses as of `today`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bench.meetings import meeting_of
from domain.candidate import Person
from projections import queries, runner
from service.readside import catch_up, rebuild_all
from tests.readmodels import dump, follow_commands

CELL = "TET"
DECISION = "decision_within_60_working_days"
# Vietnamese public holidays of 2025, written out by hand (Tết: 27–31/01 plus Saturday 01/02)
HOLIDAYS_2025 = {date(2025, 1, 1), *(date(2025, 1, d) for d in range(27, 32)),
                 date(2025, 2, 1), date(2025, 4, 7), date(2025, 4, 30), date(2025, 5, 1),
                 date(2025, 5, 2), date(2025, 9, 1), date(2025, 9, 2)}


def nth_working_day(start: date, n: int, off=frozenset()) -> date:
    day = start
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5 and day not in HOLIDAYS_2025 and day not in off
    return day


@pytest.fixture
def voted(services):
    """A student whose cell voted (passed) on Monday 20/01/2025, a week before Tết."""
    follow_commands(services)
    services.command(services.store.register_cell,
                     CELL, "Chi bộ thử", "Đảng ủy xã", date(2024, 1, 2),
                     "bithu")
    person = Person("Lê Văn Tết", date(2006, 1, 1), "male", "Kinh", "HS", True,
                    "upper_secondary", "12A1")
    cid = services.command(services.store.nominate, CELL, person, nominated_on=date(2024, 3, 1),
                           actor="bithu").id
    steps = [("register_for_awareness_class", {"registered_on": date(2024, 3, 10)}),
             ("complete_awareness_class", {"completed_on": date(2024, 5, 10),
                                           "certificate_no": "1", "issued_by": "TTCT"}),
             ("submit_application", {"submitted_on": date(2024, 9, 1)}),
             ("record_verification", {"concluded_on": date(2024, 10, 1), "result": "passed"}),
             ("record_introduction", {"introduced_on": date(2024, 10, 5),
                                      "kind": "youth_union", "introducers": ["BCH Đoàn"]}),
             ("collect_comments", {"collected_on": date(2024, 10, 10)}),
             ("vote_admission", {"meeting_on": date(2025, 1, 20), "resolution_no": "1-NQ",
                                 "votes_for": 9})]
    meeting_of(services.store, CELL, date(2025, 1, 20), 9, "bithu")
    for use_case, kwargs in steps:
        services.command(getattr(services.store, use_case), cid, "bithu", **kwargs)
    return services, cid


def decision_deadline(services, cid, today):
    [row] = [d for d in queries.deadlines(services.engine, today, cell_code=CELL)
             if d.candidate_id == cid and d.rule_id == DECISION]
    return row


def test_a_deadline_spanning_tet_skips_the_holidays(voted):
    services, cid = voted
    row = decision_deadline(services, cid, date(2025, 2, 10))
    due = nth_working_day(date(2025, 1, 20), 60)
    assert row.due_on == due
    weekdays = sum((date(2025, 1, 20) + timedelta(days=i)).weekday() < 5
                   for i in range(1, (due - date(2025, 1, 20)).days + 1))
    assert weekdays == 60 + 5 + 1          # Tết (27–31/01) and 07/04 are not working days
    assert row.starts_on == date(2025, 1, 20)
    assert row.article == "Quy định 232-QĐ/TW, mục 4.3.1"     # in force from 20/01/2025
    assert row.status == "pending"
    assert queries.candidate(services.engine, cid).next_deadline_on == due


def test_statuses_as_of_today(voted):
    services, cid = voted
    due = decision_deadline(services, cid, date(2025, 2, 10)).due_on
    reminder, seen = due, 0                 # the 11th working day back, counting `due`
    while True:
        seen += reminder.weekday() < 5 and reminder not in HOLIDAYS_2025
        if seen == 11:
            break
        reminder -= timedelta(days=1)
    assert decision_deadline(services, cid, due).status == "due_soon"
    assert decision_deadline(services, cid, reminder).status == "due_soon"
    assert decision_deadline(services, cid, reminder - timedelta(days=1)).status == "pending"
    assert decision_deadline(services, cid, due - timedelta(days=30)).status == "pending"
    assert decision_deadline(services, cid, due + timedelta(days=1)).status == "overdue"
    overdue = queries.deadlines(services.engine, due + timedelta(days=1), status="overdue")
    assert [d.candidate_id for d in overdue] == [cid]


def test_a_late_decision_is_a_breach_and_starts_the_ceremony_clock(voted):
    services, cid = voted
    due = decision_deadline(services, cid, date(2025, 2, 10)).due_on
    decided = due + timedelta(days=3)
    services.command(services.store.decide_admission,
                     cid, "ubkt", decided_on=decided, decision_no="9-QĐ",
                     decided_by="Đảng ủy xã", received_on=decided + timedelta(days=1))
    row = decision_deadline(services, cid, date(2026, 1, 1))
    assert (row.met_on, row.status) == (decided, "breached")
    [ceremony] = queries.deadlines(services.engine, date(2026, 1, 1), status="overdue")
    assert ceremony.rule_id == "ceremony_within_30_working_days"
    assert ceremony.starts_on == decided + timedelta(days=1)


def test_an_exit_closes_the_pending_deadline(voted):
    services, cid = voted
    services.command(services.store.withdraw,
                     cid, "bithu", on=date(2025, 2, 20), reason="Chuyển trường")
    assert decision_deadline(services, cid, date(2026, 1, 1)).status == "closed"
    assert queries.candidate(services.engine, cid).next_deadline_on is None


def test_a_declared_day_off_moves_the_due_date_and_a_rebuild_agrees(voted):
    services, cid = voted
    before = decision_deadline(services, cid, date(2025, 2, 10)).due_on
    services.command(services.store.declare_day,
                     date(2025, 2, 3), False, "Nghỉ thêm sau Tết", "bithu")
    after = decision_deadline(services, cid, date(2025, 2, 10)).due_on
    assert after == nth_working_day(date(2025, 1, 20), 60, off={date(2025, 2, 3)})
    assert after > before
    live = dump(services.engine)
    runner.clear(services.engine)
    catch_up(services, batch_size=1000)
    assert dump(services.engine) == live
    # a rebuild counts every deadline with the final calendar: the same due dates
    rebuild_all(services, workers=1)
    assert dump(services.engine) == live

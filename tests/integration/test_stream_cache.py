"""Streams kept decoded per process (service/application/streamcache.py), on both stores.

Two `Services` on one database are two workers: what one records, the other's next load
sees; what one erases, the other no longer shows; what a worker keeps is always the stream
as stored, never more."""

from __future__ import annotations

from datetime import date

import pytest

from domain import candidate as cd
from domain.errors import ConcurrentChange, NotPermitted, RuleViolation
from domain.personal import ERASED
from service.services import Services
from tests.integration.test_application import STUDENT, nominate

AUTHORITY = "Quyết định 15-QĐ/ĐU ngày 20/11/2026"


@pytest.fixture
def cell(services):
    services.store.register_cell("LTK", "Chi bộ THPT Lý Thường Kiệt", "Huyện ủy Việt Yên",
                                 date(2023, 1, 5), "admin")
    return "LTK"


@pytest.fixture
def other_worker(database_url):
    other = Services(database_url)
    yield other
    other.close()


def test_a_step_recorded_by_another_worker_is_seen_at_the_next_load(services, cell,
                                                                     other_worker):
    cid = nominate(services, cell).id
    assert services.store.candidate(cid).version == 1          # kept by this worker
    other_worker.store.register_for_awareness_class(cid, "pho_bithu",
                                                    registered_on=date(2024, 2, 5))
    seen = services.store.candidate(cid)
    assert (seen.version, seen.stage) == (2, "class_registered")
    assert [e.actor for e in seen.history] == ["bithu", "pho_bithu"]
    recorded = services.store.complete_awareness_class(
        cid, "bithu", completed_on=date(2024, 3, 1), certificate_no="12/CN",
        issued_by="Trung tâm Chính trị")
    assert recorded.version == 3


def test_a_one_time_step_recorded_elsewhere_is_refused_here(services, cell, other_worker):
    """The rule judges the stream as stored, not what this worker read before: on what is
    kept the step looks allowed, its save finds the version taken, and on the stream as
    stored (the candidate has left) the rule refuses it, not a stale write."""
    cid = nominate(services, cell).id
    services.store.register_for_awareness_class(cid, "bithu", registered_on=date(2024, 2, 5))
    services.store.candidate(cid)
    other_worker.store.withdraw(cid, "pho_bithu", on=date(2024, 2, 20),
                                reason="Chuyển trường")
    with pytest.raises(RuleViolation):
        services.store.assign_helpers(cid, "bithu", assigned_on=date(2024, 2, 21),
                                      helpers=["Trần Thị Bình"])


def left_the_pool(services, cell):
    """Erasure is for people who left without being admitted (domain/candidate/erasure.py)."""
    cid = nominate(services, cell).id
    services.store.withdraw(cid, "bithu", on=date(2024, 3, 1), reason="Chuyển trường")
    return cid


def test_an_erasure_by_another_worker_hides_the_person_here_too(services, cell,
                                                                 other_worker):
    cid = left_the_pool(services, cell)
    assert services.store.candidate(cid).full_name == STUDENT.full_name   # kept decoded
    other_worker.store.erase_person(cid, "uyvien", AUTHORITY)
    seen = services.store.candidate(cid)
    assert seen.full_name == ERASED and seen.birth_date is None
    assert all(getattr(e, "full_name", ERASED) == ERASED for e in seen.history)


def test_an_erasure_here_is_not_answered_from_what_was_kept(services, cell):
    cid = left_the_pool(services, cell)
    assert services.store.candidate(cid).full_name == STUDENT.full_name
    services.store.erase_person(cid, "uyvien", AUTHORITY)
    assert services.store.candidate(cid).full_name == ERASED


def test_a_refused_stale_write_keeps_nothing_that_was_not_stored(services, cell,
                                                                 other_worker):
    cid = nominate(services, cell).id
    seen_here = services.store.candidate(cid)
    other_worker.store.register_for_awareness_class(cid, "pho_bithu",
                                                    registered_on=date(2024, 2, 5))
    stale = cd.register_for_awareness_class(seen_here, date(2024, 2, 6),
                                            services.store.stamp("bithu"))
    with pytest.raises(ConcurrentChange):
        services.store.record(stale)
    history = services.store.candidate(cid).history
    assert [(e.actor, e.occurred_on) for e in history[1:]] == [("pho_bithu", date(2024, 2, 5))]


def test_the_roster_and_calendar_streams_are_read_as_stored(services, cell, other_worker):
    """`stream()` serves the roster, reviews and the calendar from the same kept streams."""
    from domain import workdays
    assert services.store.stream(workdays.CALENDAR_ID) == []
    other_worker.store.declare_day(date(2025, 4, 30), False, "Nghỉ lễ", "admin")
    days = services.store.stream(workdays.CALENDAR_ID)
    assert [e.occurred_on for e in days] == [date(2025, 4, 30)]
    services.store.declare_day(date(2025, 5, 3), True, "Làm bù", "admin")
    assert len(services.store.stream(workdays.CALENDAR_ID)) == 2


# --- a command decides on what is kept, without asking the store first ---------------------

def test_a_command_on_a_stream_another_worker_moved_on_is_decided_again_on_it(
        services, cell, other_worker):
    """Kept here at version 1; the step below is allowed only after the other worker's."""
    cid = nominate(services, cell).id
    services.store.candidate(cid)
    other_worker.store.register_for_awareness_class(cid, "pho_bithu",
                                                    registered_on=date(2024, 2, 5))
    recorded = services.store.complete_awareness_class(
        cid, "bithu", completed_on=date(2024, 3, 1), certificate_no="12/CN",
        issued_by="Trung tâm Chính trị")
    assert (recorded.version, recorded.stage) == (3, "class_completed")
    assert [e.actor for e in other_worker.store.candidate(cid).history] == \
        ["bithu", "pho_bithu", "bithu"]


def test_a_command_on_a_person_erased_elsewhere_is_refused_and_stores_nothing(
        services, cell, other_worker):
    cid = left_the_pool(services, cell)
    services.store.candidate(cid)
    other_worker.store.erase_person(cid, "uyvien", AUTHORITY)
    before = other_worker.store.last_position()
    with pytest.raises(NotPermitted):
        services.store.correct_record(cid, "bithu", corrects=1,
                                      fields={"full_name": "Nguyễn Văn Ân"},
                                      authority=AUTHORITY, on=date(2024, 3, 2))
    with pytest.raises(NotPermitted):
        services.store.strike_off(cid, "bithu", on=date(2024, 3, 2), reason="Xóa tên")
    assert other_worker.store.last_position() == before
    assert services.store.candidate(cid).full_name == ERASED


def test_a_refusal_on_a_stream_that_did_not_move_is_decided_once(services, cell,
                                                                 monkeypatch):
    cid = nominate(services, cell).id
    services.store.candidate(cid)
    decided = []
    real = cd.complete_awareness_class
    monkeypatch.setattr(cd, "complete_awareness_class",
                        lambda *a, **kw: decided.append(1) or real(*a, **kw))
    with pytest.raises(RuleViolation):       # not registered for the class yet
        services.store.complete_awareness_class(
            cid, "bithu", completed_on=date(2024, 3, 1), certificate_no="12/CN",
            issued_by="Trung tâm Chính trị")
    assert decided == [1]

"""The application service on the real stores: SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest

from domain.candidate import Person
from domain.decisions import Override
from domain.errors import AlreadyExists, ConcurrentChange, InvalidField, NotFound, RuleViolation
from service.services import Services
from tests.conftest import FIXED_NOW

STUDENT = Person("Nguyễn Văn An", date(2006, 5, 20), "male", "Kinh", "HS", True,
                 "upper_secondary", "12A1")


@pytest.fixture
def cell(services):
    services.store.register_cell("LTK", "Chi bộ THPT Lý Thường Kiệt", "Huyện ủy Việt Yên",
                                 date(2023, 1, 5), "admin")
    return "LTK"


def nominate(services, cell, person=STUDENT):
    return services.store.nominate(cell, person, date(2024, 2, 1), "bithu")


def test_events_survive_a_new_application_instance(services, cell, database_url):
    cid = nominate(services, cell).id
    services.store.register_for_awareness_class(cid, "bithu", registered_on=date(2024, 2, 5))
    again = Services(database_url)
    try:
        candidate = again.store.candidate(cid)
    finally:
        again.close()
    assert candidate.stage == "class_registered"
    assert candidate.birth_date == date(2006, 5, 20)
    assert [e.actor for e in candidate.history] == ["bithu", "bithu"]


def test_business_dates_are_stored_as_dates_and_recorded_time_separately(services, cell):
    nominate(services, cell)
    notes = services.store.recorder.select_notifications(start=None, limit=10)
    state = json.loads(notes[-1].state)
    assert state["occurred_on"] == {"_type_": "date_iso", "_data_": "2024-02-01"}
    assert "birth_date" not in state and "_p" in state     # personal: encrypted (issue 18)
    _, event = services.store.read_events(1, 1)[0]
    assert event.timestamp == FIXED_NOW and event.occurred_on == date(2024, 2, 1)
    assert event.birth_date == date(2006, 5, 20)


def test_a_stale_write_is_refused_not_merged(services, cell, database_url):
    cid = nominate(services, cell).id
    other = Services(database_url)
    try:
        seen_by_other = other.store.candidate(cid)
        services.store.register_for_awareness_class(cid, "bithu", registered_on=date(2024, 2, 5))
        from domain import candidate as cd
        stale = cd.register_for_awareness_class(seen_by_other, date(2024, 2, 6),
                                                other.store.stamp("pho_bithu"))
        with pytest.raises(ConcurrentChange):
            other.store.record(stale)
    finally:
        other.close()
    assert len(services.store.candidate(cid).history) == 2


def test_expected_version_from_a_form_guards_against_stale_pages(services, cell):
    cid = nominate(services, cell).id
    services.store.register_for_awareness_class(cid, "bithu", registered_on=date(2024, 2, 5))
    with pytest.raises(ConcurrentChange):
        services.store.assign_helpers(cid, "bithu", assigned_on=date(2024, 2, 7),
                                      helpers=["Nguyễn Hồng Phúc"], expected_version=1)
    assert services.store.candidate(cid).version == 2


def test_a_refused_action_stores_nothing(services, cell):
    cid = nominate(services, cell).id
    before = services.store.last_position()
    with pytest.raises(RuleViolation) as refused:
        services.store.complete_awareness_class(cid, "bithu", completed_on=date(2024, 3, 1),
                                                certificate_no="1/CN", issued_by="TTCT")
    assert refused.value.rule_id == "stage_order"
    assert services.store.last_position() == before


def test_an_override_records_the_action_and_says_so(services, cell):
    cid = nominate(services, cell).id
    services.store.complete_awareness_class(
        cid, "bithu", completed_on=date(2024, 3, 1), certificate_no="1/CN", issued_by="TTCT",
        override=Override("Học lớp trước khi có danh sách", "15-CV/HU", date(2024, 2, 1),
                          "Ban Thường vụ Huyện ủy"), acting_for="committee")
    event = services.store.candidate(cid).history[-1]
    assert event.override_authority == "15-CV/HU ngày 01/02/2024 của Ban Thường vụ Huyện ủy"
    assert list(event.overridden_rules) == ["stage_order"]


def test_bad_input_names_the_field_and_changes_nothing(services, cell):
    before = services.store.last_position()
    with pytest.raises(InvalidField) as bad:
        services.store.nominate(cell, STUDENT, date(2027, 1, 1), "bithu")
    assert bad.value.field == "nominated_on"
    assert services.store.last_position() == before


def test_unknown_cell_and_candidate_are_not_found(services):
    with pytest.raises(NotFound):
        services.store.nominate("NOPE", STUDENT, date(2024, 2, 1), "bithu")
    with pytest.raises(NotFound):
        services.store.candidate(__import__("uuid").uuid4())


def test_a_cell_is_registered_once_and_its_superior_is_data(services, cell):
    with pytest.raises(AlreadyExists):
        services.store.register_cell("LTK", "x", "y", date(2023, 1, 5), "admin")
    services.store.change_superior("LTK", "Đảng ủy phường Việt Yên", date(2025, 7, 1), "admin",
                                   "QĐ 12-QĐ/TU")
    cell = services.store.cell("LTK")
    assert cell.superior_on(date(2025, 6, 30)) == "Huyện ủy Việt Yên"
    assert cell.superior_on(date(2025, 7, 1)) == "Đảng ủy phường Việt Yên"


def test_declared_days_feed_the_working_calendar(services):
    services.store.declare_day(date(2024, 3, 11), False, "Nghỉ bù", "admin")
    services.store.declare_day(date(2024, 3, 16), True, "Làm bù thứ Bảy", "admin")
    calendar = services.calendar()
    assert not calendar.is_working_day(date(2024, 3, 11))
    assert calendar.is_working_day(date(2024, 3, 16))
    assert not calendar.is_working_day(date(2024, 2, 12))   # Tết Giáp Thìn, from `holidays`


def test_workers_booting_together_all_get_a_working_store(database_url):
    """Several processes creating the store's tables at once (gunicorn workers) all succeed."""
    from concurrent.futures import ThreadPoolExecutor

    def boot(_):
        svc = Services(database_url)
        try:
            return svc.store.last_position()
        finally:
            svc.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(boot, range(4))) == [0, 0, 0, 0]


def test_a_worker_booting_while_another_writes_a_new_sqlite_file_waits_for_it(sqlite_url):
    """Switching a new file to WAL needs it to itself, and SQLite refuses at once, without its
    busy timeout, while another connection is writing to it (a worker creating the tables):
    the boot waits for the writer instead of failing."""
    import sqlite3
    import threading

    path = sqlite_url.split(":///", 1)[1]
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other_tool (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other_tool VALUES (1)")    # holds the write lock
    release = threading.Timer(0.3, writer.commit)
    release.start()
    try:
        booted = Services(sqlite_url)
        try:
            assert booted.store.last_position() == 0
        finally:
            booted.close()
    finally:
        release.join()
        writer.close()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert check.execute("SELECT x FROM other_tool").fetchall() == [(1,)]


def test_the_wal_switch_gives_up_after_its_patience(sqlite_url):
    import sqlite3

    from migrations.sqlite_files import use_write_ahead_log

    path = sqlite_url.split(":///", 1)[1]
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("CREATE TABLE other_tool (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other_tool VALUES (1)")
    waiting = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            use_write_ahead_log(waiting, patience=0.1)
    finally:
        waiting.close()
        writer.close()

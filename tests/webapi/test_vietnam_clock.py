"""The app's "today", the timeline's stamps and the audit's recording date follow Việt Nam's
clock whatever the server's zone (the process clock is set near midnight on both sides)."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime

import pytest

from tests.webapi.conftest import login, make_app, seed

AFTER_MIDNIGHT = datetime(2026, 12, 2, 18, 21, tzinfo=UTC)   # 01:21 on 03/12 in Hà Nội
BEFORE_MIDNIGHT = datetime(2026, 12, 2, 16, 59, tzinfo=UTC)  # 23:59 on 02/12 in Hà Nội


@pytest.fixture
def server_in_new_york():
    """The server's own zone is far from Việt Nam's: it must change nothing."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = before
    time.tzset()


def _app(sqlite_url, now):
    moment = {"now": now}
    app = make_app(sqlite_url, KETNAP_CLOCK=lambda: moment["now"])
    app.seed = seed(app)
    return app, moment


def test_today_in_viet_nam_is_accepted_after_midnight_and_shown_in_local_time(
        sqlite_url, server_in_new_york):
    app, _ = _app(sqlite_url, AFTER_MIDNIGHT)
    assert app.extensions["ketnap"].store.today() == date(2026, 12, 3)
    client = app.test_client()
    login(client, "bithu.a")
    cid = app.seed["candidate"]
    answer = client.post(f"/quan-chung/{cid}/class-registration",
                         data={"registered_on": "03/12/2026"})
    assert answer.status_code == 302, answer.get_data(as_text=True)
    timeline = client.get(f"/quan-chung/{cid}").get_data(as_text=True)
    assert "03/12/2026 01:21" in timeline
    app.extensions["ketnap"].close()


def test_tomorrow_in_viet_nam_is_still_the_future_just_before_midnight(
        sqlite_url, server_in_new_york):
    app, _ = _app(sqlite_url, BEFORE_MIDNIGHT)
    client = app.test_client()
    login(client, "bithu.a")
    before = app.extensions["ketnap"].store.last_position()
    page = client.post(f"/quan-chung/{app.seed['candidate']}/class-registration",
                       data={"registered_on": "03/12/2026"}).get_data(as_text=True)
    assert "ở tương lai" in page
    assert app.extensions["ketnap"].store.last_position() == before
    app.extensions["ketnap"].close()


def test_the_audit_records_the_day_of_entry_in_viet_nam(sqlite_url):
    from domain.audit.findings import finding
    app, _ = _app(sqlite_url, AFTER_MIDNIGHT)
    svc = app.extensions["ketnap"]
    svc.command(svc.store.register_for_awareness_class, app.seed["candidate"], "bithu.a",
                registered_on=date(2026, 11, 1))
    event = svc.store.read_events(0, 1000)[-1][1]
    found = finding("late_entry", "late_entry", 1, event, "X", "…")
    assert found.recorded_on == date(2026, 12, 3)
    svc.close()

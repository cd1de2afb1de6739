"""KETNAP_READ_SIDE=follower: web workers only record; one follower brings the read models
and the audit seal up to date, and a person who saves a form still sees the change."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from projections import queries, runner
from service.audit import tools_of
from service.audit.sealing import chain_tail
from service.services import Services
from tests.webapi.conftest import STUDENT, login, make_app, seed


def follower_app(url: str, **config):
    app = make_app(url, KETNAP_READ_SIDE="follower", **config)
    services = app.extensions["ketnap"]
    services.read_side = "inline"          # seed the fixtures as one process would
    app.seed = seed(app)
    services.read_side = "follower"
    return app


@pytest.fixture
def app(database_url):
    flask_app = follower_app(database_url, KETNAP_SETTLE_TIMEOUT=0.3)
    yield flask_app
    flask_app.extensions["ketnap"].close()


def sealed_position(app) -> int:
    with app.extensions["ketnap"].engine.connect() as conn:
        return chain_tail(conn).position


def test_a_command_only_records_and_the_follower_does_the_rest(app):
    services = app.extensions["ketnap"]
    before = runner.position(services.engine)
    recorded = services.command(services.store.nominate,
                                "CB-A", STUDENT, date(2026, 3, 2), "bithu.a")
    assert services.store.last_position() == recorded.log_position
    assert runner.position(services.engine) == before          # no catch-up in the request
    assert sealed_position(app) == before                      # no seal in the request
    assert queries.candidate(services.engine, recorded.id) is None

    services.follow_once()

    assert runner.position(services.engine) == recorded.log_position
    assert sealed_position(app) == recorded.log_position
    assert queries.candidate(services.engine, recorded.id).stage == "nominated"
    assert tools_of(app).verify().ok


def test_the_follow_command_catches_up_and_seals(app):
    services = app.extensions["ketnap"]
    recorded = services.command(services.store.nominate,
                                "CB-B", STUDENT, date(2026, 3, 2), "bithu.b")
    result = app.test_cli_runner().invoke(args=["projections", "follow", "--once"])
    assert result.exit_code == 0, result.output
    assert runner.position(services.engine) == recorded.log_position
    assert sealed_position(app) == recorded.log_position


def follower_thread(app, stop: threading.Event) -> threading.Thread:
    """The follower's loop (`ketnap projections follow`), in a thread beside the web."""
    def loop() -> None:
        while not stop.is_set():
            app.extensions["ketnap"].follow_once()
            stop.wait(0.02)
    return threading.Thread(target=loop, daemon=True)


def nominate_by_form(app):
    client = app.test_client()
    assert login(client, "bithu.a").status_code == 302
    response = client.post("/quan-chung/moi", data={
        "cell": "CB-A", "full_name": "Trần Thị Bình", "birth_date": "2007-05-06",
        "gender": "female", "ethnicity": "Kinh", "category": "HS", "youth_union_member": "y",
        "education": "upper_secondary", "class_name": "11A2", "nominated_on": "2026-03-02"})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return client, response.location


def test_after_a_form_the_user_sees_the_change_once_the_follower_has_it(app):
    stop = threading.Event()
    follower = follower_thread(app, stop)
    follower.start()
    try:
        client, page = nominate_by_form(app)
        html = client.get(page).get_data(as_text=True)
    finally:
        stop.set()
        follower.join(5)
    assert "Trần Thị Bình" in html
    assert "Bảng tra cứu đang cập nhật" not in html


def test_without_a_follower_the_form_is_saved_and_the_user_is_told(app):
    services = app.extensions["ketnap"]
    before = services.store.last_position()
    client, page = nominate_by_form(app)
    assert services.store.last_position() == before + 1        # stored all the same
    assert page.endswith("/quan-chung")                         # the register, not a 404
    html = client.get(page).get_data(as_text=True)
    assert "Bảng tra cứu đang cập nhật" in html


def test_an_unknown_read_side_mode_is_refused(sqlite_url):
    with pytest.raises(ValueError, match="KETNAP_READ_SIDE"):
        Services(sqlite_url, read_side="sometimes")

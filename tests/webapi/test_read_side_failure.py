"""No projector failure is silent: an event the read models cannot take (here, a correction
written around the rules, as an old version or a hand-made import could have) is named by
position, stream and type in the catch-up's error, in `projections check` and `follow`,
in GET /api/v1/health, and in a banner for the admin and the committee; the events before
it are applied, and the next good catch-up clears it. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from domain import events as ev
from projections import failures, runner
from service.readside import catch_up
from tests.webapi.conftest import PASSWORD, login, make_app, seed


@pytest.fixture
def app(database_url):
    flask_app = make_app(database_url)
    flask_app.seed = seed(flask_app)
    yield flask_app
    flask_app.extensions["ketnap"].close()


def poison(app, candidate_id) -> int:
    """A correction whose value no command would accept, stored straight into the log."""
    store = app.extensions["ketnap"].store
    c = store.candidate(candidate_id)
    bad = ev.RecordCorrected(originator_id=candidate_id, originator_version=c.version + 1,
                             timestamp=store.clock(), actor="nhap.tay",
                             occurred_on=date(2026, 3, 1),
                             corrects=1, fields={"class_name": {"a": 1}}, authority="x")
    return store.record(bad)


def test_a_failing_event_is_named_everywhere_and_cleared_once_mended(app, api):
    services, ids = app.extensions["ketnap"], app.seed
    good = services.command(services.store.register_for_awareness_class, ids["other"], "bithu.b",
                            registered_on=date(2026, 3, 2)).log_position
    bad = poison(app, ids["candidate"])
    with pytest.raises(failures.CatchUpFailed) as error:
        catch_up(services)
    assert error.value.failure.position == bad
    assert error.value.failure.stream == str(ids["candidate"])
    assert error.value.failure.event_type == "RecordCorrected"
    assert runner.position(services.engine) == bad - 1 >= good

    health = api("quantri")("GET", "/health")
    assert health.status_code == 200 and health.json["ok"] is False
    assert health.json["read_models_lag_events"] == 1
    assert health.json["read_models_lag_seconds"] >= 0
    assert health.json["audit_seal_lag_events"] >= 0
    failure = health.json["last_failure"]
    assert (failure["position"], failure["event_type"]) == (bad, "RecordCorrected")
    assert "'a'" not in failure["error"]                 # the error's kind, never the data

    for username, shown in (("quantri", True), ("capuy", True), ("bithu.a", False)):
        client = app.test_client()
        login(client, username, PASSWORD)
        page = client.get("/quan-chung").get_data(as_text=True)
        assert ("Bảng tra cứu đang chậm so với nhật ký từ sự kiện vị trí "
                f"{bad}" in page) is shown, username

    runner_cli = app.test_cli_runner()
    checked = runner_cli.invoke(args=["projections", "check"])
    assert checked.exit_code != 0 and f"vị trí {bad}" in checked.output
    assert "RecordCorrected" in checked.output
    followed = runner_cli.invoke(args=["projections", "follow", "--once"])
    assert f"vị trí {bad}" in followed.output


def test_the_next_batch_that_moves_the_position_clears_the_failure(app, api):
    services = app.extensions["ketnap"]
    with services.engine.begin() as conn:
        failures.record(conn, failures.Failure(99, "x", "RecordCorrected", "TypeError: x"))
    assert api("quantri")("GET", "/health").json["last_failure"]["position"] == 99
    services.command(services.store.register_for_awareness_class, app.seed["other"], "bithu.b",
                     registered_on=date(2026, 3, 2))
    health = api("quantri")("GET", "/health").json
    assert health["ok"] is True and health["last_failure"] is None
    assert health["read_models_lag_events"] == 0


def test_health_needs_a_token(app):
    assert app.test_client().get("/api/v1/health").status_code == 401

"""Replay as of a recorded moment: the same projectors over the events recorded by then."""

from __future__ import annotations

from datetime import UTC, datetime

from domain import candidate as cd
from domain import events as ev
from projections import queries
from service.audit import replay
from service.demo import CELL
from service.readside import catch_up


def stages_from_the_domain(services, moment):
    """Independent oracle: fold each candidate's events recorded by `moment`."""
    streams: dict = {}
    for _, event in services.store.read_events(0, 10_000):
        if event.timestamp <= moment:
            streams.setdefault(event.originator_id, []).append(event)
    return {str(i): cd.project(None, events).stage.value for i, events in streams.items()
            if isinstance(events[0], ev.CandidateNominated)
            and events[0].cell_code == CELL}


def test_replay_matches_a_fold_of_the_events_recorded_by_then(demo):
    moment = datetime(2024, 6, 30, 23, 59, tzinfo=UTC)
    result = replay.replay(demo, CELL, moment)
    assert {c["id"]: c["stage"] for c in result["candidates"]} == \
        stages_from_the_domain(demo.services, moment)
    assert result["as_of"].startswith("2024-06-30T23:59")


def test_replay_now_equals_the_live_read_models(demo):
    services = demo.services
    catch_up(services)
    now = services.store.clock()
    result = replay.replay(demo, CELL, now)
    live = {str(c.id): c.stage for c in queries.candidates(services.engine, CELL)}
    assert {c["id"]: c["stage"] for c in result["candidates"]} == live
    plan = queries.plans(services.engine, CELL)[0]
    status = queries.plan_status(services.engine, plan.plan_id, now.date())
    replayed = result["plans"][0]["activities"]
    assert replayed["admission"]["actual"]["total"] == status.activities["admission"].actual.total
    assert set(replayed) == set(status.activities)


def test_diff_between_two_moments(demo):
    changes = replay.diff(demo, CELL, datetime(2024, 6, 30), datetime(2024, 9, 30))
    assert any(c["after"] == "transferred_out" for c in changes["candidates"])
    assert all(c["before"] != c["after"] for c in changes["candidates"])
    before_anything = replay.replay(demo, CELL, datetime(2022, 1, 1))
    assert before_anything["candidates"] == [] and before_anything["plans"] == []


def test_replay_reads_only_the_cell_and_the_calendar(demo):
    from tests.integration.audit.seeds import seed_all
    seed_all(demo.services)   # another cell's history in the same log
    result = replay.replay(demo, CELL, demo.services.store.clock())
    total = demo.services.store.last_position()
    assert result["events"] < total - 100

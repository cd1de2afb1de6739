"""Catch-up after every command equals a rebuild from 0; a failed batch loses nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bench.year import generate_year
from projections import candidates as register
from projections import runner
from projections.tables import activity_facts
from service.demo import load_demo
from service.readside import catch_up
from tests.readmodels import dump, follow_commands


def rebuild(services, batch_size: int = 1000) -> int:
    runner.clear(services.engine)
    return catch_up(services, batch_size=batch_size)


def test_incremental_equals_rebuild_on_a_generated_year(services):
    follow_commands(services)
    generate_year(services, cells=3, per_cell=12)
    incremental = dump(services.engine)
    assert runner.position(services.engine) == services.store.last_position()
    assert len(incremental["rm_cells"]) == 3
    for batch_size in (1000, 7):
        assert rebuild(services, batch_size) == services.store.last_position()
        assert dump(services.engine) == incremental


def test_catch_up_with_nothing_new_does_nothing(services):
    follow_commands(services)
    load_demo(services)
    before = dump(services.engine)
    assert catch_up(services) == 0
    assert dump(services.engine) == before


def test_a_failing_projector_rolls_the_batch_back_and_the_retry_loses_nothing(
        services, monkeypatch):
    load_demo(services)                       # recorded with no catch-up at all
    calls = {"n": 0}
    real_fold = register.fold

    def failing_fold(row, event):
        calls["n"] += 1
        if calls["n"] == 120:
            raise RuntimeError("projector bug")
        return real_fold(row, event)

    monkeypatch.setattr(register, "fold", failing_fold)
    with pytest.raises(RuntimeError, match="projector bug"):
        catch_up(services, batch_size=50)
    stopped_at = runner.position(services.engine)
    assert 0 < stopped_at < services.store.last_position()
    partial = dump(services.engine)            # the failed batch left nothing behind
    runner.clear(services.engine)
    catch_up(services, batch_size=50, until=stopped_at)
    assert dump(services.engine) == partial

    monkeypatch.setattr(register, "fold", real_fold)
    catch_up(services, batch_size=50)
    retried = dump(services.engine)
    rebuild(services)
    assert retried == dump(services.engine)
    with services.engine.connect() as conn:
        facts = conn.execute(select(func.count()).select_from(activity_facts)).scalar()
    assert facts == len(retried["rm_activity_facts"]) and facts > 0


def test_a_second_worker_that_lost_the_race_does_not_double_count(services):
    load_demo(services)
    read = services.store.read_events
    first = catch_up(services, batch_size=100)
    before = dump(services.engine)
    # a stale worker that still believes the position is 0 must not reapply anything
    with pytest.raises(runner.PositionMoved):
        runner._apply_batch(services.engine, read(0, 100), runner_context(), 0,
                            services.store.stream_events)
    assert first == services.store.last_position()
    assert dump(services.engine) == before


def runner_context():
    from service.readcalendar import projection_context
    return projection_context()

"""The rebuild (stream by stream, in worker processes or not, one transaction, relaxed
commits, no automatic GC, COPY on PostgreSQL) gives the same rows as catching up after every
command, and leaves nothing changed behind."""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import func, select, text

from bench.year import generate_year
from domain.plan import plan_id
from projections import rebuilding, runner
from projections.rebuild_workers import RebuildWorkerFailed, key_ranges
from projections.tables import candidates
from service.application.opening import StoreAt
from service.planfile import read_plan_file
from service.readcalendar import projection_context
from service.readside import (
    MAX_WORKERS,
    WORKERS_FROM,
    catch_up,
    rebuild_all,
    workers_for,
)
from tests.readmodels import dump, follow_commands

EXAMPLE_PLAN = (Path(__file__).resolve().parents[2] / "examples"
                / "ke-hoach-2024-thpt-ly-thuong-kiet.toml")


def test_rebuild_equals_incremental_catch_up(services):
    follow_commands(services)
    generate_year(services, cells=2, per_cell=15, seed=11)
    incremental = dump(services.engine)
    assert rebuild_all(services) == services.store.last_position()
    assert dump(services.engine) == incremental
    # in this process, a few candidates at a time; and over the rows it wrote itself
    for chunk in (1, 3):
        assert rebuild_all(services, workers=1, chunk=chunk) == services.store.last_position()
        assert dump(services.engine) == incremental
    # in three worker processes, each with a third of the stream keys
    assert rebuild_all(services, workers=3, chunk=4) == services.store.last_position()
    assert dump(services.engine) == incremental


def test_a_rebuild_stops_at_the_position_it_is_given(services):
    generate_year(services, cells=2, per_cell=6, seed=3)
    middle = services.store.last_position() // 2
    catch_up(services, until=middle)
    caught_up = dump(services.engine)
    store = StoreAt(services.database_url)
    for workers in (1, 2):
        assert rebuilding.rebuild(services.engine, middle, projection_context(), open_store=store,
                                  workers=workers) == middle
        assert runner.position(services.engine) == middle
        assert dump(services.engine) == caught_up


def test_readers_see_the_old_read_models_until_the_rebuild_commits(services):
    follow_commands(services)
    generate_year(services, cells=1, per_cell=6, corrections=False)
    before = _register_size(services)
    seen = []
    rebuild_all(services, workers=1, chunk=1,
                on_batch=lambda _count, _position: seen.append(_register_size(services)))
    assert before > 0 and seen and set(seen) == {before}


def _register_size(services) -> int:
    with services.engine.connect() as conn:       # another connection than the rebuild's
        return conn.execute(select(func.count()).select_from(candidates)).scalar()


class FailsInWorkers(StoreAt):
    """Opens the store in this process; a worker process that opens it raises."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.parent = os.getpid()

    def __call__(self):
        if os.getpid() != self.parent:
            self.fail()
        return super().__call__()

    def fail(self):
        raise OSError("đĩa hỏng")


class DiesInWorkers(FailsInWorkers):
    """A worker process that opens it dies at once, as one killed by the OOM killer."""

    def fail(self):
        os._exit(3)


def test_a_failing_worker_fails_the_rebuild_and_changes_nothing(services):
    follow_commands(services)
    generate_year(services, cells=1, per_cell=6, corrections=False)
    before = dump(services.engine)
    for opener, message in ((FailsInWorkers, "đĩa hỏng"), (DiesInWorkers, "exit code 3")):
        with pytest.raises(RebuildWorkerFailed, match=message):
            rebuilding.rebuild(services.engine, services.store.last_position(), projection_context(),
                               open_store=opener(services.database_url), workers=2)
        assert dump(services.engine) == before


def test_key_ranges_cover_every_key_once():
    ranges = key_ranges(3)
    assert ranges[0][0] is None and ranges[-1][1] is None
    assert [hi for _, hi in ranges[:-1]] == [lo for lo, _ in ranges[1:]]
    assert ranges[1][0] == UUID(int=(1 << 128) // 3)
    assert key_ranges(1) == [(None, None)]


def test_rebuild_restores_the_connection_and_the_collector(services):
    generate_year(services, cells=1, per_cell=4, corrections=False)
    with services.engine.connect() as conn:
        before = _settings(conn)
    assert gc.isenabled()
    rebuild_all(services)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with services.engine.connect() as conn:
        assert _settings(conn) == before


def _settings(conn) -> tuple:
    if conn.dialect.name == "sqlite":
        return (conn.execute(text("PRAGMA synchronous")).scalar(),
                conn.execute(text("PRAGMA cache_size")).scalar())
    return (conn.execute(text("SHOW synchronous_commit")).scalar(),
            conn.execute(text("SHOW plan_cache_mode")).scalar())



def test_cells_and_plans_written_in_bulk_keep_log_order(services):
    """Cell and plan rows are gathered per batch: an amendment or a change of superior in
    the same batch as the row it changes must still land after it."""
    follow_commands(services)
    plan = read_plan_file(EXAMPLE_PLAN)
    since = date(2024, 1, 2)
    for code in ("A1", "A2"):
        services.command(services.store.register_cell,
                         code, f"Chi bộ {code}", "Đảng ủy xã", since, "admin")
    services.command(services.store.adopt_plan, "A1", plan.number, 2024, plan.issued_on, plan.basis,
                     plan.targets, "bithu")
    plan_uuid = plan_id("A1", 2024)
    reordered = [replace(t, note="sửa") for t in reversed(plan.targets)]
    services.command(services.store.amend_plan,
                     plan_uuid, date(2024, 3, 1), reordered, "lần 1", "bithu")
    services.command(services.store.amend_plan,
                     plan_uuid, date(2024, 4, 1), plan.targets[:2], "lần 2",
                     "bithu")
    services.command(services.store.change_superior,
                     "A1", "Đảng ủy phường", date(2025, 7, 1), "admin")
    services.command(services.store.change_superior, "A1", "Đảng ủy cũ", date(2024, 6, 1), "admin")
    services.command(services.store.register_cell, "A3", "Chi bộ A3", "Đảng ủy xã", since, "admin")
    incremental = dump(services.engine)
    assert len(incremental["rm_plan_targets"]) == 2
    assert [r for r in incremental["rm_cells"] if r[0] == "A1"][0][3] == "Đảng ủy phường"
    rebuild_all(services)
    assert dump(services.engine) == incremental


def test_a_short_log_is_rebuilt_in_process_a_long_one_by_a_worker_per_cpu():
    assert workers_for(WORKERS_FROM - 1) == 1
    assert workers_for(WORKERS_FROM) == min(len(os.sched_getaffinity(0)), MAX_WORKERS)


@pytest.mark.parametrize("caught_up_before", [False, True], ids=["never caught up", "caught up"])
def test_a_catch_up_during_a_rebuild_waits_then_goes_on_from_the_new_position(
        services, caught_up_before):
    """The follower may poll while an operator rebuilds: its batch must neither be lost nor
    applied twice, nor break the rebuild, whether or not the position's row existed."""
    generate_year(services, cells=2, per_cell=6, seed=5)
    last = services.store.last_position()
    middle = last // 2
    if caught_up_before:
        catch_up(services, until=middle // 2)
    outcome: dict = {}

    def catch_up_meanwhile(_count, _position):
        if "thread" not in outcome:
            outcome["thread"] = threading.Thread(target=_catch_up_into, args=(services, outcome))
            outcome["thread"].start()
            time.sleep(0.5)           # long enough for it to reach the rebuild's locks

    rebuilding.rebuild(services.engine, middle, projection_context(),
                       open_store=StoreAt(services.database_url), workers=1,
                       on_batch=catch_up_meanwhile)
    outcome["thread"].join(timeout=30)
    assert outcome.get("error") is None
    catch_up(services)
    assert runner.position(services.engine) == last
    after = dump(services.engine)
    rebuild_all(services, workers=1)
    assert after == dump(services.engine)


def _catch_up_into(services, outcome: dict) -> None:
    try:
        outcome["applied"] = catch_up(services, batch_size=100)
    except Exception as error:  # noqa: BLE001 - the test asserts there is none
        outcome["error"] = repr(error)


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)   # its planner's
def test_a_large_rebuild_refreshes_the_planner_statistics_and_a_small_one_leaves_them(
        services, monkeypatch):
    generate_year(services, cells=1, per_cell=4, corrections=False)
    monkeypatch.setattr(rebuilding, "ANALYZE_FROM", services.store.last_position() + 1)
    rebuild_all(services)
    assert _analyzed(services) is None
    monkeypatch.setattr(rebuilding, "ANALYZE_FROM", services.store.last_position())
    rebuild_all(services)
    assert _analyzed(services) is not None


def _analyzed(services):
    with services.engine.connect() as conn:
        return conn.execute(text("SELECT last_analyze FROM pg_stat_user_tables "
                                 "WHERE relname = 'rm_candidates'")).scalar()

"""The bulk rebuild path (read-ahead, relaxed commits, no automatic GC, COPY on PostgreSQL)
gives the same rows as catching up after every command, and leaves nothing changed behind."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import text

from domain.plan import plan_id
from projections import rebuilding
from service.planfile import read_plan_file
from service.readside import context, rebuild_all
from tests.integration.generator import generate_year
from tests.integration.readmodels import dump, follow_commands

EXAMPLE_PLAN = (Path(__file__).resolve().parents[2] / "examples"
                / "ke-hoach-2024-thpt-ly-thuong-kiet.toml")


def test_rebuild_equals_incremental_catch_up(services):
    follow_commands(services)
    generate_year(services, cells=2, per_cell=15, seed=11)
    incremental = dump(services.engine)
    assert rebuild_all(services) == services.store.last_position()
    assert dump(services.engine) == incremental
    # rows written a few candidates at a time; and again over the rows it wrote itself
    for chunk in (1, 3):
        assert _rebuild(services, chunk=chunk) == services.store.last_position()
        assert dump(services.engine) == incremental


def _rebuild(services, until=None, **kwargs) -> int:
    store = services.store
    return rebuilding.rebuild(services.engine,
                              store.last_position() if until is None else until, context(),
                              events_except=store.events_except,
                              events_by_stream=store.events_by_stream, **kwargs)


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
        services.command("register_cell", code, f"Chi bộ {code}", "Đảng ủy xã", since, "admin")
    services.command("adopt_plan", "A1", plan.number, 2024, plan.issued_on, plan.basis,
                     plan.targets, "bithu")
    plan_uuid = plan_id("A1", 2024)
    reordered = [replace(t, note="sửa") for t in reversed(plan.targets)]
    services.command("amend_plan", plan_uuid, date(2024, 3, 1), reordered, "lần 1", "bithu")
    services.command("amend_plan", plan_uuid, date(2024, 4, 1), plan.targets[:2], "lần 2",
                     "bithu")
    services.command("change_superior", "A1", "Đảng ủy phường", date(2025, 7, 1), "admin")
    services.command("change_superior", "A1", "Đảng ủy cũ", date(2024, 6, 1), "admin")
    services.command("register_cell", "A3", "Chi bộ A3", "Đảng ủy xã", since, "admin")
    incremental = dump(services.engine)
    assert len(incremental["rm_plan_targets"]) == 2
    assert [r for r in incremental["rm_cells"] if r[0] == "A1"][0][3] == "Đảng ủy phường"
    rebuild_all(services)
    assert dump(services.engine) == incremental

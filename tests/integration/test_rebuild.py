"""The bulk rebuild path (read-ahead, relaxed commits, no automatic GC, COPY on PostgreSQL)
gives the same rows as catching up after every command, and leaves nothing changed behind."""

from __future__ import annotations

import gc

from sqlalchemy import text

from projections import runner
from service.readside import rebuild_all
from tests.integration.generator import generate_year
from tests.integration.readmodels import dump, follow_commands


def test_rebuild_equals_incremental_catch_up(services):
    follow_commands(services)
    generate_year(services, cells=2, per_cell=15, seed=11)
    incremental = dump(services.engine)
    for batch_size in (runner.REBUILD_BATCH_SIZE, 50, 3):
        assert rebuild_all(services, batch_size) == services.store.last_position()
        assert dump(services.engine) == incremental


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


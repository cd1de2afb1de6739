"""SQLite: the read models in a file of their own, so that commands and the read side never
wait for each other's write lock; the migration that moves them there."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, update

from migrations import alembic_config, upgrade
from migrations.sqlite_files import read_models_file, store_file
from projections.tables import READ_MODEL_TABLES, projection_positions
from service.config import sqlalchemy_url
from service.demo import load_demo
from service.readside import catch_up
from service.services import FOLLOWER, Services
from tests.conftest import FIXED_NOW
from tests.readmodels import dump

MOVED = {"rm_positions", "rm_cells", "rm_plans", "rm_plan_targets", "rm_activity_facts",
         "rm_candidates", "rm_deadlines", "rm_new_members", "rm_calendar_days"}


def tables(path: str) -> set[str]:
    with closing(sqlite3.connect(path)) as db:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table'")}


def services_on(url: str, revision: str = "head") -> Services:
    upgrade(sqlalchemy_url(url), revision)
    return Services(url, clock=lambda: FIXED_NOW, read_side=FOLLOWER)


def demo_read_models(url: str, revision: str = "head") -> dict:
    """The demo recorded and caught up at `revision`; returns every read-model row."""
    svc = services_on(url, revision)
    try:
        load_demo(svc)
        catch_up(svc)
        return dump(svc.engine)
    finally:
        svc.close()


def test_the_read_models_are_in_their_own_file_and_the_rest_beside_the_events(sqlite_url):
    demo_candidates = len(demo_read_models(sqlite_url)["rm_candidates"])
    store = store_file(sqlite_url)
    assert read_models_file(store).endswith("/ketnap.read-models.sqlite")
    assert tables(read_models_file(store)) == MOVED
    kept = tables(store)
    assert not kept & MOVED
    assert {"stored_events", "accounts_users", "audit_chain", "alembic_version"} <= kept
    with closing(sqlite3.connect(read_models_file(store))) as db:
        assert db.execute("SELECT count(*) FROM rm_candidates").fetchone() == (demo_candidates,)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert demo_candidates > 10


def test_a_command_does_not_wait_for_a_read_side_write_in_progress(sqlite_url):
    """A catch-up or a rebuild holds the read models' write lock until it commits; in one
    file with the events, commands waited for it (up to their 30 s lock timeout)."""
    svc = services_on(sqlite_url)
    try:
        load_demo(svc)
        with svc.engine.begin() as conn:         # a read-side transaction, left open
            conn.execute(update(projection_positions).values(position=0))
            done = threading.Event()
            worker = threading.Thread(target=lambda: (svc.store.register_cell(
                "NEW", "Chi bộ mới", "Đảng ủy phường", date(2026, 1, 5), "thư ký"), done.set()))
            worker.start()
            finished_while_held = done.wait(timeout=5)
            conn.rollback()
        worker.join()
        assert finished_while_held, "the command waited for the read side's lock"
        assert svc.store.cell("NEW").name == "Chi bộ mới"
    finally:
        svc.close()


def test_a_catch_up_does_not_wait_for_a_command_holding_the_store_lock(sqlite_url):
    svc = services_on(sqlite_url)
    try:
        load_demo(svc)
        with closing(sqlite3.connect(store_file(sqlite_url), isolation_level=None)) as writer:
            writer.execute("BEGIN IMMEDIATE")      # as a command's insert holds it
            writer.execute("DELETE FROM stored_events WHERE 0")
            applied = []
            worker = threading.Thread(target=lambda: applied.append(catch_up(svc)))
            worker.start()
            worker.join(timeout=5)
            finished_while_held = not worker.is_alive()
            writer.execute("ROLLBACK")
        worker.join()
        assert finished_while_held, "the catch-up waited for the store's lock"
        assert applied == [svc.store.last_position()]
    finally:
        svc.close()


def test_the_migration_moves_existing_read_models_with_their_rows_and_back(sqlite_url):
    before = demo_read_models(sqlite_url)
    command.downgrade(alembic_config(sqlalchemy_url(sqlite_url)), "0300")
    store = store_file(sqlite_url)
    assert tables(store) >= MOVED                   # the read models beside the events again
    _half_moved_by_a_crash(store)

    svc = services_on(sqlite_url)
    try:          # moved, not rebuilt: same rows, same position; what only revision 1000
        # holds (the superior's other outcomes) was dropped with it, until a rebuild
        assert dump(svc.engine) == without_1000(before)
    finally:
        svc.close()
    assert not tables(store) & MOVED
    assert tables(read_models_file(store)) == MOVED

    command.downgrade(alembic_config(sqlalchemy_url(sqlite_url)), "0300")
    assert tables(store) >= MOVED
    assert not tables(read_models_file(store))
    svc = Services(sqlite_url, clock=lambda: FIXED_NOW)
    try:      # 0500's columns of the position row are gone with it
        assert as_stored(svc.engine) == {
            name: sorted((row[:2] if name == "rm_positions" else before_1000(name, row)
                          for row in rows), key=repr)
            for name, rows in before.items()}
    finally:
        svc.close()


ONLY_1000 = {"rm_candidates": ("admission_refused_on", "admission_decision_extended_to",
                                "ceremony_consented_on", "conversion_refused_on",
                                "conversion_decision_extended_to", "strike_off_proposed_on",
                                "transfer_cause_on", "transfer_letter_on",
                                "transfer_presented_on", "arrived_on", "citizen_id"),
             "rm_deadlines": ("consented_on",)}


def without_1000(dumped: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    names = {t.name: [c.name for c in t.columns] for t in READ_MODEL_TABLES}
    out = dict(dumped)
    for table, blank in ONLY_1000.items():
        rows = [dict(zip(names[table], row, strict=True)) for row in dumped[table]]
        for row in rows:
            row.update(dict.fromkeys(blank))
            if table == "rm_candidates":     # what the migration fills in from the row
                row.update(admission_settled_on=row["decided_on"], conversion_failed_votes=0,
                           conversion_settled_on=row["converted_on"], readmission=False)
        out[table] = sorted((tuple(row.values()) for row in rows), key=repr)
    return out


def before_1000(table: str, row: tuple) -> tuple:
    """A row without the columns revision 1000 added."""
    names = {t.name: [c.name for c in t.columns] for t in READ_MODEL_TABLES}[table]
    return tuple(v for name, v in zip(names, row, strict=True) if name not in ADDED_BY_1000)


def as_stored(engine) -> dict[str, list[tuple]]:
    """Every read-model table's rows, with the columns revision 0300 had."""
    with engine.connect() as conn:
        return {table.name: sorted((tuple(r) for r in conn.execute(select(*(
            c for c in table.columns if not c.name.startswith("failed_")
            and c.name not in ADDED_BY_1000)))), key=repr)
            for table in (projection_positions, *READ_MODEL_TABLES)}


ADDED_BY_1000 = {*ONLY_1000["rm_candidates"], *ONLY_1000["rm_deadlines"],
                 "admission_settled_on", "conversion_settled_on", "conversion_failed_votes",
                 "readmission"}


def _half_moved_by_a_crash(store: str) -> None:
    """rm_positions moved whole, rm_cells created there but not yet filled."""
    with closing(sqlite3.connect(store, isolation_level=None)) as db:
        db.execute("ATTACH DATABASE ? AS read_models", (read_models_file(store),))
        for table in ("rm_positions", "rm_cells"):
            (ddl,) = db.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                (table,)).fetchone()
            db.execute(ddl.replace(f"CREATE TABLE {table}", f"CREATE TABLE read_models.{table}"))
        db.execute("INSERT INTO read_models.rm_positions SELECT * FROM main.rm_positions")
        db.execute("DROP TABLE main.rm_positions")


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:////srv/ketnap/ketnap.sqlite", "/srv/ketnap/ketnap.sqlite"),
    ("sqlite:///relative.db?timeout=5", "relative.db"),
    ("sqlite:///:memory:", None),
    ("sqlite://", None),
    ("postgresql+psycopg://u@h/db", None),
])
def test_the_store_file_of_a_url(url, expected):
    assert store_file(url) == expected


@pytest.mark.parametrize(("store", "expected"), [
    ("/srv/ketnap/ketnap.sqlite", "/srv/ketnap/ketnap.read-models.sqlite"),
    ("data/events.db", "data/events.read-models.db"),
    ("/srv/ketnap/store", "/srv/ketnap/store.read-models.sqlite"),
])
def test_the_read_models_file_sits_beside_the_store(store, expected):
    assert read_models_file(store) == expected


def test_a_lost_read_models_file_is_given_its_tables_back_and_refilled_from_the_log(
        sqlite_url):
    """A restore of the store's file alone: `ketnap init` (upgrade) makes the tables again,
    and a catch-up refills them."""
    before = demo_read_models(sqlite_url)
    lost = read_models_file(store_file(sqlite_url))
    for suffix in ("", "-wal", "-shm"):
        Path(lost + suffix).unlink(missing_ok=True)

    svc = services_on(sqlite_url)
    try:
        assert tables(lost) == MOVED
        assert all(not rows for rows in dump(svc.engine).values())
        catch_up(svc)
        assert dump(svc.engine) == before
    finally:
        svc.close()

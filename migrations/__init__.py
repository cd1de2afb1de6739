"""Schema history: alembic revisions for the read-model tables (never the event store's own
tables, which eventsourcing creates and owns), and upcasters for old event versions."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, MetaData, create_engine, event

from migrations.sqlite_files import READ_MODELS, make_private, read_side_connect, store_file
from projections.tables import metadata

HERE = Path(__file__).parent
STORE_OWNED = ("stored_events", "ketnap_events", "ketnap_snapshots", "notification_tracking")


def alembic_config(sqlalchemy_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("sqlalchemy.url", sqlalchemy_url.replace("%", "%%"))
    return cfg


def upgrade(sqlalchemy_url: str, revision: str = "head") -> None:
    """Create or upgrade the read-model tables to the newest revision (and on SQLite, give
    back their tables to a read-models file that was lost)."""
    if path := store_file(sqlalchemy_url):
        make_private(path)
    command.upgrade(alembic_config(sqlalchemy_url), revision)
    if revision == "head" and store_file(sqlalchemy_url):
        recreate_lost_read_models(sqlalchemy_url, metadata)


def read_side_engine(sqlalchemy_url: str, **kwargs) -> Engine:
    """An engine for the read side; on an SQLite file, each of its connections has the read
    models' own file attached (`migrations/sqlite_files.py`)."""
    engine = create_engine(sqlalchemy_url, **kwargs)
    if path := store_file(sqlalchemy_url):
        event.listen(engine, "connect", read_side_connect(path))
    return engine


def in_own_file(tables: MetaData) -> MetaData:
    """The read-model tables as they are on SQLite: in the attached schema. (A later
    revision adding one creates it there on SQLite, `schema=READ_MODELS`; the autogenerate
    check in the tests flags a table left in the store's file.)"""
    moved = MetaData()
    for table in tables.tables.values():
        table.to_metadata(moved, schema=READ_MODELS)
    return moved


def recreate_lost_read_models(sqlalchemy_url: str, tables: MetaData) -> bool:
    """After a restore of the store's file alone (or a deleted read-models file): the read
    models' tables again, empty and with no position, so that the next catch-up (or
    `ketnap projections rebuild`) fills them from the log. True if it had to."""
    engine = read_side_engine(sqlalchemy_url)
    try:
        with engine.begin() as conn:
            names = set(tables.tables)
            here = {name for (name,) in conn.exec_driver_sql(
                f"SELECT name FROM {READ_MODELS}.sqlite_master WHERE type = 'table'")}
            beside = {name for (name,) in conn.exec_driver_sql(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'")}
            if here & names or beside & names:
                return False      # not lost (or not moved yet: an older revision)
            in_own_file(tables).create_all(conn)
            return True
    finally:
        engine.dispose()

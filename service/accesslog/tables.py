"""The access log's table, apart from the event store and the read models (ids only, never
personal data). The persons' keys have a table of their own too, made by the application
beside the store's (`service/encryption/keys.py`, revision 1800)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    inspect,
)
from sqlalchemy.exc import DBAPIError

metadata = MetaData()

access_log = Table(
    "personal_access_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("username", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("what", String(32), nullable=False),            # page | history | export | api | …
    Column("person_id", String(36)),                       # None: a list (cell given)
    Column("cell_code", String(64)),
    Column("address", String(64)),
    Index("ix_personal_access_person", "person_id", "at"),
    Index("ix_personal_access_user", "username", "at"),
)


def create_tables(engine, tables=None) -> None:
    """Create them if missing. Processes booting together race on CREATE TABLE (SQLite: "already
    exists"; PostgreSQL: a duplicate type): the loser finds the table there and goes on."""
    try:
        metadata.create_all(engine, tables=tables, checkfirst=True)
    except DBAPIError:
        names = [t.name for t in (tables or metadata.sorted_tables)]
        if not all(inspect(engine).has_table(name) for name in names):
            raise

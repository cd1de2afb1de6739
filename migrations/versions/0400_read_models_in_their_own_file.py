"""SQLite: move the read models into their own file (the attached schema `read_models`)

Commands and the catch-up no longer wait for each other's write lock on one file
(`migrations/sqlite_files.py`). Each table is created there with the DDL it has here, its
rows copied, and dropped here; queries name the tables unqualified and SQLite finds them
in the attached file. Accounts and the audit chain stay beside the events. PostgreSQL: no
change. Run again after a crash half-way, it moves only what is still here.

Revision ID: 0400
Revises: 0300
Create Date: 2026-11-27
"""

import re

from alembic import op

from migrations.sqlite_files import READ_MODELS

revision = "0400"
down_revision = "0300"
branch_labels = None
depends_on = None

TABLES = ("rm_positions", "rm_cells", "rm_plans", "rm_plan_targets", "rm_activity_facts",
          "rm_candidates", "rm_deadlines", "rm_new_members", "rm_calendar_days")
_NAMED = re.compile(r"^(CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+)", re.IGNORECASE)


def upgrade() -> None:
    if _attached():
        _move("main", READ_MODELS)


def downgrade() -> None:
    if _attached():
        _move(READ_MODELS, "main")


def _attached() -> bool:
    conn = op.get_bind()
    return conn.dialect.name == "sqlite" and READ_MODELS in {
        row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}


def _move(source: str, target: str) -> None:
    conn = op.get_bind()
    for table in TABLES:
        ddl = conn.exec_driver_sql(
            f"SELECT type, sql FROM {source}.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY type = 'index'", (table,)).all()
        if not ddl:
            continue                      # moved before a crash, or never created
        conn.exec_driver_sql(f'DROP TABLE IF EXISTS {target}."{table}"')   # a half-made copy
        for _, sql in ddl:
            conn.exec_driver_sql(_NAMED.sub(lambda m: f"{m.group(1)}{target}.", sql, count=1))
        conn.exec_driver_sql(f'INSERT INTO {target}."{table}" SELECT * FROM {source}."{table}"')
        conn.exec_driver_sql(f'DROP TABLE {source}."{table}"')

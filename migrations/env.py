"""Alembic environment: read-model tables only; the event store's tables are left alone."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from migrations import STORE_OWNED
from projections.tables import metadata

config = context.config


def include_name(name, type_, parent_names) -> bool:
    if type_ == "table":
        return (name not in STORE_OWNED and not name.startswith(("accounts_", "audit_"))
                and not name.endswith(("_events", "_snapshots", "_tracking")))
    return True


def run_migrations_online() -> None:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata,
                          include_name=include_name, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()

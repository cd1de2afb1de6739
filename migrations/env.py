"""Alembic environment: read-model tables only; the event store's tables are left alone."""

from __future__ import annotations

from alembic import context

from migrations import STORE_OWNED, in_own_file, read_side_engine
from migrations.sqlite_files import READ_MODELS, store_file
from projections.tables import metadata

config = context.config


def include_name(name, type_, parent_names) -> bool:
    if type_ == "schema":
        return name in (None, READ_MODELS)
    if type_ == "table":
        return (name not in STORE_OWNED and not name.startswith(("accounts_", "audit_", "personal_"))
                and not name.endswith(("_events", "_snapshots", "_tracking")))
    return True


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = read_side_engine(url)
    with engine.connect() as connection:
        attached = store_file(url) is not None   # autogenerate compares the read models there
        context.configure(connection=connection, render_as_batch=True,
                          target_metadata=in_own_file(metadata) if attached else metadata,
                          include_schemas=attached, include_name=include_name)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()

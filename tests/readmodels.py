"""Test helpers: wire catch-up after every command, and dump every read-model table."""

from __future__ import annotations

from sqlalchemy import select

from projections.tables import READ_MODEL_TABLES, projection_positions
from service.readside import catch_up


def follow_commands(services) -> None:
    """Catch up after every command, as the Flask app does (errors are not swallowed here)."""
    services.after_command.append(lambda _recorded: catch_up(services))


def dump(engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {table.name: sorted((tuple(row) for row in conn.execute(select(table))),
                                   key=repr)
                for table in (projection_positions, *READ_MODEL_TABLES)}

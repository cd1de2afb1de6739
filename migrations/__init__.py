"""Schema history: alembic revisions for the read-model tables (never the event store's own
tables, which eventsourcing creates and owns), and upcasters for old event versions."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

HERE = Path(__file__).parent
STORE_OWNED = ("stored_events", "ketnap_events", "ketnap_snapshots", "notification_tracking")


def alembic_config(sqlalchemy_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("sqlalchemy.url", sqlalchemy_url.replace("%", "%%"))
    return cfg


def upgrade(sqlalchemy_url: str, revision: str = "head") -> None:
    """Create or upgrade the read-model tables to the newest revision."""
    command.upgrade(alembic_config(sqlalchemy_url), revision)

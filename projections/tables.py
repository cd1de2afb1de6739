"""Read-model tables (typed SQLAlchemy) and the position each projection has reached."""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table

metadata = MetaData()

projection_positions = Table(
    "rm_positions", metadata,
    Column("projection", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
)

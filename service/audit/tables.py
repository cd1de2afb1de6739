"""The audit's own tables: the hash chain over the event log and the signed checkpoints.

They live next to the event store (same database) but hold nothing the log does not already
say; their worth is that they can be checked against the log and the signed checkpoints.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table, Text

metadata = MetaData()

audit_chain = Table(
    "audit_chain", metadata,
    Column("position", BigInteger, primary_key=True, autoincrement=False),
    Column("originator_id", String(36), nullable=False, index=True),
    Column("originator_version", BigInteger, nullable=False),
    Column("topic", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("chain_hash", String(64), nullable=False),
    Column("cell_code", String(64), nullable=True, index=True),
)

audit_checkpoints = Table(
    "audit_checkpoints", metadata,
    Column("id", Integer, primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("chain_hash", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("key_fingerprint", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
)

AUDIT_TABLES = ("audit_chain", "audit_checkpoints")

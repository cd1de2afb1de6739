"""The audit's own tables: the sealed entries and the Merkle tree over the event log, the MAC
of each event, the signed checkpoints, and the checkpoints witnessed for other cells.

They live next to the event store (same database) but hold nothing the log does not already
say; their worth is that they can be checked against the log and the signed checkpoints.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, MetaData, SmallInteger, String, Table, Text

metadata = MetaData()

audit_chain = Table(
    "audit_chain", metadata,
    Column("position", BigInteger, primary_key=True, autoincrement=False),
    Column("originator_id", String(36), nullable=False, index=True),
    Column("originator_version", BigInteger, nullable=False),
    Column("topic", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("chain_hash", String(64), nullable=True),    # the chain before the tree (0200)
    Column("cell_code", String(64), nullable=True, index=True),
    Column("leaf_index", BigInteger, nullable=True, unique=True, index=True),
)

audit_nodes = Table(      # perfect subtrees of the Merkle tree; level 0 holds the leaf hashes
    "audit_nodes", metadata,
    Column("level", SmallInteger, primary_key=True, autoincrement=False),
    Column("node_index", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
)

audit_macs = Table(       # written by the application in the transaction storing the event
    "audit_macs", metadata,    # (SQLite: an INTEGER key is the rowid, one b-tree per insert)
    Column("position", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True,
           autoincrement=False),
    Column("mac", String(64), nullable=False),
)

audit_checkpoints = Table(
    "audit_checkpoints", metadata,
    Column("id", Integer, primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("chain_hash", String(64), nullable=True),
    Column("created_at", String(40), nullable=False),
    Column("key_fingerprint", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    Column("origin", String(120), nullable=True),
    Column("tree_size", BigInteger, nullable=True),
    Column("root_hash", String(64), nullable=True),
    Column("legacy_position", BigInteger, nullable=True),
    Column("legacy_chain_hash", String(64), nullable=True),
)

audit_witnessed = Table(  # checkpoints other cells' Ketnaps pushed here (append-only)
    "audit_witnessed", metadata,
    Column("id", Integer, primary_key=True),
    Column("origin", String(120), nullable=False, index=True),
    Column("tree_size", BigInteger, nullable=False),
    Column("checkpoint", Text, nullable=False),
    Column("received_at", String(40), nullable=False),
    Column("received_from", String(120), nullable=False),
)

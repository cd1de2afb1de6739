"""Audit: the hash chain becomes a Merkle log (RFC 9162); a MAC per event; witnesses

Adds the leaf index to each sealed entry (the existing ones numbered here, in log order: they
are sealed into the tree once, and the application hashes their subtrees into audit_nodes at
its next seal), the tree's perfect subtrees, the MAC the application writes with each event,
the signed tree heads in audit_checkpoints, and the checkpoints this Ketnap witnesses for
other cells. The old chain hashes stay: the first signed tree head records the last one.

Revision ID: 1700
Revises: 1000
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "1700"
down_revision = "1000"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_chain") as batch:
        batch.add_column(sa.Column("leaf_index", sa.BigInteger, nullable=True))
        batch.alter_column("chain_hash", existing_type=sa.String(64), nullable=True)
    op.execute("UPDATE audit_chain SET leaf_index = numbered.n FROM (SELECT position, "
               "ROW_NUMBER() OVER (ORDER BY position) - 1 AS n FROM audit_chain) AS numbered "
               "WHERE audit_chain.position = numbered.position")
    op.create_index("ix_audit_chain_leaf_index", "audit_chain", ["leaf_index"], unique=True)
    op.create_table(
        "audit_nodes",
        sa.Column("level", sa.SmallInteger, primary_key=True, autoincrement=False),
        sa.Column("node_index", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(     # on SQLite an INTEGER key is the rowid: one b-tree per insert, not two
        "audit_macs",
        sa.Column("position", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  primary_key=True, autoincrement=False),
        sa.Column("mac", sa.String(64), nullable=False),
    )
    with op.batch_alter_table("audit_checkpoints") as batch:
        batch.alter_column("chain_hash", existing_type=sa.String(64), nullable=True)
        batch.add_column(sa.Column("origin", sa.String(120), nullable=True))
        batch.add_column(sa.Column("tree_size", sa.BigInteger, nullable=True))
        batch.add_column(sa.Column("root_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("legacy_position", sa.BigInteger, nullable=True))
        batch.add_column(sa.Column("legacy_chain_hash", sa.String(64), nullable=True))
    op.create_table(
        "audit_witnessed",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("origin", sa.String(120), nullable=False),
        sa.Column("tree_size", sa.BigInteger, nullable=False),
        sa.Column("checkpoint", sa.Text, nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("received_from", sa.String(120), nullable=False),
    )
    op.create_index("ix_audit_witnessed_origin", "audit_witnessed", ["origin"])


def downgrade() -> None:
    op.drop_index("ix_audit_witnessed_origin", "audit_witnessed")
    op.drop_table("audit_witnessed")
    with op.batch_alter_table("audit_checkpoints") as batch:
        for name in ("legacy_chain_hash", "legacy_position", "root_hash", "tree_size", "origin"):
            batch.drop_column(name)
    op.drop_table("audit_macs")
    op.drop_table("audit_nodes")
    op.drop_index("ix_audit_chain_leaf_index", "audit_chain")
    with op.batch_alter_table("audit_chain") as batch:
        batch.drop_column("leaf_index")

"""Audit: hash chain over the event log and signed checkpoints

Revision ID: 0200
Revises: 0100
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0200"
down_revision = "0100"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_chain",
        sa.Column("position", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("originator_id", sa.String(36), nullable=False),
        sa.Column("originator_version", sa.BigInteger, nullable=False),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("chain_hash", sa.String(64), nullable=False),
        sa.Column("cell_code", sa.String(64), nullable=True),
    )
    op.create_index("ix_audit_chain_originator_id", "audit_chain", ["originator_id"])
    op.create_index("ix_audit_chain_content_hash", "audit_chain", ["content_hash"])
    op.create_index("ix_audit_chain_cell_code", "audit_chain", ["cell_code"])
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.BigInteger, nullable=False),
        sa.Column("chain_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("key_fingerprint", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_index("ix_audit_chain_cell_code", "audit_chain")
    op.drop_index("ix_audit_chain_content_hash", "audit_chain")
    op.drop_index("ix_audit_chain_originator_id", "audit_chain")
    op.drop_table("audit_chain")

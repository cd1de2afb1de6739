"""Accounts: server-side login sessions; API tokens get a name, an expiry, a last use and a
revocation (tokens issued before keep working until revoked: they have no expiry); the login
backoff's counters get the moment until which they refuse (claimed atomically); the first
answers to POSTs carrying an idempotency key or a one-time form key

Revision ID: 0600
Revises: 0500
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0600"
down_revision = "0500"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts_sessions",
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer,
                  sa.ForeignKey("accounts_users.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "accounts_request_keys",
        sa.Column("user_id", sa.Integer,
                  sa.ForeignKey("accounts_users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("status", sa.Integer, nullable=True),
        sa.Column("location", sa.String(2048), nullable=True),
        sa.Column("content_type", sa.String(128), nullable=True),
        sa.Column("body", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    with op.batch_alter_table("accounts_tokens") as batch:
        batch.add_column(sa.Column("name", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("accounts_login_failures") as batch:
        batch.add_column(sa.Column("blocked_until", sa.Float, nullable=False,
                                   server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("accounts_login_failures") as batch:
        batch.drop_column("blocked_until")
    with op.batch_alter_table("accounts_tokens") as batch:
        for column in ("revoked_at", "last_used_at", "expires_at", "name"):
            batch.drop_column(column)
    op.drop_table("accounts_request_keys")
    op.drop_table("accounts_sessions")

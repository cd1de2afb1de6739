"""The read models' position row says where a catch-up last failed, and why

A projector that cannot apply an event must not fail in silence: the failing event's log
position, stream and type, and the error's kind, are kept beside the position (so the
health endpoint, the follower's log and the admin's banner can name it). The next batch
that moves the position clears them in the same statement.

Revision ID: 0500
Revises: 0400
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from migrations.sqlite_files import READ_MODELS

revision = "0500"
down_revision = "0400"
branch_labels = None
depends_on = None

COLUMNS = ("failed_position", "failed_stream", "failed_type", "failed_error", "failed_at")


def _columns() -> list[sa.Column]:
    return [sa.Column("failed_position", sa.Integer()),
            sa.Column("failed_stream", sa.String(36)),
            sa.Column("failed_type", sa.String(64)),
            sa.Column("failed_error", sa.String(300)),
            sa.Column("failed_at", sa.DateTime())]


def _schema() -> str | None:
    conn = op.get_bind()
    attached = conn.dialect.name == "sqlite" and READ_MODELS in {
        row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
    return READ_MODELS if attached else None


def upgrade() -> None:
    schema = _schema()
    for column in _columns():
        op.add_column("rm_positions", column, schema=schema)


def downgrade() -> None:
    schema = _schema()
    for name in reversed(COLUMNS):
        op.drop_column("rm_positions", name, schema=schema)

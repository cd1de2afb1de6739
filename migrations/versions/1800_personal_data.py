"""Personal data under Law 91/2025/QH15 (issue 18)

The persons' wrapped data keys and the access log, in tables of their own beside the event
store (not read models: never rebuilt, never part of the log). The register's birth date
(and the age derived from it) may be empty: an erased person has none.

Revision ID: 1800
Revises: 1000
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from migrations.sqlite_files import READ_MODELS

revision = "1800"
down_revision = "1700"
branch_labels = None
depends_on = None


def _schema() -> str | None:
    conn = op.get_bind()
    attached = conn.dialect.name == "sqlite" and READ_MODELS in {
        row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
    return READ_MODELS if attached else None


def upgrade() -> None:
    if not sa.inspect(op.get_bind()).has_table("personal_keys"):   # the store may make it
        op.create_table(
            "personal_keys",
            sa.Column("person_id", sa.String(36), primary_key=True),
            sa.Column("master_key_id", sa.String(16), nullable=False),
            sa.Column("wrapped", sa.LargeBinary(), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
        )
    if sa.inspect(op.get_bind()).has_table("personal_access_log"):
        return _register_birth_date_optional()
    op.create_table(
        "personal_access_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("what", sa.String(32), nullable=False),
        sa.Column("person_id", sa.String(36)),
        sa.Column("cell_code", sa.String(64)),
        sa.Column("address", sa.String(64)),
    )
    op.create_index("ix_personal_access_person", "personal_access_log", ["person_id", "at"])
    op.create_index("ix_personal_access_user", "personal_access_log", ["username", "at"])
    _register_birth_date_optional()


def _register_birth_date_optional() -> None:
    with op.batch_alter_table("rm_candidates", schema=_schema()) as batch:
        batch.alter_column("birth_date", existing_type=sa.Date(), nullable=True)
        batch.alter_column("eligible_age_from", existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("rm_candidates", schema=_schema()) as batch:
        batch.alter_column("eligible_age_from", existing_type=sa.Date(), nullable=False)
        batch.alter_column("birth_date", existing_type=sa.Date(), nullable=False)
    op.drop_table("personal_access_log")
    op.drop_table("personal_keys")

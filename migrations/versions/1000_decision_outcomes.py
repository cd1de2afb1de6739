"""The superior's other outcomes and the end of probation (issue 15)

The register keeps the refusals, the extensions of the superior's time limit, the consent
to a late ceremony, the failed conversion votes, the cell's proposal to strike a
probationary member off, the transfer of party activity (out and in) and the citizen ID; a deadline row says when the superior consented to it being late.
The read models are refilled by `ketnap projections rebuild` (a catch-up alone does not
revisit the events already applied).

Revision ID: 1000
Revises: 0600
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from migrations.sqlite_files import READ_MODELS

revision = "1000"
down_revision = "0600"
branch_labels = None
depends_on = None


def _register_columns() -> list[sa.Column]:
    return [sa.Column("admission_refused_on", sa.Date()),
            sa.Column("admission_settled_on", sa.Date()),
            sa.Column("admission_decision_extended_to", sa.Date()),
            sa.Column("ceremony_consented_on", sa.Date()),
            sa.Column("conversion_failed_votes", sa.Integer(), nullable=False,
                      server_default="0"),
            sa.Column("conversion_refused_on", sa.Date()),
            sa.Column("conversion_settled_on", sa.Date()),
            sa.Column("conversion_decision_extended_to", sa.Date()),
            sa.Column("strike_off_proposed_on", sa.Date()),
            sa.Column("transfer_cause_on", sa.Date()),
            sa.Column("transfer_letter_on", sa.Date()),
            sa.Column("transfer_presented_on", sa.Date()),
            sa.Column("arrived_on", sa.Date()),
            sa.Column("citizen_id", sa.String(12)),
            sa.Column("readmission", sa.Boolean(), nullable=False,
                      server_default=sa.false())]


def _schema() -> str | None:
    conn = op.get_bind()
    attached = conn.dialect.name == "sqlite" and READ_MODELS in {
        row[1] for row in conn.exec_driver_sql("PRAGMA database_list")}
    return READ_MODELS if attached else None


def upgrade() -> None:
    schema = _schema()
    for column in _register_columns():
        op.add_column("rm_candidates", column, schema=schema)
    op.add_column("rm_deadlines", sa.Column("consented_on", sa.Date()), schema=schema)
    # what the rows already say: before this revision only a decision answered the superior
    table = f"{schema}.rm_candidates" if schema else "rm_candidates"
    op.execute(f"UPDATE {table} SET admission_settled_on = decided_on, "
               "conversion_settled_on = converted_on")


def downgrade() -> None:
    schema = _schema()
    op.drop_column("rm_deadlines", "consented_on", schema=schema)
    for column in reversed(_register_columns()):
        op.drop_column("rm_candidates", column.name, schema=schema)

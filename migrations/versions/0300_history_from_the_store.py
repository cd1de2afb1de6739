"""Drop rm_history: a stream's history is read from the event store by its key

The table mirrored every event as a row (JSON and a summary), one insert per event in every
catch-up and rebuild; the store already holds the same events, indexed by (originator_id,
originator_version). `projections.queries.history` now reads them there.

Revision ID: 0300
Revises: 0200
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0300"
down_revision = "0200"
branch_labels = None
depends_on = None

READ_MODELS = ("rm_cells", "rm_plans", "rm_plan_targets", "rm_activity_facts",
               "rm_candidates", "rm_deadlines", "rm_new_members", "rm_calendar_days")


def upgrade() -> None:
    op.drop_table("rm_history")


def downgrade() -> None:
    """The older code expects a filled table: empty every read model and reset the position,
    so its next catch-up rebuilds them all from the log."""
    op.create_table(
        "rm_history",
        sa.Column("stream_id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("log_position", sa.Integer, nullable=False, unique=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("document_no", sa.String(200)),
        sa.Column("rule_set", sa.String(32), nullable=False),
        sa.Column("override_reason", sa.Text),
        sa.Column("override_authority", sa.Text),
        sa.Column("overridden_rules", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("corrected_by", sa.Text, nullable=False),
    )
    for name in READ_MODELS:
        op.execute(sa.text(f"DELETE FROM {name}"))
    op.execute(sa.text("DELETE FROM rm_positions WHERE projection = 'read_models'"))

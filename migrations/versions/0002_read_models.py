"""Read models: cells, plans and targets, activity facts, candidates, history, deadlines,
new members (Biểu 2), declared calendar days

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "rm_cells",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("cell_id", ID, nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("superior_body", sa.String(300), nullable=False),
        sa.Column("superior_since", sa.Date, nullable=False),
        sa.Column("registered_on", sa.Date, nullable=False),
    )
    op.create_table(
        "rm_plans",
        sa.Column("plan_id", ID, primary_key=True),
        sa.Column("cell_code", sa.String(64), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("basis", sa.Text, nullable=False),
    )
    op.create_index("ix_rm_plans_cell_year", "rm_plans", ["cell_code", "year"])
    op.create_table(
        "rm_plan_targets",
        sa.Column("plan_id", ID, primary_key=True),
        sa.Column("activity", sa.String(32), primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("row_no", sa.Integer),
        sa.Column("note", sa.Text),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("gv", sa.Integer, nullable=False),
        sa.Column("hs", sa.Integer, nullable=False),
        sa.Column("q1", sa.Integer), sa.Column("q2", sa.Integer),
        sa.Column("q3", sa.Integer), sa.Column("q4", sa.Integer),
    )
    op.create_table(
        "rm_activity_facts",
        sa.Column("candidate_id", ID, primary_key=True),
        sa.Column("activity", sa.String(32), primary_key=True),
        sa.Column("cell_code", sa.String(64), nullable=False),
        sa.Column("category", sa.String(8), nullable=False),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("quarter", sa.Integer, nullable=False),
    )
    op.create_index("ix_rm_activity_facts_plan", "rm_activity_facts",
                    ["cell_code", "year", "activity"])
    _candidates()
    _history()
    _deadlines()
    op.create_table(
        "rm_new_members",
        sa.Column("candidate_id", ID, primary_key=True),
        sa.Column("cell_code", sa.String(64), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("age", sa.Integer, nullable=False),
        sa.Column("category", sa.String(8), nullable=False),
        sa.Column("gender", sa.String(16), nullable=False),
        sa.Column("ethnicity", sa.String(64), nullable=False),
        sa.Column("youth_union_member", sa.Boolean, nullable=False),
        sa.Column("education", sa.String(32), nullable=False),
    )
    op.create_index("ix_rm_new_members_decided", "rm_new_members", ["decided_on", "cell_code"])
    op.create_table(
        "rm_calendar_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("working", sa.Boolean, primary_key=True),
    )


def _candidates() -> None:
    dates = ["class_registered_on", "certificate_on", "certificate_expires_on",
             "admission_voted_on", "decided_on", "decision_received_on", "admitted_on",
             "probation_ends_on", "conversion_first_voted_on", "conversion_voted_on",
             "converted_on", "official_since", "exited_on"]
    op.create_table(
        "rm_candidates",
        sa.Column("id", ID, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("cell_code", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("birth_date", sa.Date, nullable=False),
        sa.Column("gender", sa.String(16), nullable=False),
        sa.Column("ethnicity", sa.String(64), nullable=False),
        sa.Column("category", sa.String(8), nullable=False),
        sa.Column("class_name", sa.String(32)),
        sa.Column("youth_union_member", sa.Boolean, nullable=False),
        sa.Column("education", sa.String(32), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("nominated_on", sa.Date, nullable=False),
        *[sa.Column(name, sa.Date) for name in dates],
        sa.Column("eligible_age_from", sa.Date, nullable=False),
    )
    op.create_index("ix_rm_candidates_cell_stage", "rm_candidates", ["cell_code", "stage"])


def _history() -> None:
    op.create_table(
        "rm_history",
        sa.Column("stream_id", ID, primary_key=True),
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


def _deadlines() -> None:
    op.create_table(
        "rm_deadlines",
        sa.Column("candidate_id", ID, primary_key=True),
        sa.Column("rule_id", sa.String(64), primary_key=True),
        sa.Column("cell_code", sa.String(64), nullable=False),
        sa.Column("article", sa.String(200), nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("reminder_from", sa.Date, nullable=False),
        sa.Column("met_on", sa.Date),
        sa.Column("closed_on", sa.Date),
    )
    op.create_index("ix_rm_deadlines_due", "rm_deadlines", ["due_on"])
    op.create_index("ix_rm_deadlines_cell", "rm_deadlines", ["cell_code", "due_on"])


def downgrade() -> None:
    for name in ("rm_calendar_days", "rm_new_members", "rm_deadlines", "rm_history",
                 "rm_candidates", "rm_activity_facts", "rm_plan_targets", "rm_plans",
                 "rm_cells"):
        op.drop_table(name)

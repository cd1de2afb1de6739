"""Read-model tables (typed SQLAlchemy) and the position each projection has reached.

Every row here is a pure function of the event log: a rebuild from position 0 gives the same
rows. Ids are stored as 36-character strings (portable, cheap to bind), so that SQLite and
PostgreSQL hold identical values and `projections check` can compare them. There is no
history table: a stream's history is the stream itself, read from the store by its key
(`queries.history`).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy import false as sa_false

metadata = MetaData()

ID = String(36)

projection_positions = Table(
    "rm_positions", metadata,
    Column("projection", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
    # where a catch-up last failed (cleared by the next batch that moves the position): the
    # event's log position, stream and type, and the error's kind — never the data
    Column("failed_position", Integer),
    Column("failed_stream", String(36)),
    Column("failed_type", String(64)),
    Column("failed_error", String(300)),
    Column("failed_at", DateTime),
)

cells = Table(
    "rm_cells", metadata,
    Column("code", String(64), primary_key=True),
    Column("cell_id", ID, nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("superior_body", String(300), nullable=False),
    Column("superior_since", Date, nullable=False),
    Column("registered_on", Date, nullable=False),
)

plans = Table(
    "rm_plans", metadata,
    Column("plan_id", ID, primary_key=True),
    Column("cell_code", String(64), nullable=False),
    Column("year", Integer, nullable=False),
    Column("number", String(100), nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("basis", Text, nullable=False),
    Index("ix_rm_plans_cell_year", "cell_code", "year"),
)

plan_targets = Table(
    "rm_plan_targets", metadata,
    Column("plan_id", ID, primary_key=True),
    Column("activity", String(32), primary_key=True),
    Column("ordinal", Integer, nullable=False),      # the plan's own row order
    Column("row_no", Integer),
    Column("note", Text),
    Column("total", Integer, nullable=False),
    Column("gv", Integer, nullable=False),
    Column("hs", Integer, nullable=False),
    Column("q1", Integer), Column("q2", Integer), Column("q3", Integer), Column("q4", Integer),
)

# One row per candidate × activity: counted once, in the quarter of the business date.
activity_facts = Table(
    "rm_activity_facts", metadata,
    Column("candidate_id", ID, primary_key=True),
    Column("activity", String(32), primary_key=True),
    Column("cell_code", String(64), nullable=False),
    Column("category", String(8), nullable=False),
    Column("occurred_on", Date, nullable=False),
    Column("year", Integer, nullable=False),
    Column("quarter", Integer, nullable=False),
    Index("ix_rm_activity_facts_plan", "cell_code", "year", "activity"),
)

# The superior's other outcomes and the end of probation (issue 15; migration 1000).
def _outcome_columns() -> tuple[Column, ...]:
    return (
        Column("admission_refused_on", Date),
        Column("admission_settled_on", Date),                # decided or refused
        Column("admission_decision_extended_to", Date),
        Column("ceremony_consented_on", Date),
        Column("conversion_failed_votes", Integer, nullable=False, server_default="0"),
        Column("conversion_refused_on", Date),
        Column("conversion_settled_on", Date),               # converted or refused
        Column("conversion_decision_extended_to", Date),
        Column("strike_off_proposed_on", Date),
        Column("transfer_cause_on", Date),
        Column("transfer_letter_on", Date),
        Column("transfer_presented_on", Date),
        Column("arrived_on", Date),                          # came in with a transfer letter
        Column("citizen_id", String(12)),
        Column("readmission", Boolean, nullable=False, server_default=sa_false()),
    )


candidates = Table(
    "rm_candidates", metadata,
    Column("id", ID, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("cell_code", String(64), nullable=False),
    Column("full_name", String(200), nullable=False),
    Column("birth_date", Date),                     # None: erased (issue 18)
    Column("gender", String(16), nullable=False),
    Column("ethnicity", String(64), nullable=False),
    Column("category", String(8), nullable=False),
    Column("class_name", String(32)),
    Column("youth_union_member", Boolean, nullable=False),
    Column("education", String(32), nullable=False),
    Column("stage", String(32), nullable=False),
    Column("nominated_on", Date, nullable=False),
    Column("class_registered_on", Date),
    Column("certificate_on", Date),
    Column("certificate_expires_on", Date),
    Column("admission_voted_on", Date),             # the passed vote
    Column("decided_on", Date),
    Column("decision_received_on", Date),
    Column("admitted_on", Date),
    Column("probation_ends_on", Date),
    Column("conversion_first_voted_on", Date),      # any vote meets the vote deadline
    Column("conversion_voted_on", Date),            # the passed vote
    Column("converted_on", Date),                   # the decision's own date
    Column("official_since", Date),
    Column("exited_on", Date),
    Column("eligible_age_from", Date),
    *_outcome_columns(),
    Index("ix_rm_candidates_cell_stage", "cell_code", "stage"),
)

deadlines = Table(
    "rm_deadlines", metadata,
    Column("candidate_id", ID, primary_key=True),
    Column("rule_id", String(64), primary_key=True),
    Column("cell_code", String(64), nullable=False),
    Column("article", String(200), nullable=False),
    Column("starts_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("reminder_from", Date, nullable=False),      # due_soon from here (10 working days)
    Column("met_on", Date),
    Column("closed_on", Date),                          # the person left before it was met
    Column("consented_on", Date),       # the superior consented to it being late (1000)
    Index("ix_rm_deadlines_due", "due_on"),
    Index("ix_rm_deadlines_cell", "cell_code", "due_on"),
)

# Biểu 2-BTCTW: one row per admitted member, with what the breakdowns need.
new_members = Table(
    "rm_new_members", metadata,
    Column("candidate_id", ID, primary_key=True),
    Column("cell_code", String(64), nullable=False),
    Column("decided_on", Date, nullable=False),
    Column("age", Integer, nullable=False),             # years counted by month (24-QĐ/TW 1.1.1)
    Column("category", String(8), nullable=False),
    Column("gender", String(16), nullable=False),
    Column("ethnicity", String(64), nullable=False),
    Column("youth_union_member", Boolean, nullable=False),
    Column("education", String(32), nullable=False),
    Index("ix_rm_new_members_decided", "decided_on", "cell_code"),
)

# Days the authorities declared off or working, as the projection has seen them in the log.
calendar_days = Table(
    "rm_calendar_days", metadata,
    Column("day", Date, primary_key=True),
    Column("working", Boolean, primary_key=True),
)

CANDIDATE_TABLES = (candidates, activity_facts, deadlines, new_members)
READ_MODEL_TABLES = (cells, plans, plan_targets, *CANDIDATE_TABLES, calendar_days)

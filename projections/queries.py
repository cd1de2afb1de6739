"""Read-side queries: plain dataclasses out, nothing above this module writes SQL.

CONTRACT (implemented by the projections work; the web, API and audit layers rely on it).
Every function takes a SQLAlchemy `Engine` (or `Connection`) first. `today` parameters make
time-dependent flags explicit, so the stored rows stay a pure function of the log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

QUARTERS = ("Q1", "Q2", "Q3", "Q4")


@dataclass(frozen=True)
class Counts:
    """total, GV, HS and Q1..Q4 (None for a target row with no quarter split)."""

    total: int
    GV: int
    HS: int
    Q1: int | None = None
    Q2: int | None = None
    Q3: int | None = None
    Q4: int | None = None


@dataclass(frozen=True)
class ActivityStatus:
    activity: str               # source | class_registration | admission_dossier | ...
    label: str                  # the plan's words (Vietnamese)
    row_no: int | None
    note: str | None
    target: Counts
    actual: Counts
    behind: bool                # the current quarter's cumulative actual < its target


@dataclass(frozen=True)
class PlanStatus:
    plan_id: UUID
    cell_code: str
    year: int
    number: str
    issued_on: date
    basis: str
    activities: dict[str, ActivityStatus]


@dataclass(frozen=True)
class PlanSummary:
    plan_id: UUID
    cell_code: str
    year: int
    number: str
    issued_on: date


@dataclass(frozen=True)
class CellRow:
    code: str
    name: str
    superior_body: str
    registered_on: date


@dataclass(frozen=True)
class CandidateRow:
    id: UUID
    version: int                # for expected_version (optimistic concurrency in forms)
    cell_code: str
    full_name: str
    birth_date: date
    gender: str
    ethnicity: str
    category: str
    class_name: str | None
    youth_union_member: bool
    education: str
    stage: str
    nominated_on: date
    certificate_on: date | None
    certificate_expires_on: date | None
    admission_voted_on: date | None
    decided_on: date | None
    admitted_on: date | None
    probation_ends_on: date | None
    official_since: date | None
    exited_on: date | None
    eligible_age_from: date     # first day the person is 18 by month
    next_deadline_on: date | None
    next_deadline_rule: str | None

    def under_18_on(self, today: date) -> bool:
        return today < self.eligible_age_from

    def certificate_expired_on(self, today: date) -> bool:
        return self.certificate_expires_on is not None and today > self.certificate_expires_on


@dataclass(frozen=True)
class HistoryRow:
    candidate_id: UUID
    position: int               # the event's version in the candidate's stream (1-based)
    log_position: int           # global position in the event log
    event_type: str             # e.g. "AdmissionVoted"
    occurred_on: date           # business date
    recorded_at: datetime       # when the store recorded it (UTC)
    actor: str
    document_no: str | None
    rule_set: str
    override_reason: str | None
    override_authority: str | None
    overridden_rules: tuple[str, ...]
    summary: str                # one Vietnamese sentence
    data: dict = field(default_factory=dict)   # the event's own fields (JSON-safe)
    corrected_by: tuple[int, ...] = ()


@dataclass(frozen=True)
class DeadlineRow:
    candidate_id: UUID
    full_name: str
    cell_code: str
    rule_id: str
    article: str
    starts_on: date
    due_on: date
    met_on: date | None
    status: str                 # "pending" | "due_soon" | "overdue" | "met" | "breached" | "closed"


@dataclass(frozen=True)
class StatisticsLine:
    label: str
    count: int


@dataclass(frozen=True)
class NewMemberStatistics:
    """Biểu 2-BTCTW breakdowns of the members admitted (decision date) in a period."""

    start: date
    end: date
    total: int
    lines: list[StatisticsLine]
    average_age: float | None


def plan_status(conn, plan_id: UUID, today: date | None = None) -> PlanStatus | None:
    raise NotImplementedError


def plans(conn, cell_code: str | None = None) -> list[PlanSummary]:
    raise NotImplementedError


def cells(conn) -> list[CellRow]:
    raise NotImplementedError


def candidates(conn, cell_code: str | None = None, stage: str | None = None,
               category: str | None = None) -> list[CandidateRow]:
    raise NotImplementedError


def candidate(conn, candidate_id: UUID) -> CandidateRow | None:
    raise NotImplementedError


def history(conn, candidate_id: UUID) -> list[HistoryRow]:
    raise NotImplementedError


def deadlines(conn, today: date, cell_code: str | None = None,
              status: str | None = None) -> list[DeadlineRow]:
    raise NotImplementedError


def new_member_statistics(conn, start: date, end: date,
                          cell_code: str | None = None) -> NewMemberStatistics:
    raise NotImplementedError

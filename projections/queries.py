"""Read-side queries: plain dataclasses out, nothing above this module writes SQL.

CONTRACT (implemented by the projections work; the web, API and audit layers rely on it).
Every function takes a SQLAlchemy `Engine` (or `Connection`) first. `today` parameters make
time-dependent flags explicit, so the stored rows stay a pure function of the log.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from uuid import UUID

from sqlalchemy import func, or_, select

from domain import events as ev
from domain.clock import local_date
from projections import runner, statistics
from projections.codec import event_data, naive_utc
from projections.deadlines import OPEN, status
from projections.plan_status import ActivityStatus, activity_statuses
from projections.reading import StreamEvents, first, rows
from projections.summaries import summary
from projections.tables import candidates as candidate_table
from projections.tables import cells as cell_table
from projections.tables import deadlines as deadline_table
from projections.tables import new_members
from projections.tables import plans as plan_table

QUARTERS = ("Q1", "Q2", "Q3", "Q4")


@dataclass(frozen=True)
class PlanStatus:
    plan_id: UUID
    cell_code: str
    year: int
    number: str
    issued_on: date
    basis: str
    activities: dict[str, ActivityStatus]
    # issue 15: the superior refused to admit, in the plan's year (not counted as admitted),
    # and of those how many went back to the pool (danh sách cảm tình Đảng)
    refused_admissions: int = 0
    refused_back_in_pool: int = 0


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
    birth_date: date | None     # None: the person's data was erased
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
    eligible_age_from: date | None  # first day the person is 18 by month (None: erased)
    next_deadline_on: date | None
    next_deadline_rule: str | None

    def under_18_on(self, today: date) -> bool:
        return self.eligible_age_from is not None and today < self.eligible_age_from

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
    # the other ends of the path in the same period (issue 15), counted apart
    refused_admissions: int = 0           # the superior did not agree to admit
    struck_off_probationary: int = 0      # probationary members struck off (xóa tên)
    readmissions: int = 0                 # of `total`, re-admitted (kết nạp lại)


def plan_status(conn, plan_id: UUID, today: date | None = None) -> PlanStatus | None:
    """The plan's rows with the actual counts; `behind` is judged as of `today`."""
    plan = first(conn, select(plan_table).where(plan_table.c.plan_id == str(plan_id)))
    if plan is None:
        return None
    activities = activity_statuses(conn, plan, today or local_date(datetime.now(UTC)))
    return PlanStatus(UUID(plan.plan_id), plan.cell_code, plan.year, plan.number,
                      plan.issued_on, plan.basis, activities,
                      *_refusals(conn, plan.cell_code, plan.year))


def _refusals(conn, cell_code: str, year: int) -> tuple[int, int]:
    """(refused admissions, of which back in the pool) of a cell in a year."""
    c = candidate_table.c
    found = rows(conn, select(c.stage).where(
        c.cell_code == cell_code, c.admission_refused_on >= date(year, 1, 1),
        c.admission_refused_on <= date(year, 12, 31)))
    return len(found), sum(r.stage != "refused" for r in found)


Cells = str | tuple[str, ...] | None   # one cell, the cells a user reads, or None: every cell


def _in_cells(column, cells: Cells):
    """The filter of a list by the cells the user reads (None: no filter)."""
    return column == cells if isinstance(cells, str) else column.in_(cells)


def plans(conn, cell_code: Cells = None) -> list[PlanSummary]:
    query = select(plan_table).order_by(plan_table.c.cell_code, plan_table.c.year)
    if cell_code is not None:
        query = query.where(_in_cells(plan_table.c.cell_code, cell_code))
    return [PlanSummary(UUID(p.plan_id), p.cell_code, p.year, p.number, p.issued_on)
            for p in rows(conn, query)]


def cells(conn) -> list[CellRow]:
    return [CellRow(c.code, c.name, c.superior_body, c.registered_on)
            for c in rows(conn, select(cell_table).order_by(cell_table.c.code))]


def candidates(conn, cell_code: Cells = None, stage: str | None = None,
               category: str | None = None) -> list[CandidateRow]:
    c = candidate_table.c
    query = select(candidate_table).order_by(c.cell_code, c.nominated_on, c.id)
    if cell_code is not None:
        query = query.where(_in_cells(c.cell_code, cell_code))
    for column, value in ((c.stage, stage), (c.category, category)):
        if value is not None:
            query = query.where(column == value)
    found = rows(conn, query)
    upcoming = _next_deadlines(conn, cell_code, [r.id for r in found] if len(found) < 50
                               else None)
    return [_candidate_row(r, upcoming.get(r.id)) for r in found]


def candidate(conn, candidate_id: UUID) -> CandidateRow | None:
    found = first(conn, select(candidate_table)
                  .where(candidate_table.c.id == str(candidate_id)))
    if found is None:
        return None
    return _candidate_row(found, _next_deadlines(conn, None, [found.id]).get(found.id))


def _next_deadlines(conn, cell_code: Cells, ids: list[str] | None) -> dict:
    """The earliest deadline still running, per candidate: (due_on, rule_id)."""
    d = deadline_table.c
    # No ORDER BY: sorted here, so a lookup by candidate stays on the primary key instead of
    # walking the due-date index of the whole table, whose cost grows with the log.
    query = select(d.candidate_id, d.due_on, d.rule_id).where(d.met_on.is_(None),
                                                              d.closed_on.is_(None))
    if ids is not None:
        query = query.where(d.candidate_id.in_(ids))
    elif cell_code is not None:
        query = query.where(_in_cells(d.cell_code, cell_code))
    out: dict = {}
    for r in sorted(rows(conn, query), key=lambda r: (r.due_on, r.rule_id)):
        out.setdefault(r.candidate_id, (r.due_on, r.rule_id))
    return out


def _candidate_row(r, upcoming) -> CandidateRow:
    due_on, rule_id = upcoming or (None, None)
    return CandidateRow(
        UUID(r.id), r.version, r.cell_code, r.full_name, r.birth_date, r.gender, r.ethnicity,
        r.category, r.class_name, r.youth_union_member, r.education, r.stage,
        r.nominated_on, r.certificate_on, r.certificate_expires_on, r.admission_voted_on,
        r.decided_on, r.admitted_on, r.probation_ends_on, r.official_since, r.exited_on,
        r.eligible_age_from, due_on, rule_id)


def history(conn, candidate_id: UUID, stream_events: StreamEvents) -> list[HistoryRow]:
    """A stream's events in order (a candidate's, or a cell's or plan's by its id).

    The stream itself is the history: read from the store by its key (an index look-up on
    (originator_id, version)), up to the log position the read models have reached, so it
    agrees with the register row shown beside it."""
    seen = runner.position(conn)
    found = [(p, e) for p, e in stream_events([candidate_id]) if p <= seen]
    found.sort(key=lambda pe: pe[1].originator_version)
    corrected: dict[int, list[int]] = {}
    for _, e in found:
        if isinstance(e, ev.RecordCorrected):
            corrected.setdefault(e.corrects, []).append(e.originator_version)
    return [_history_row(p, e, corrected.get(e.originator_version, ())) for p, e in found]


def _history_row(log_position: int, e: ev.Event, corrected_by) -> HistoryRow:
    return HistoryRow(e.originator_id, e.originator_version, log_position, type(e).__name__,
                      e.occurred_on, naive_utc(e.timestamp).replace(tzinfo=UTC), e.actor,
                      e.document_no, e.rule_set, e.override_reason, e.override_authority,
                      tuple(e.overridden_rules), summary(e), event_data(e),
                      tuple(sorted(set(corrected_by))))


def deadlines(conn, today: date, cell_code: Cells = None,
              status: str | None = None) -> list[DeadlineRow]:
    """Deadlines ordered by due date, with their status as of `today`."""
    wanted = status
    d, c = deadline_table.c, candidate_table.c
    query = (select(deadline_table, c.full_name)
             .join(candidate_table, c.id == d.candidate_id).order_by(d.due_on, d.candidate_id,
                                                                      d.rule_id))
    if cell_code is not None:
        query = query.where(_in_cells(d.cell_code, cell_code))
    if wanted in OPEN:
        query = query.where(d.met_on.is_(None), d.closed_on.is_(None))
    out = []
    for r in rows(conn, query):
        now = _status(r.due_on, r.reminder_from, r.met_on, r.closed_on, today, r.consented_on)
        if wanted is None or now == wanted:
            out.append(DeadlineRow(UUID(r.candidate_id), r.full_name, r.cell_code, r.rule_id,
                                   r.article, r.starts_on, r.due_on, r.met_on, now))
    return out


_status = status   # the parameter of `deadlines` shadows the function's name


def new_member_statistics(conn, start: date, end: date,
                          cell_code: str | None = None) -> NewMemberStatistics:
    """Members admitted (by decision date) from `start` to `end`, both included."""
    m = new_members.c
    query = select(new_members).where(m.decided_on >= start, m.decided_on <= end)
    if cell_code is not None:
        query = query.where(m.cell_code == cell_code)
    found = rows(conn, query)
    return NewMemberStatistics(start, end, len(found),
                               [StatisticsLine(label, n) for label, n in
                                statistics.lines(found)],
                               statistics.average_age(found),
                               *_other_ends(conn, start, end, cell_code))


def _other_ends(conn, start: date, end: date, cell_code: str | None) -> tuple[int, int, int]:
    """(refused admissions, probationary members struck off, re-admissions) from `start`
    to `end`."""
    c = candidate_table.c
    scope = [] if cell_code is None else [c.cell_code == cell_code]
    refused = first(conn, select(func.count()).where(
        c.admission_refused_on >= start, c.admission_refused_on <= end, *scope))[0]
    struck = first(conn, select(func.count()).where(
        c.stage == "struck_off", c.exited_on >= start, c.exited_on <= end, *scope))[0]
    readmitted = first(conn, select(func.count()).where(
        c.readmission.is_(True), c.decided_on >= start, c.decided_on <= end, *scope))[0]
    return refused, struck, readmitted


@dataclass(frozen=True)
class PossibleDuplicate:
    id: UUID
    full_name: str
    birth_date: date
    cell_code: str
    stage: str
    same_citizen_id: bool


def possible_duplicates(conn, citizen_id: str | None, full_name: str,
                        birth_date: date) -> list[PossibleDuplicate]:
    """Register rows that may be the same person (issue 15): the same citizen ID, or the
    same name (case and spacing aside) and birth date, in every cell."""
    c = candidate_table.c
    same = c.birth_date == birth_date
    if citizen_id:
        same = or_(same, c.citizen_id == citizen_id)
    wanted = _name_key(full_name)
    return [PossibleDuplicate(UUID(r.id), r.full_name, r.birth_date, r.cell_code, r.stage,
                              bool(citizen_id) and r.citizen_id == citizen_id)
            for r in rows(conn, select(c.id, c.full_name, c.birth_date, c.cell_code, c.stage,
                                       c.citizen_id).where(same).order_by(c.cell_code, c.id))
            if (citizen_id and r.citizen_id == citizen_id)
            or (r.birth_date == birth_date and _name_key(r.full_name) == wanted)]


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def exited_never_admitted(conn) -> list[UUID]:
    """Who left the list without ever being admitted and is not yet erased (the retention
    policy's candidates; the log decides, this only narrows the search)."""
    c = candidate_table.c
    query = select(c.id).where(c.exited_on.is_not(None), c.admitted_on.is_(None),
                               c.birth_date.is_not(None))
    return [UUID(r.id) for r in conn.execute(query)]

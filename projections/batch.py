"""One batch of events applied to the read models inside the caller's transaction.

Candidate events fold into register rows held for the batch only; at the end the touched
candidates' rows (register, plan facts, deadlines, Biểu 2 line) are replaced with bulk
statements. Nothing outlives the batch, so memory is flat however long the log is. (There
is no history table: a candidate's history is its own stream, read from the store.)
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter

from sqlalchemy import bindparam, delete, insert, select, update

from domain import events as ev
from domain.candidate.state import Candidate, project
from projections import candidates as register
from projections import plans
from projections.bulk import bulk_insert
from projections.deadlines import timing
from projections.derived import DERIVED
from projections.reading import StreamEvents
from projections.tables import (
    calendar_days,
    candidates,
    deadlines,
)
from projections.workdays import Workdays

CANDIDATE_EVENTS = frozenset(ev.CANDIDATE_EVENTS)
CALENDAR_EVENTS = {ev.DayOffDeclared: False, ev.WorkdayDeclared: True}
CHUNK = 500   # ids per IN (...) list, well under every driver's parameter limit


def chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Batch:
    """`known`: register rows as the previous batch on this connection left them (stored
    and committed since), so that they need not be read back.

    Candidates being folded are the domain's own state (`domain.candidate.Candidate`),
    folded by the domain's `evolve`; rows as stored (`loaded`, `known`, `written`) are
    tuples in column order, a quarter of a dict's memory: a backlog's batch holds
    thousands of each."""

    def __init__(self, conn, workdays: Workdays, stream_events: StreamEvents,
                 known: dict[str, tuple | None] | None = None) -> None:
        self.conn, self.workdays, self.stream_events = conn, workdays, stream_events
        self.known = known or {}
        self.rows: dict[str, Candidate | None] = {}
        self.loaded: dict[str, tuple | None] = {}    # as stored: what the diff starts from
        self.written: dict[str, tuple | None] = {}   # the touched rows as this batch left them
        self.calendar_from = None
        self.plans = plans.PlanWrites(conn)

    def apply(self, events: list[tuple[int, ev.Event]]) -> None:
        """Fold one page of events in; `flush()` writes what the pages changed."""
        keys = _stream_ids(events)
        self._preload({key for key, (_, e) in zip(keys, events, strict=True)
                       if type(e) in CANDIDATE_EVENTS})
        for (position, event), key in zip(events, keys, strict=True):
            kind = type(event)
            if kind in CANDIDATE_EVENTS:
                self._candidate(key, event, position)
            elif kind in CALENDAR_EVENTS:
                self._declared(event, CALENDAR_EVENTS[kind])
            else:
                self.plans.apply(event)

    def _preload(self, ids: set[str]) -> None:
        known, ids = self.known, ids - self.rows.keys()      # an earlier page's stay
        for key in ids & known.keys():
            stored = known.pop(key)           # held once: here, no longer there
            self.loaded[key], self.rows[key] = stored, _as_candidate(stored)
        for chunk in chunks(sorted(ids - self.rows.keys())):
            self.rows.update(dict.fromkeys(chunk))
            self.loaded.update(dict.fromkeys(chunk))
            for row in self.conn.execute(select(candidates).where(candidates.c.id.in_(chunk))):
                stored = tuple(row)
                self.loaded[row.id], self.rows[row.id] = stored, _as_candidate(stored)

    def _candidate(self, key: str, event: ev.Event, position: int) -> None:
        if isinstance(event, ev.RecordCorrected):
            self.rows[key] = self._replay(event, position)
        else:
            self.rows[key] = register.fold(self.rows.get(key), event)

    def _replay(self, correction: ev.RecordCorrected, position: int) -> Candidate | None:
        """A correction may change any earlier fact: rebuild this candidate from its
        stream up to the correction, read from the store, with the domain's `project`.
        Rare, so the slow path is fine."""
        stream = [e for p, e in self.stream_events([correction.originator_id])
                  if p <= position]
        if not stream or not isinstance(stream[0], ev.CandidateNominated):
            return None
        return project(None, stream)

    def _declared(self, event: ev.Event, working: bool) -> None:
        if self.workdays.declare(event.occurred_on, working):
            self.conn.execute(insert(calendar_days).values(day=event.occurred_on,
                                                           working=working))
            day = event.occurred_on
            self.calendar_from = day if self.calendar_from is None else min(day,
                                                                            self.calendar_from)

    def flush(self) -> None:
        self.plans.flush()
        if self.calendar_from is not None:
            self._recount_due_dates()
        self._replace_candidates()

    def _recount_due_dates(self) -> None:
        """A declared day moves only the deadlines that end on or after it."""
        found = self.conn.execute(select(deadlines.c.candidate_id, deadlines.c.rule_id,
                                         deadlines.c.starts_on)
                                  .where(deadlines.c.due_on >= self.calendar_from)).all()
        values = [{"b_id": r.candidate_id, "b_rule": r.rule_id,
                   **timing(r.rule_id, r.starts_on, self.workdays)} for r in found]
        if values:
            self.conn.execute(
                update(deadlines).where(deadlines.c.candidate_id == bindparam("b_id"),
                                        deadlines.c.rule_id == bindparam("b_rule"))
                .values(due_on=bindparam("due_on"), reminder_from=bindparam("reminder_from"),
                        article=bindparam("article")), values)
        self.calendar_from = None

    def _replace_candidates(self) -> None:
        """Rewrite the touched register rows; of the rows derived from them, write only
        those that changed (most events move no count and no deadline)."""
        rows = {key: register.row_of(c) for key, c in self.rows.items()}
        now_stored = {key: _as_tuple(row) for key, row in rows.items()}
        loaded = self.loaded
        # in key order: the inserts and deletes walk each index once instead of at random
        changed = sorted(key for key, row in now_stored.items() if row != loaded.get(key))
        for chunk in chunks([key for key in changed if loaded.get(key) is not None]):
            self.conn.execute(delete(candidates).where(candidates.c.id.in_(chunk)))
        _insert(self.conn, candidates, [now_stored[k] for k in changed if rows[k]])
        olds = {key: _as_dict(loaded[key]) for key in changed if loaded.get(key) is not None}
        workdays = self.workdays
        for table, derive, inputs in DERIVED:
            gone, new = [], []
            for key in changed:
                old, now = olds.get(key), rows[key]
                if old is None:
                    new += derive(now, workdays) if now is not None else ()
                    continue          # nothing stored: nothing to compare with
                if now is not None and inputs(old) == inputs(now):
                    continue          # what this table reads did not change
                before = _keyed(table, derive, old, workdays)
                after = _keyed(table, derive, now, workdays)
                gone += [k for k, row in before.items() if after.get(k) != row]
                new += [row for k, row in after.items() if before.get(k) != row]
            _delete_keys(self.conn, table, gone)
            _insert(self.conn, table, new)
        self.written, self.rows, self.loaded = now_stored, {}, {}


_TUPLE = itemgetter(*register.COLUMNS)


def _as_tuple(row: dict | None) -> tuple | None:
    return None if row is None else _TUPLE(row)


def _as_dict(stored: tuple | None) -> dict | None:
    return None if stored is None else dict(zip(register.COLUMNS, stored, strict=True))


def _as_candidate(stored: tuple | None) -> Candidate | None:
    return register.candidate_of(_as_dict(stored))



def _stream_ids(events) -> list[str]:
    """Each event's stream id as text, formatting each stream's UUID once per batch."""
    known: dict[int, str] = {}
    out = []
    for _, event in events:
        number = event.originator_id.int
        text = known.get(number)
        if text is None:
            text = known[number] = str(event.originator_id)
        out.append(text)
    return out


@cache
def _key_names(table) -> tuple[str, ...]:
    return tuple(c.name for c in table.primary_key.columns)


def _keyed(table, derive, row: dict | None, workdays: Workdays) -> dict[tuple, dict]:
    if row is None:
        return {}
    names = _key_names(table)
    return {tuple(r[n] for n in names): r for r in derive(row, workdays)}


def _delete_keys(conn, table, keys: list[tuple]) -> None:
    if keys:
        columns = list(table.primary_key.columns)
        where = [c == bindparam(f"k_{c.name}") for c in columns]
        conn.execute(delete(table).where(*where),
                     [{f"k_{c.name}": v for c, v in zip(columns, key, strict=True)}
                      for key in keys])


_insert = bulk_insert

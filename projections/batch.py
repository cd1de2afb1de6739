"""One batch of events applied to the read models inside the caller's transaction.

Candidate events fold into register rows held for the batch only; at the end the touched
candidates' rows (register, plan facts, deadlines, Biểu 2 line) are replaced with bulk
statements. Nothing outlives the batch, so memory is flat however long the log is. (There
is no history table: a candidate's history is its own stream, read from the store.)
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import bindparam, delete, insert, select, update

from domain import events as ev
from projections import candidates as register
from projections import plans
from projections.bulk import bulk_insert
from projections.codec import patched
from projections.deadlines import deadline_rows, timing
from projections.reading import StreamEvents
from projections.tables import (
    activity_facts,
    calendar_days,
    candidates,
    deadlines,
    new_members,
)
from projections.workdays import Workdays

CANDIDATE_EVENTS = frozenset(ev.CANDIDATE_EVENTS)
CALENDAR_EVENTS = {ev.DayOffDeclared: False, ev.WorkdayDeclared: True}
CHUNK = 500   # ids per IN (...) list, well under every driver's parameter limit


def chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Batch:
    def __init__(self, conn, workdays: Workdays, stream_events: StreamEvents) -> None:
        self.conn, self.workdays, self.stream_events = conn, workdays, stream_events
        self.rows: dict[str, dict | None] = {}
        self.loaded: dict[str, dict | None] = {}     # as stored: what the diff starts from
        self.streams: dict[str, list[ev.Event]] = {}          # this batch's, per candidate
        self.calendar_from = None
        self.starts_at = 0                                    # the batch's first log position

    def apply(self, events: list[tuple[int, ev.Event]]) -> None:
        keys = _stream_ids(events)
        self.starts_at = events[0][0]
        self._preload({key for key, (_, e) in zip(keys, events, strict=True)
                       if type(e) in CANDIDATE_EVENTS})
        for (_, event), key in zip(events, keys, strict=True):
            kind = type(event)
            if kind in CANDIDATE_EVENTS:
                self._candidate(key, event)
            elif kind in CALENDAR_EVENTS:
                self._declared(event, CALENDAR_EVENTS[kind])
            else:
                plans.apply(self.conn, event)
        self.flush()

    def _preload(self, ids: set[str]) -> None:
        for chunk in chunks(sorted(ids - self.rows.keys())):
            self.rows.update(dict.fromkeys(chunk))
            self.loaded.update(dict.fromkeys(chunk))
            for row in self.conn.execute(select(candidates).where(candidates.c.id.in_(chunk))):
                self.rows[row.id] = dict(row._mapping)
                self.loaded[row.id] = dict(row._mapping)

    def _candidate(self, key: str, event: ev.Event) -> None:
        self.streams.setdefault(key, []).append(event)
        if isinstance(event, ev.RecordCorrected):
            self.rows[key] = self._replay(key, event)
        else:
            self.rows[key] = register.fold(self.rows.get(key), event)

    def _replay(self, key: str, correction: ev.RecordCorrected) -> dict | None:
        """A correction may change any earlier fact: rebuild this candidate from its
        (patched) history, stored rows then this batch's events, as the domain does.
        Rare, so the slow path is fine."""
        batch = self.streams[key]
        # a stream that starts in this batch has nothing applied before it
        stored = [] if batch[0].originator_version == 1 else [
            e for p, e in self.stream_events([correction.originator_id]) if p < self.starts_at]
        row = None
        for event in patched(stored + batch):
            row = register.fold(row, event)
        return row

    def _declared(self, event: ev.Event, working: bool) -> None:
        if self.workdays.declare(event.occurred_on, working):
            self.conn.execute(insert(calendar_days).values(day=event.occurred_on,
                                                           working=working))
            day = event.occurred_on
            self.calendar_from = day if self.calendar_from is None else min(day,
                                                                            self.calendar_from)

    def flush(self) -> None:
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
        changed = [key for key, row in self.rows.items() if row != self.loaded.get(key)]
        for chunk in chunks([key for key in changed if self.loaded.get(key) is not None]):
            self.conn.execute(delete(candidates).where(candidates.c.id.in_(chunk)))
        _insert(self.conn, candidates, [self.rows[k] for k in changed if self.rows[k]])
        for table, derive in ((activity_facts, register.facts),
                              (deadlines, lambda row: deadline_rows(row, self.workdays)),
                              (new_members, register.new_member)):
            gone, new = [], []
            for key in changed:
                before = _keyed(table, derive, self.loaded.get(key))
                after = _keyed(table, derive, self.rows[key])
                gone += [k for k, row in before.items() if after.get(k) != row]
                new += [row for k, row in after.items() if before.get(k) != row]
            _delete_keys(self.conn, table, gone)
            _insert(self.conn, table, new)
        self.rows, self.loaded, self.streams = {}, {}, {}


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


def _keyed(table, derive, row: dict | None) -> dict[tuple, dict]:
    if row is None:
        return {}
    names = _key_names(table)
    return {tuple(r[n] for n in names): r for r in derive(row)}


def _delete_keys(conn, table, keys: list[tuple]) -> None:
    if keys:
        columns = list(table.primary_key.columns)
        where = [c == bindparam(f"k_{c.name}") for c in columns]
        conn.execute(delete(table).where(*where),
                     [{f"k_{c.name}": v for c, v in zip(columns, key, strict=True)}
                      for key in keys])


_insert = bulk_insert

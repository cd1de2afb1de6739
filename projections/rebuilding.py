"""A full rebuild (`ketnap projections rebuild`): every read model from nothing, stream by
stream.

The after-command catch-up applies the log in log order, and a candidate whose events are
spread over the log has its rows read back and rewritten each time. A rebuild starts from
empty tables, so it reads in another order:

1. the events that are not a candidate's (cells, plans, the working calendar), in log
   order: the calendar is complete before any deadline is counted. (A declared day only
   moves due dates on or after it, so counting with the final calendar gives the dates the
   catch-up gives; a test compares the two.)
2. the candidates' events, stream after stream in key order. Each candidate is folded once
   and each of its rows written once, in key order: appended at the end of each index
   rather than inserted at random into tables far larger than the cache.

It holds one stream and one chunk of rows at a time, so its memory does not grow with the
log. It is one transaction: readers see the old read models until the new ones commit, a
failed rebuild leaves them as they were, and the position moves (to the end of the log
as it was at the start) with the rows. The tables are emptied by DELETE, which readers do
not wait for, not by TRUNCATE, which would lock them out for the whole rebuild.

Why relaxed commits are safe here: the read models are a function of the log, and the
position moves in the same transaction as the rows it stands for. A crash loses the
rebuild whole, and it is run again. SQLite stays in WAL mode, where synchronous=NORMAL
never corrupts the file (the events share it, so OFF is never used); PostgreSQL's
synchronous_commit=off never corrupts either.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import delete, insert

from domain import events as ev
from projections import candidates as register
from projections.batch import Batch
from projections.bulk import bulk_insert
from projections.deadlines import deadline_rows
from projections.runner import NAME
from projections.tables import (
    READ_MODEL_TABLES,
    activity_facts,
    candidates,
    deadlines,
    new_members,
    projection_positions,
)
from projections.workdays import ProjectionContext, Workdays

# The store's scans: events of the given kinds (or all but them) up to a log position
ScanEvents = Callable[[Iterable[type], int], Iterator[tuple[int, ev.Event]]]
OnBatch = Callable[[int, int], None]
PAGE = 1_000               # non-candidate events applied per batch (plans are large)
CHUNK = 2_000              # candidates whose rows are written at a time


def rebuild(engine, until: int, context: ProjectionContext, *, events_except: ScanEvents,
            events_by_stream: ScanEvents, on_batch: OnBatch | None = None,
            chunk: int = CHUNK) -> int:
    """Replace every read model with one built from the log up to `until`; returns how
    many events were applied."""
    progress = _Progress(on_batch, until)
    with no_automatic_collections() as collect, relaxed_commits(engine) as conn, conn.begin():
        _clear(conn)
        workdays = _apply_others(conn, events_except(ev.CANDIDATE_EVENTS, until), context,
                                 progress)
        rows = _CandidateRows(conn, workdays, chunk, progress, collect)
        for stream in _streams(events_by_stream(ev.CANDIDATE_EVENTS, until)):
            rows.add(register.fold_stream(stream), len(stream))
        rows.flush()
        conn.execute(insert(projection_positions).values(projection=NAME, position=until))
    _refresh_statistics(engine)
    return progress.total


def _clear(conn) -> None:
    """The position's row first: a catch-up running meanwhile waits on it, then finds that
    the position moved and starts again from the new one."""
    conn.execute(delete(projection_positions).where(projection_positions.c.projection == NAME))
    for table in READ_MODEL_TABLES:
        conn.execute(delete(table))


def _apply_others(conn, events: Iterator[tuple[int, ev.Event]], context: ProjectionContext,
                  progress: _Progress) -> Workdays:
    """Cells, plans and declared days, as the catch-up applies them; returns the calendar."""
    batch = Batch(conn, Workdays(context), stream_events=_no_streams)
    page: list = []
    for item in events:
        page.append(item)
        if len(page) == PAGE:
            _apply_page(batch, page, progress)
            page = []
    _apply_page(batch, page, progress)
    return batch.workdays


def _apply_page(batch: Batch, page: list, progress: _Progress) -> None:
    if page:
        batch.apply(page)
        batch.flush()
        progress.add(len(page))


def _no_streams(_ids):
    raise AssertionError("no candidate event reaches the first pass of a rebuild")


def _streams(events: Iterator[tuple[int, ev.Event]]) -> Iterator[list[ev.Event]]:
    """Consecutive events of one stream, as lists (the scan gives them stream by stream)."""
    stream: list[ev.Event] = []
    current = None
    for _, event in events:
        key = event.originator_id
        if key is not current and key != current:    # (the scan gives one id per stream)
            if stream:
                yield stream
            stream, current = [], key
        stream.append(event)
    if stream:
        yield stream


class _CandidateRows:
    """The rows of the candidates folded so far, written every `chunk` candidates."""

    def __init__(self, conn, workdays: Workdays, chunk: int, progress: _Progress,
                 between_chunks: Callable[[], object]) -> None:
        self.conn, self.workdays, self.chunk, self.progress = conn, workdays, chunk, progress
        self.between_chunks = between_chunks
        self.tables: dict = {candidates: [], activity_facts: [], deadlines: [],
                             new_members: []}
        self.events = 0

    def add(self, row: dict | None, events: int) -> None:
        self.events += events
        if row is not None:          # a stream that does not start with a nomination
            self.tables[candidates].append(row)
            self.tables[activity_facts] += register.facts(row)
            self.tables[deadlines] += deadline_rows(row, self.workdays)
            self.tables[new_members] += register.new_member(row)
        if len(self.tables[candidates]) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        for table, rows in self.tables.items():
            bulk_insert(self.conn, table, rows)
            rows.clear()
        self.progress.add(self.events)
        self.events = 0
        self.between_chunks()


class _Progress:
    """Counts the events applied and tells `on_batch` (the CLI's progress bar)."""

    def __init__(self, on_batch: OnBatch | None, until: int) -> None:
        self.on_batch, self.until, self.total = on_batch, until, 0

    def add(self, count: int) -> None:
        self.total += count
        if self.on_batch and count:
            self.on_batch(count, self.until)


def _refresh_statistics(engine) -> None:
    """After a rebuild PostgreSQL's planner still holds the old tables' statistics: ANALYZE
    them (only them: the whole database would sample the event store's table too)."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            names = ", ".join(conn.dialect.identifier_preparer.format_table(t)
                              for t in READ_MODEL_TABLES)
            conn.exec_driver_sql(f"ANALYZE {names}")


@contextmanager
def relaxed_commits(engine):
    """One connection whose commits need not wait for the disk, restored afterwards."""
    with engine.connect() as conn:
        restore = _relax(conn)
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            for statement in restore:
                conn.exec_driver_sql(statement)
            conn.commit()


def _relax(conn) -> list[str]:
    if conn.dialect.name == "sqlite":
        level = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
        conn.commit()
        return [f"PRAGMA synchronous={int(level)}"]
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET synchronous_commit TO off")
        # psycopg prepares a statement run 5 times; a generic plan made while the tables
        # were nearly empty would scan them whole for ever after
        conn.exec_driver_sql("SET plan_cache_mode TO force_custom_plan")
        conn.commit()
        return ["RESET synchronous_commit", "RESET plan_cache_mode"]
    return []


@contextmanager
def no_automatic_collections(every: int = 64):
    """A rebuild allocates millions of objects and frees them all by reference counting
    (it creates no reference cycles: measured with gc.DEBUG_SAVEALL). Automatic collections
    would trace what is alive over and over; so they are off, and the hook it yields runs a
    full collection every `every` chunks, in case some driver does leave a cycle behind.
    After `gc.freeze()` a full collection traces only what the rebuild made."""
    was_enabled, chunks = gc.isenabled(), 0
    gc.freeze()                 # what exists now (modules, caches) is never traced again

    def between_chunks() -> None:
        nonlocal chunks
        chunks += 1
        if chunks % every == 0:
            gc.collect()

    gc.disable()
    try:
        yield between_chunks
    finally:
        if was_enabled:
            gc.enable()
        gc.unfreeze()

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

It holds one stream and a few chunks of rows at a time (on PostgreSQL a thread writes one
while the next are folded), so its memory does not grow with the log. It is one
transaction: readers see the old read models until the new ones commit, a failed rebuild
leaves them as they were, and the position moves (to the end of the log as it was at the
start) with the rows. The tables are emptied by DELETE, which readers do
not wait for, not by TRUNCATE, which would lock them out for the whole rebuild.

Why relaxed commits are safe here: the read models are a function of the log, and the
position moves in the same transaction as the rows it stands for. A crash loses the
rebuild whole, and it is run again. PostgreSQL's synchronous_commit=off never corrupts;
on SQLite the read models' own file is always written so (synchronous=NORMAL in WAL mode,
`migrations/sqlite_files.py`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext

from sqlalchemy import delete, insert, update
from sqlalchemy.exc import IntegrityError

from domain import events as ev
from projections import runner
from projections.background import BackgroundWriter
from projections.batch import Batch
from projections.bulk import bulk_insert
from projections.failures import CLEARED
from projections.rebuild_workers import OpenStore, fold_in_workers
from projections.runner import NAME
from projections.streamwise import TABLES, fold_streams
from projections.tables import READ_MODEL_TABLES, projection_positions
from projections.workdays import ProjectionContext, Workdays

OnBatch = Callable[[int, int], None]
PAGE = 1_000               # non-candidate events applied per batch (plans are large)
CHUNK = 500                # candidates whose rows are written at a time
ANALYZE_FROM = 50_000      # events; a smaller rebuild leaves its statistics to autovacuum
BY_NAME = {table.name: table for table in TABLES}


def rebuild(engine, until: int, context: ProjectionContext, *, open_store: OpenStore,
            store=None, on_batch: OnBatch | None = None, chunk: int = CHUNK,
            workers: int = 1) -> int:
    """Replace every read model with one built from the log up to `until`; returns how
    many events were applied. `open_store()` gives a context manager over the store's
    scans (`events_except`, `events_by_stream`); with `workers` > 1 the candidates are
    folded in that many processes (`rebuild_workers`), each opening its own. `store`: one
    already open for this process's scans (else it opens one too)."""
    progress = _Progress(on_batch, until)
    _ensure_position_row(engine)
    with no_automatic_collections() as collect, relaxed_commits(engine) as conn, conn.begin():
        _clear(conn, until)
        with nullcontext(store) if store is not None else open_store() as store:
            workdays = _apply_others(conn, store.events_except(ev.CANDIDATE_EVENTS, until),
                                     context, progress)

            def write(rows: dict[str, list[tuple]], events: int) -> None:
                for name, table_rows in rows.items():
                    bulk_insert(conn, BY_NAME[name], table_rows)
                progress.add(events)
                collect()

            with _writer(conn, write) as emit:
                if workers > 1:
                    fold_in_workers(open_store, until, workdays, chunk, workers, emit)
                else:
                    fold_streams(store.events_by_stream(ev.CANDIDATE_EVENTS, until),
                                 workdays, chunk, emit)
    if progress.total >= ANALYZE_FROM:
        _refresh_statistics(engine)
    return progress.total


def _writer(conn, write):
    """PostgreSQL inserts in a process of its own: a thread waiting for it lets the folding
    go on meanwhile, and `conn` is that thread's until the block ends. SQLite inserts in
    this process, where a thread would only add hand-offs of the GIL and no overlap: there
    the rows are written in turn with the folding."""
    return BackgroundWriter(write) if conn.dialect.name == "postgresql" else nullcontext(write)


def _ensure_position_row(engine) -> None:
    """The position's row must exist before the rebuild starts, for the rebuild to lock it:
    a catch-up that found no row would insert one and its rows, and collide with ours."""
    try:
        with engine.begin() as conn:
            if not runner.has_position_row(conn):
                conn.execute(insert(projection_positions).values(projection=NAME, position=0))
    except IntegrityError:
        pass                      # a catch-up inserted it meanwhile: it exists


def _clear(conn, until: int) -> None:
    """The position's row first, moved to where the rebuild ends: a catch-up running
    meanwhile waits on it (on SQLite, on the write lock), then finds that the position moved
    and starts again from the new one."""
    conn.execute(update(projection_positions).where(projection_positions.c.projection == NAME)
                 .values(position=until, **CLEARED))
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
    them (only them: the whole database would sample the event store's table too). Not
    after a small rebuild: tables of a few thousand rows are quick to read with any plan,
    autovacuum analyzes them within a minute, and the ANALYZE would be a large share of the
    rebuild's own time."""
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
    """(SQLite's read-models file needs nothing: it is always written so.)"""
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
    full collection every `every` calls, in case some driver does leave a cycle behind.
    After `gc.freeze()` a full collection traces only what the rebuild made."""
    was_enabled, calls = gc.isenabled(), 0
    gc.freeze()                 # what exists now (modules, caches) is never traced again

    def now_and_then() -> None:
        nonlocal calls
        calls += 1
        if calls % every == 0:
            gc.collect()

    gc.disable()
    try:
        yield now_and_then
    finally:
        if was_enabled:
            gc.enable()
        gc.unfreeze()

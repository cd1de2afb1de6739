"""catch_up(): apply the events after the stored position, one transaction per batch.

The position moves in the same transaction as the rows it stands for, by compare-and-set:
a failed batch rolls back whole (the next catch-up retries it), and two workers catching up
at once cannot both apply the same batch (the loser rolls back and rereads the position).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import contextmanager, nullcontext

from sqlalchemy import Engine, delete, insert, select, update

from projections.batch import Batch
from projections.reading import StreamEvents
from projections.rebuilding import no_automatic_collections, relaxed_commits
from projections.tables import READ_MODEL_TABLES, projection_positions
from projections.workdays import ProjectionContext, Workdays

NAME = "read_models"
BATCH_SIZE = 1000            # after a command: a few events, one small transaction
REBUILD_BATCH_SIZE = 10_000  # a rebuild reads larger pages,
REBUILD_WINDOW = 100_000     # and folds many into one transaction (see `rebuild`),
WINDOW_ROWS = 30_000         # until it holds this many register rows (memory stays flat)
ReadEvents = Callable[[int, int], list]


class PositionMoved(RuntimeError):
    """Another worker applied this batch first."""


def position(bind) -> int:
    with _connection(bind) as conn:
        return _position(conn)


# built once: every catch-up and every history page reads it
_POSITION = select(projection_positions.c.position).where(projection_positions.c.projection == NAME)


def _position(conn) -> int:
    return conn.execute(_POSITION).scalar() or 0


def catch_up(engine, read_events: ReadEvents, context: ProjectionContext,
             batch_size: int = BATCH_SIZE, until: int | None = None,
             on_batch: Callable[[int, int], None] | None = None, *,
             stream_events: StreamEvents) -> int:
    """Apply every new event (up to `until`, if given); returns how many were applied.
    `stream_events` reads a stream's earlier events when a correction arrives."""
    return _catch_up(engine, read_events, stream_events, batch_size, context, until, on_batch)


def rebuild(engine, read_events: ReadEvents, context: ProjectionContext,
            batch_size: int = REBUILD_BATCH_SIZE,
            on_batch: Callable[[int, int], None] | None = None, *,
            stream_events: StreamEvents, window: int = REBUILD_WINDOW) -> int:
    """Empty the read models and apply the whole log again (see `rebuilding`).

    Up to `window` events go into one transaction: a candidate's events spread over many
    pages, and each transaction rewrites the candidate's rows once, so the fewer the
    transactions the fewer the rewrites. Memory holds only the touched register rows (no
    events outlive their page, and a transaction ends at `WINDOW_ROWS` rows), so it stays
    flat however long the log is."""
    clear(engine)
    with no_automatic_collections() as collect, relaxed_commits(engine) as conn:
        applied = _catch_up(conn, read_events, stream_events, batch_size, context, None,
                            on_batch, window, collect)
    _refresh_statistics(engine)
    return applied


def _refresh_statistics(engine) -> None:
    """After a rebuild PostgreSQL's planner still believes the tables are empty: ANALYZE
    them (only them: the whole database would sample the event store's table too)."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql(f"ANALYZE {_names(conn, READ_MODEL_TABLES)}")


def _names(conn, tables) -> str:
    return ", ".join(conn.dialect.identifier_preparer.format_table(t) for t in tables)


def _catch_up(bind, read_events: ReadEvents, stream_events: StreamEvents, batch_size: int,
              context: ProjectionContext, until: int | None, on_batch, window: int = 0,
              between_pages: Callable[[], object] | None = None) -> int:
    """`window`: events per transaction (one page when smaller than a page)."""
    applied, after = 0, _current(bind)
    known: dict = {}          # the register rows the last batch wrote: not read back
    while until is None or after < until:
        pages = _Pages(read_events, batch_size, until, window, between_pages)
        if not pages.start(after):
            break
        try:
            after, known = _apply_batch(bind, pages, context, after, stream_events, known)
        except PositionMoved:
            known = {}        # another worker wrote in between
            after = _current(bind)
            continue
        applied += pages.count
        if on_batch:
            on_batch(pages.count, after)
        if pages.ended:
            break                                 # saves an empty read after every command
    return applied


class _Pages:
    """The pages one transaction applies: up to `window` events, ending at a short page
    (nothing more to read now) or at `until`. Only one page is alive at a time: each is
    dropped before the next is read."""

    def __init__(self, read_events: ReadEvents, size: int, until: int | None, window: int,
                 between: Callable[[], object] | None) -> None:
        self.read_events, self.size, self.until = read_events, size, until
        self.window, self.between = window, between
        self.count, self.ended, self.next = 0, False, []

    def start(self, after: int) -> bool:
        self.next = self.read(after)
        return bool(self.next)

    def read(self, after: int) -> list:
        events = self.read_events(after, self.size)
        self.ended = len(events) < self.size
        if self.until is not None:
            events = [(p, e) for p, e in events if p <= self.until]
            self.ended = self.ended or not events or events[-1][0] >= self.until
        return events

    def __iter__(self):
        while self.next:
            events, self.next = self.next, []
            self.count, last = self.count + len(events), events[-1][0]
            yield events
            del events
            if self.between:
                self.between()
            if self.ended or self.count >= self.window:
                return
            self.next = self.read(last)


def _current(bind) -> int:
    with _transaction(bind) as conn:
        return _position(conn)


def _apply_batch(bind, pages: Iterable[list], context: ProjectionContext, after: int,
                 stream_events: StreamEvents, known: dict | None = None) -> tuple[int, dict]:
    """Apply pages of events in one transaction; returns the new position and the register
    rows the batch left. The position moves from `after` first, which holds its row (no
    other worker can write until this commits); `known`, the previous batch's rows, is valid
    only because of that."""
    pages = iter(pages)
    events = next(pages)
    with _transaction(bind) as conn:
        moved_to = events[-1][0]
        _move_position(conn, after, moved_to)
        # the calendar is reloaded per batch: another worker may have seen declarations
        batch = Batch(conn, Workdays.load(conn, context), stream_events, known)
        batch.apply(events)
        last, events = moved_to, None         # (not kept alive while the next is read)
        for events in pages:
            batch.apply(events)
            last, events = events[-1][0], None
            if len(batch.rows) >= WINDOW_ROWS:
                break         # the next transaction goes on from here
        batch.flush()
        if last != moved_to:
            _move_position(conn, moved_to, last)
    return last, batch.written


def _move_position(conn, expected: int, new: int) -> None:
    moved = conn.execute(update(projection_positions)
                         .where(projection_positions.c.projection == NAME,
                                projection_positions.c.position == expected)
                         .values(position=new)).rowcount
    if moved:
        return
    if expected == 0 and _position(conn) == 0 and not _has_row(conn):
        conn.execute(insert(projection_positions).values(projection=NAME, position=new))
        return
    raise PositionMoved(f"position is no longer {expected}")


def _has_row(conn) -> bool:
    return conn.execute(select(projection_positions.c.projection)
                        .where(projection_positions.c.projection == NAME)).first() is not None


def clear(engine) -> None:
    """Empty every read model and reset the position (the start of a rebuild)."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":     # DELETE would visit every row
            conn.exec_driver_sql(f"TRUNCATE {_names(conn, READ_MODEL_TABLES)}")
        else:
            for table in READ_MODEL_TABLES:
                conn.execute(delete(table))
        conn.execute(delete(projection_positions)
                     .where(projection_positions.c.projection == NAME))


def _connection(bind):
    """Engines and connections alike: queries accept either."""
    return bind.connect() if isinstance(bind, Engine) else nullcontext(bind)


@contextmanager
def _transaction(bind):
    """A transaction on an Engine (its own connection) or on a Connection the caller holds."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            yield conn
    else:
        with bind.begin():
            yield bind

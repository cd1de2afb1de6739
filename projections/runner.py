"""catch_up(): apply the events after the stored position, one transaction per batch.

The position moves in the same transaction as the rows it stands for, by compare-and-set:
a failed batch rolls back whole (the next catch-up retries it), and two workers catching up
at once cannot both apply the same batch (the loser rolls back and rereads the position).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager, nullcontext

from sqlalchemy import Engine, delete, insert, select, update

from projections import failures
from projections.batch import Batch
from projections.reading import StreamEvents
from projections.tables import READ_MODEL_TABLES, projection_positions
from projections.workdays import ProjectionContext, Workdays

NAME = "read_models"
BATCH_SIZE = 1000            # after a command: a few events, one small transaction
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


def _catch_up(bind, read_events: ReadEvents, stream_events: StreamEvents, batch_size: int,
              context: ProjectionContext, until: int | None, on_batch) -> int:
    applied, after = 0, _current(bind)
    known: dict = {}          # the register rows the last batch wrote: not read back
    while until is None or after < until:
        events, ended = _page(read_events, after, batch_size, until)
        if not events:
            break
        try:
            after, known = _apply_batch(bind, events, context, after, stream_events, known)
        except PositionMoved:
            known = {}        # another worker wrote in between
            after = _current(bind)
            continue
        except Exception as error:
            _name_the_failing_event(bind, events, context, after, stream_events, error)
            raise
        applied += len(events)
        if on_batch:
            on_batch(len(events), after)
        if ended:
            break                                 # saves an empty read after every command
    return applied


def _page(read_events: ReadEvents, after: int, size: int, until: int | None
          ) -> tuple[list, bool]:
    """The next page (none past `until`), and whether it is the last for now."""
    events = read_events(after, size)
    ended = len(events) < size
    if until is not None:
        events = [(p, e) for p, e in events if p <= until]
        ended = ended or not events or events[-1][0] >= until
    return events, ended


def _current(bind) -> int:
    with _transaction(bind) as conn:
        return _position(conn)


def _apply_batch(bind, events: list, context: ProjectionContext, after: int,
                 stream_events: StreamEvents, known: dict | None = None) -> tuple[int, dict]:
    """Apply a page of events in one transaction; returns the new position and the register
    rows the batch left. The position moves from `after` first, which holds its row (no
    other worker can write until this commits); `known`, the previous batch's rows, is valid
    only because of that."""
    with _transaction(bind) as conn:
        last = events[-1][0]
        _move_position(conn, after, last)
        # the calendar is reloaded per batch: another worker may have seen declarations
        batch = Batch(conn, Workdays.load(conn, context), stream_events, known)
        batch.apply(events)
        batch.flush()
    return last, batch.written


def _name_the_failing_event(bind, events: list, context: ProjectionContext, after: int,
                            stream_events: StreamEvents, error: Exception) -> None:
    """Apply the failed batch again event by event: the events before the failing one are
    kept, the failing one is recorded beside the position, and CatchUpFailed names it."""
    for position, event in events:
        try:
            after, _ = _apply_batch(bind, [(position, event)], context, after, stream_events)
        except PositionMoved:
            return                        # another worker is at it: let it report
        except Exception as cause:        # noqa: BLE001 - whatever broke, name the event
            found = failures.failure_of(position, event, cause)
            with _transaction(bind) as conn:
                failures.record(conn, found)
            raise failures.CatchUpFailed(found) from cause
    raise error                           # failed together, not one by one: as it was


def _move_position(conn, expected: int, new: int) -> None:
    moved = conn.execute(update(projection_positions)
                         .where(projection_positions.c.projection == NAME,
                                projection_positions.c.position == expected)
                         .values(position=new, **failures.CLEARED)).rowcount
    if moved:
        return
    if expected == 0 and _position(conn) == 0 and not has_position_row(conn):
        conn.execute(insert(projection_positions).values(projection=NAME, position=new))
        return
    raise PositionMoved(f"position is no longer {expected}")


def has_position_row(conn) -> bool:
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


def _names(conn, tables) -> str:
    return ", ".join(conn.dialect.identifier_preparer.format_table(t) for t in tables)


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

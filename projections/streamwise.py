"""The candidate pass of a rebuild: candidate streams, read in key order, folded one at a
time into register rows and the rows derived from them, handed on in chunks.

What it holds is one stream and one chunk of rows, however long the log is. The rows are
tuples in each table's column order, ready for a bulk insert (and small to send from a
worker process to the one that writes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from domain import events as ev
from projections import candidates as register
from projections.bulk import as_tuples
from projections.derived import DERIVED
from projections.failures import CatchUpFailed, failure_of
from projections.tables import candidates
from projections.workdays import Workdays

TABLES = (candidates, *(derived.table for derived in DERIVED))
# a chunk of rows by table name, and how many events they stand for
Emit = Callable[[dict[str, list[tuple]], int], None]


def fold_streams(events: Iterator[tuple[int, ev.Event]], workdays: Workdays, chunk: int,
                 emit: Emit) -> None:
    """Fold every stream `events` gives (stream after stream) and emit its rows, `chunk`
    candidates at a time."""
    rows = _RowChunks(workdays, chunk, emit)
    for stream in streams(events):
        try:
            row = register.fold_stream(stream)
        except Exception as error:        # name the stream; its data stays out of the message
            raise CatchUpFailed(failure_of(0, stream[-1], error)) from error
        rows.add(row, len(stream))
    rows.flush()


def streams(events: Iterator[tuple[int, ev.Event]]) -> Iterator[list[ev.Event]]:
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


class _RowChunks:
    def __init__(self, workdays: Workdays, chunk: int, emit: Emit) -> None:
        self.workdays, self.chunk, self.emit = workdays, chunk, emit
        self.rows: dict = {table: [] for table in TABLES}
        self.events = 0

    def add(self, row: dict | None, events: int) -> None:
        self.events += events
        if row is not None:          # None: a stream that does not start with a nomination
            rows = self.rows
            rows[candidates].append(row)
            for table, derive, _ in DERIVED:
                rows[table] += derive(row, self.workdays)
        if len(self.rows[candidates]) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        self.emit({table.name: as_tuples(table, rows) for table, rows in self.rows.items()},
                  self.events)
        self.rows = {table: [] for table in TABLES}
        self.events = 0

"""A catch-up that cannot apply an event says which one, and the read side keeps saying so.

The failing event is found by applying the failed batch again one event at a time (the
ones before it are kept), then its log position, stream, type and the error's kind are
written beside the read models' position. Only the error's kind and first line are kept:
a database error's detail may quote the data. The next batch that moves the position
clears them (`runner._move_position`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, select, update

from projections.tables import projection_positions

NAME = "read_models"
ERROR_LENGTH = 300


@dataclass(frozen=True)
class Failure:
    position: int
    stream: str
    event_type: str
    error: str
    at: datetime | None = None

    def describe(self) -> str:
        where = f"vị trí {self.position}, " if self.position else ""
        return (f"sự kiện ({where}luồng {self.stream}, loại {self.event_type}) "
                f"không áp dụng được vào bảng tra cứu: {self.error}")


class CatchUpFailed(RuntimeError):
    """The read models stop before `failure.position` until the cause is mended."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.describe())
        self.failure = failure


def failure_of(position: int, event, error: BaseException) -> Failure:
    lines = str(error).strip().splitlines()
    text = f"{type(error).__name__}: {lines[0] if lines else ''}"
    return Failure(position, str(event.originator_id), type(event).__name__,
                   text[:ERROR_LENGTH])


def record(conn, failure: Failure) -> None:
    values = {"failed_position": failure.position, "failed_stream": failure.stream,
              "failed_type": failure.event_type, "failed_error": failure.error,
              "failed_at": datetime.now(UTC).replace(tzinfo=None)}
    done = conn.execute(update(projection_positions)
                        .where(projection_positions.c.projection == NAME)
                        .values(**values)).rowcount
    if not done:
        conn.execute(insert(projection_positions).values(projection=NAME, position=0, **values))


def last(conn) -> Failure | None:
    p = projection_positions.c
    row = conn.execute(select(p.failed_position, p.failed_stream, p.failed_type,
                              p.failed_error, p.failed_at)
                       .where(p.projection == NAME)).first()
    if row is None or row.failed_position is None:
        return None
    return Failure(row.failed_position, row.failed_stream, row.failed_type, row.failed_error,
                   row.failed_at.replace(tzinfo=UTC) if row.failed_at else None)


CLEARED = {"failed_position": None, "failed_stream": None, "failed_type": None,
           "failed_error": None, "failed_at": None}

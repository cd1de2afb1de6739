"""The history table: every event of every stream, as the inspectors read it.

Rows are built as plain tuples in the table's column order (a rebuild builds one per event,
so the per-row cost matters): the event's own fields are encoded by a per-class plan, and
dates come either as Python values or, for SQLite's executemany, in the text form
SQLAlchemy itself stores.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from json.encoder import encode_basestring

from sqlalchemy import select, update

from domain import events as ev
from projections.bulk import Appender
from projections.codec import dumps, event_from_row, naive_utc, own_fields, plain
from projections.summaries import summary
from projections.tables import history

NO_RULES = "[]"


@cache
def _json_keys(cls: type[ev.Event]) -> tuple[tuple[str, str], ...]:
    """('"name":', name) for each of the event's own fields, in dataclass order."""
    return tuple((encode_basestring(name) + ":", name) for name, _ in own_fields(cls))


def _json_value(value) -> str:
    """What `dumps` writes for the value inside an object (the encoder's own rules: the
    same string escaping, int repr, true/false/null); anything else goes through it."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is date:
        return f'"{value.isoformat()}"'
    return dumps(plain(value))


def event_json(event: ev.Event) -> str:
    """The event's own fields as a JSON object: the same text as `dumps(event_data(e))`,
    written field by field (no dict and no encoder pass per event)."""
    return "{" + ",".join([key + _json_value(getattr(event, name))
                           for key, name in _json_keys(type(event))]) + "}"


def history_row(log_position: int, event: ev.Event, stream_id: str | None = None,
                text_dates: bool = False) -> tuple:
    """One rm_history row, columns in table order; `text_dates` gives SQLite's text forms."""
    occurred_on, recorded_at = event.occurred_on, naive_utc(event.timestamp)
    if text_dates:
        occurred_on = occurred_on.isoformat()
        recorded_at = recorded_at.isoformat(" ", "microseconds")
    rules = event.overridden_rules
    return (stream_id or str(event.originator_id), event.originator_version, log_position,
            type(event).__name__, occurred_on, recorded_at, event.actor, event.document_no,
            event.rule_set, event.override_reason, event.override_authority,
            dumps(list(rules)) if rules else NO_RULES, summary(event), event_json(event),
            NO_RULES)


def with_corrections(row: tuple, positions) -> tuple:
    """The row with its corrected_by list (the last column) replaced."""
    return (*row[:-1], dumps(sorted(positions)))


def stream_events(conn, stream_id: str) -> list[ev.Event]:
    """A stream's stored events, rebuilt from its history rows in order."""
    rows = conn.execute(select(history).where(history.c.stream_id == stream_id)
                        .order_by(history.c.position)).all()
    return [event_from_row(row) for row in rows]


def mark_corrected(conn, correction: ev.RecordCorrected) -> bool:
    """The stored row the correction patches lists it (the row itself never changes);
    False when that row is not stored (yet)."""
    where = (history.c.stream_id == str(correction.originator_id),
             history.c.position == correction.corrects)
    current = conn.execute(select(history.c.corrected_by).where(*where)).scalar()
    if current is None:
        return False
    positions = sorted({*json.loads(current), correction.originator_version})
    conn.execute(update(history).where(*where).values(corrected_by=dumps(positions)))
    return True


class HistoryRows:
    """One batch's history rows: streamed into the table as they come (PostgreSQL COPY) or
    kept for one bulk insert, with the corrections that patch rows of this same batch."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.text_dates = conn.dialect.name == "sqlite"
        self.out = Appender(conn, history, self.text_dates)
        self.corrected: dict[tuple[str, int], set[int]] = {}   # kept rows only
        self.deferred: list[ev.RecordCorrected] = []            # rows in the table

    @property
    def streaming(self) -> bool:
        """True when every row added so far is in the table once `pause()` returns."""
        return self.out.streaming

    def add(self, log_position: int, event: ev.Event, stream_id: str) -> None:
        self.out.add(history_row(log_position, event, stream_id, self.text_dates))

    def pause(self) -> None:
        """Call before any other statement on the connection."""
        self.out.pause()

    def abort(self, error: BaseException) -> None:
        self.out.abort(error)

    def mark_corrected(self, correction: ev.RecordCorrected, kept: bool) -> None:
        """`kept`: the corrected row is one of this batch's, not yet in the table. Rows in
        the table are updated at `close()` (nothing reads corrected_by before then), so a
        running COPY goes on."""
        if kept and not self.streaming:
            key = (str(correction.originator_id), correction.corrects)
            self.corrected.setdefault(key, set()).add(correction.originator_version)
        else:
            self.deferred.append(correction)

    def stored_events(self, stream_id: str) -> list[ev.Event]:
        """The stream's events stored by earlier batches (committed). While a COPY holds
        this connection they are read on another one."""
        if not self.streaming:
            return stream_events(self.conn, stream_id)
        with self.conn.engine.connect() as other:
            return stream_events(other, stream_id)

    def close(self) -> None:
        corrected = self.corrected
        if corrected:
            self.out.rows = [with_corrections(r, corrected[r[0], r[1]])
                             if (r[0], r[1]) in corrected else r for r in self.out.rows]
        self.out.close()
        for correction in self.deferred:
            mark_corrected(self.conn, correction)
        self.corrected, self.deferred = {}, []

"""Read given streams' events with their log positions (audit report, replay, export), and
scan the log by kind of event for a full rebuild.

The cost of `stream_events` follows the streams asked for, not the whole log: one indexed
look-up on the store's primary key (originator_id, originator_version) per batch of streams.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple
from uuid import UUID

from eventsourcing.persistence import Notification
from eventsourcing.utils import get_topic
from psycopg.sql import SQL, Identifier

from domain import events as ev
from migrations.events.upcasters import RENAMED_TOPICS

BATCH = 500
SCAN_ROWS = 2000    # rows fetched at a time by a scan: its memory does not grow with the log


class StreamReading:
    def stream_events(self, stream_ids: Iterable[UUID]) -> list[tuple[int, ev.Event]]:
        """Every event of the given streams, in log order, with its position."""
        ids = list(dict.fromkeys(stream_ids))
        notes: list[Notification] = []
        for start in range(0, len(ids), BATCH):
            notes += self._select_streams(ids[start:start + BATCH])
        notes.sort(key=lambda n: n.id)
        return [(n.id, self.mapper.to_domain_event(n)) for n in notes]

    def events_by_stream(self, kinds: Iterable[type], until: int,
                         keys: KeyRange = (None, None)) -> Iterator[tuple[int, ev.Event]]:
        """The events of these kinds up to log position `until`, stream after stream in the
        order of their keys (each stream's own events in order), only streams whose key is
        in `keys` (from, inclusive; to, exclusive; None: open). That is the primary key's
        order, so the store walks its index instead of sorting. Read as it is consumed."""
        return self._scan(kinds, until, inside=True, keys=keys)

    def events_except(self, kinds: Iterable[type], until: int
                      ) -> Iterator[tuple[int, ev.Event]]:
        """Every event not of these kinds up to log position `until`, in log order."""
        return self._scan(kinds, until, inside=False, keys=(None, None))

    def _scan(self, kinds, until: int, inside: bool, keys: KeyRange
              ) -> Iterator[tuple[int, ev.Event]]:
        where = Where(until, _topics(kinds), inside, keys)
        if inside:     # stream after stream: the persons' keys a page at a time, in order
            self.personal_keys.in_person_order()
        rows = (self._scan_postgres(where) if hasattr(self.recorder.datastore, "schema")
                else self._scan_sqlite(where))
        to_event = self.mapper.to_domain_event
        key = stream_id = None
        try:
            for position, row in rows:
                if row["originator_id"] != key:   # a stream's id is parsed once, not per event
                    key = row["originator_id"]
                    stream_id = key if isinstance(key, UUID) else UUID(key)
                yield position, to_event(_Stored(stream_id, row["originator_version"],
                                                 row["topic"], row["state"]))
        finally:
            if inside:
                self.personal_keys.in_any_order()

    def _scan_sqlite(self, where: Where):
        sql, params = where.sql("rowid", "?", lambda key: key.hex)
        sql = f"SELECT rowid, * FROM {self.recorder.events_table_name} {sql}"
        with self.recorder.datastore.transaction(commit=False) as c:
            cursor = c.sqlite_cursor      # the library's wrapper has no fetchmany
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(SCAN_ROWS):
                for row in rows:
                    yield row["rowid"], row

    def _scan_postgres(self, where: Where):
        recorder = self.recorder
        as_uuid = recorder.datastore.originator_id_type == "uuid"
        sql, params = where.sql("notification_id", "%s", (lambda k: k) if as_uuid else str)
        statement = SQL("SELECT * FROM {}.{} " + sql).format(
            Identifier(recorder.datastore.schema), Identifier(recorder.events_table_name))
        # a named (server-side) cursor: rows come SCAN_ROWS at a time, and the planner picks
        # the index that already has the order over sorting the whole table
        with (recorder.datastore.get_connection() as conn, conn.transaction(),
              conn.cursor(name="ketnap_scan") as c):
            c.itersize = SCAN_ROWS
            c.execute(statement, params)
            for row in c:
                yield row["notification_id"], row

    def _select_streams(self, ids: list[UUID]) -> list[Notification]:
        recorder = self.recorder
        if hasattr(recorder.datastore, "schema"):
            return self._select_postgres(ids)
        marks = ",".join("?" * len(ids))
        with recorder.datastore.transaction(commit=False) as c:
            c.execute(f"SELECT rowid, * FROM {recorder.events_table_name} "
                      f"WHERE originator_id IN ({marks})", [i.hex for i in ids])
            return [_note(row["rowid"], row) for row in c.fetchall()]

    def _select_postgres(self, ids: list[UUID]) -> list[Notification]:
        recorder = self.recorder
        statement = SQL("SELECT * FROM {}.{} WHERE originator_id = ANY(%s)").format(
            Identifier(recorder.datastore.schema), Identifier(recorder.events_table_name))
        keys = ids if recorder.datastore.originator_id_type == "uuid" else [str(i) for i in ids]
        # one statement on an autocommit connection, prepared, as the library's own reads do
        # (a transaction around it cost a BEGIN and a ROLLBACK: three round trips, not one)
        with recorder.datastore.get_connection() as conn, conn.cursor() as c:
            c.execute(statement, (keys,), prepare=True)
            return [_note(row["notification_id"], row) for row in c.fetchall()]


KeyRange = tuple[UUID | None, UUID | None]


class Where(NamedTuple):
    """A scan's filter and order, as SQL for either store."""

    until: int
    topics: list[str]
    inside: bool                 # of these topics (by stream), or all but them (log order)
    keys: KeyRange

    def sql(self, position: str, mark: str, key) -> tuple[str, list]:
        """The WHERE and ORDER BY clauses and their parameters; `key` makes a UUID the
        column's type. (SQLite takes a list of topics as many parameters, PostgreSQL as
        one array.)"""
        clauses, params = [f"{position} <= {mark}"], [self.until]
        if mark == "?":
            clauses.append(f"topic {'' if self.inside else 'NOT '}IN "
                           f"({','.join('?' * len(self.topics))})")
            params += self.topics
        else:
            clauses.append(f"{'' if self.inside else 'NOT '}topic = ANY(%s)")
            params.append(self.topics)
        for bound, operator in zip(self.keys, (">=", "<"), strict=True):
            if bound is not None:
                clauses.append(f"originator_id {operator} {mark}")
                params.append(key(bound))
        order = "originator_id, originator_version" if self.inside else position
        return f"WHERE {' AND '.join(clauses)} ORDER BY {order}", params


def _topics(kinds: Iterable[type]) -> list[str]:
    """Every topic stored for these classes: today's, and the names they had before."""
    kinds = set(kinds)
    return sorted({get_topic(kind) for kind in kinds}
                  | {old for old, kind in RENAMED_TOPICS.items() if kind in kinds})


class _Stored(NamedTuple):
    """What the mapper reads of a stored event (a tuple: cheaper to make than the library's
    frozen dataclass, a million times over in a rebuild)."""

    originator_id: UUID
    originator_version: int
    topic: str
    state: bytes


def _note(position: int, row) -> Notification:
    oid = row["originator_id"]
    return Notification(id=position, originator_id=oid if isinstance(oid, UUID) else UUID(oid),
                        originator_version=row["originator_version"], topic=row["topic"],
                        state=bytes(row["state"]))

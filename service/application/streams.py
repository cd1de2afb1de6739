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

    def events_by_stream(self, kinds: Iterable[type], until: int
                         ) -> Iterator[tuple[int, ev.Event]]:
        """The events of these kinds up to log position `until`, stream after stream in the
        order of their keys (each stream's own events in order): the primary key's order,
        so the store reads its index once instead of sorting. Read as it is consumed."""
        return self._scan(kinds, until, inside=True)

    def events_except(self, kinds: Iterable[type], until: int
                      ) -> Iterator[tuple[int, ev.Event]]:
        """Every event not of these kinds up to log position `until`, in log order."""
        return self._scan(kinds, until, inside=False)

    def _scan(self, kinds, until: int, inside: bool) -> Iterator[tuple[int, ev.Event]]:
        topics = _topics(kinds)
        rows = (self._scan_postgres(topics, until, inside)
                if hasattr(self.recorder.datastore, "schema")
                else self._scan_sqlite(topics, until, inside))
        to_event = self.mapper.to_domain_event
        key = stream_id = None
        for position, row in rows:
            if row["originator_id"] != key:     # a stream's id is parsed once, not per event
                key = row["originator_id"]
                stream_id = key if isinstance(key, UUID) else UUID(key)
            yield position, to_event(_Stored(stream_id, row["originator_version"],
                                             row["topic"], row["state"]))

    def _scan_sqlite(self, topics: list[str], until: int, inside: bool):
        marks = ",".join("?" * len(topics))
        order = "originator_id, originator_version" if inside else "rowid"
        sql = (f"SELECT rowid, * FROM {self.recorder.events_table_name} "
               f"WHERE rowid <= ? AND topic {'' if inside else 'NOT '}IN ({marks}) "
               f"ORDER BY {order}")
        with self.recorder.datastore.transaction(commit=False) as c:
            cursor = c.sqlite_cursor      # the library's wrapper has no fetchmany
            cursor.execute(sql, [until, *topics])
            while rows := cursor.fetchmany(SCAN_ROWS):
                for row in rows:
                    yield row["rowid"], row

    def _scan_postgres(self, topics: list[str], until: int, inside: bool):
        recorder = self.recorder
        order = "originator_id, originator_version" if inside else "notification_id"
        statement = SQL("SELECT * FROM {}.{} WHERE notification_id <= %s AND "
                        + ("" if inside else "NOT ") + "topic = ANY(%s) ORDER BY " + order
                        ).format(Identifier(recorder.datastore.schema),
                                 Identifier(recorder.events_table_name))
        # a named (server-side) cursor: rows come SCAN_ROWS at a time, and the planner picks
        # the index that already has the order over sorting the whole table
        with (recorder.datastore.get_connection() as conn, conn.transaction(),
              conn.cursor(name="ketnap_scan") as c):
            c.itersize = SCAN_ROWS
            c.execute(statement, (until, topics))
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

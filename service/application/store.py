"""Where events live: one URL picks eventsourcing's own SQLite or PostgreSQL recorder.

The library's own recorders are about three times faster than eventsourcing-sqlalchemy and
leave SQLAlchemy 2.1 free for the read models (measured when the store was chosen).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from typing import Any

from eventsourcing.persistence import StoredEvent, Transcoding
from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder
from psycopg.sql import SQL, Identifier
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from migrations.sqlite_files import WAL_SWITCH_PATIENCE_SECONDS, use_write_ahead_log


class DateAsISO(Transcoding):
    """Business dates are stored as dates (`YYYY-MM-DD`), never as datetimes."""

    type = dt.date
    name = "date_iso"

    def encode(self, obj: dt.date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> dt.date:
        return dt.date.fromisoformat(data)


def prepare_sqlite_file(path: str) -> None:
    """Switch the file to WAL before eventsourcing opens it: the library's own switch does not
    wait on a busy file."""
    with closing(sqlite3.connect(path, timeout=WAL_SWITCH_PATIENCE_SECONDS)) as connection:
        use_write_ahead_log(connection)


# (log position, stored event) → the event's MAC, hex; set by the audit (service/audit/mac.py)
MacFunction = Callable[[int, StoredEvent], str]


class WritesNewKeys:
    """A recorder that also writes the persons' new keys (service/encryption/keys.py) in the
    transaction of the events encrypted with them, and tells the key store how it ended."""

    personal_keys = None   # the KeyStore, set by the application

    def insert_events(self, stored_events: Sequence[StoredEvent],
                      **kwargs: Any) -> Sequence[int] | None:
        try:
            ids = super().insert_events(stored_events, **kwargs)
        except BaseException:
            self._settle_keys(stored=False)
            raise
        self._settle_keys(stored=True)
        return ids

    def _settle_keys(self, stored: bool) -> None:
        if self.personal_keys is not None:
            self.personal_keys.settle(stored)

    def _write_new_keys(self, cursor) -> None:
        rows = self.personal_keys.staged_rows() if self.personal_keys is not None else []
        if rows:
            cursor.executemany(self.personal_keys.sql.insert_statement, rows)


class MacSQLiteRecorder(WritesNewKeys, SQLiteApplicationRecorder):
    """eventsourcing's SQLite recorder, writing each event's MAC into `audit_macs` with the
    same cursor, in the transaction that stores the event: a row inserted by SQL has none."""

    mac_of: MacFunction | None = None

    def _insert_events(self, c, stored_events: Sequence[StoredEvent],
                       **kwargs: Any) -> Sequence[int] | None:
        self._write_new_keys(c)
        ids = super()._insert_events(c, stored_events, **kwargs)
        if self.mac_of is not None and ids:
            c.executemany("INSERT INTO audit_macs (position, mac) VALUES (?, ?)",
                          [(i, self.mac_of(i, s)) for i, s in zip(ids, stored_events,
                                                                   strict=True)])
        return ids


class MacPostgresRecorder(WritesNewKeys, PostgresApplicationRecorder):
    """The same for PostgreSQL: the MACs are inserted once the ids are known, inside the
    library's transaction (and its table lock); new keys go first, in the same pipeline."""

    mac_of: MacFunction | None = None

    def _insert_events(self, curs, stored_events: Sequence[StoredEvent], **kwargs: Any) -> None:
        self._write_new_keys(curs)
        super()._insert_events(curs, stored_events, **kwargs)

    def _fetch_ids_after_insert_events(self, curs, stored_events: Sequence[StoredEvent],
                                       **kwargs: Any) -> Sequence[int] | None:
        ids = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        if self.mac_of is not None and ids:
            # one prepared statement for the whole batch, as the library inserts the events
            statement = SQL("INSERT INTO {schema}.audit_macs (position, mac) "
                            "SELECT * FROM unnest(%s::bigint[], %s::text[])"
                            ).format(schema=Identifier(self.datastore.schema))
            macs = [self.mac_of(i, s) for i, s in zip(ids, stored_events, strict=True)]
            curs.execute(statement, (list(ids), macs), prepare=True)
        return ids


class UnsupportedDatabase(ValueError):
    pass


def store_environment(url: str) -> dict[str, str]:
    """Translate KETNAP_DATABASE_URL into eventsourcing's persistence settings."""
    try:
        parts = make_url(url)
    except ArgumentError as error:
        raise UnsupportedDatabase(f"KETNAP_DATABASE_URL: not a database URL ({error})") from None
    scheme = parts.get_backend_name()
    if scheme == "sqlite":
        path = parts.database
        if not path:
            raise UnsupportedDatabase("sqlite URL needs a file: sqlite:////path/file.sqlite")
        return {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": path,
                "SQLITE_LOCK_TIMEOUT": "30",
                "APPLICATION_RECORDER_TOPIC": f"{__name__}:MacSQLiteRecorder"}
    if scheme in ("postgresql", "postgres"):
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": parts.database or "",
            "POSTGRES_HOST": parts.host or "127.0.0.1",
            "POSTGRES_PORT": str(parts.port or 5432),
            "POSTGRES_USER": parts.username or "postgres",
            "POSTGRES_PASSWORD": parts.password or "",
            "POSTGRES_POOL_SIZE": "5",
            "POSTGRES_MAX_OVERFLOW": "10",
            "APPLICATION_RECORDER_TOPIC": f"{__name__}:MacPostgresRecorder",
        }
        if schema := parts.normalized_query.get("schema"):
            env["POSTGRES_SCHEMA"] = schema[0]
        return env
    raise UnsupportedDatabase(f"KETNAP_DATABASE_URL: unsupported database '{parts.drivername}'")

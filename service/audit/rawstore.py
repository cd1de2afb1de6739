"""The event store's own table, read raw (bytes as stored) for the hash chain and verify.

eventsourcing's SQLite recorder keeps events in `stored_events` with the rowid as the
notification id; its PostgreSQL recorder keeps them in `<app>_events` with `notification_id`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import Connection, text

from service.audit.hashing import canonical_id, content_hash, state_digest

APP_NAME = "ketnap"


@dataclass(frozen=True)
class RawRow:
    position: int
    originator_id: str
    originator_version: int
    topic: str
    state: bytes
    mac: str | None = None     # what audit_macs holds for this position (mac.py)

    @property
    def content(self) -> bytes:
        return content_hash(self.originator_id, self.originator_version, self.topic,
                            state_digest(self.state))


@dataclass(frozen=True)
class StoreTable:
    """Where the raw events are, for one KETNAP_DATABASE_URL."""

    name: str
    position: str
    is_postgres: bool

    @classmethod
    def of(cls, database_url: str) -> StoreTable:
        parts = urlsplit(database_url)
        if parts.scheme.startswith("sqlite"):
            return cls("stored_events", "rowid", False)
        schema = parse_qs(parts.query).get("schema", ["public"])[0]
        return cls(f'"{schema}"."{APP_NAME}_events"', "notification_id", True)

    def select(self, where: str = "") -> str:
        mac = (f"(SELECT mac FROM audit_macs WHERE audit_macs.position = "
               f"{self.name}.{self.position}) AS mac")
        return (f"SELECT {self.position} AS position, originator_id, originator_version, "
                f"topic, state, {mac} FROM {self.name} {where} ORDER BY {self.position}")


def raw_rows(conn: Connection, table: StoreTable, after: int = 0,
             upto: int | None = None, limit: int | None = None) -> Iterator[RawRow]:
    where = f"WHERE {table.position} > :after"
    params: dict = {"after": after}
    if upto is not None:
        where += f" AND {table.position} <= :upto"
        params["upto"] = upto
    statement = table.select(where)
    if limit is not None:
        statement += " LIMIT :limit"
        params["limit"] = limit
    result = conn.execute(text(statement), params, execution_options={"yield_per": 2000})
    for row in result:
        yield to_raw(row)


def raw_at(conn: Connection, table: StoreTable, position: int) -> RawRow | None:
    row = conn.execute(text(table.select(f"WHERE {table.position} = :p")),
                       {"p": position}).first()
    return None if row is None else to_raw(row)


def rows_of_stream(conn: Connection, table: StoreTable, originator_id: str,
                   version: int) -> list[RawRow]:
    oid = originator_id if table.is_postgres else originator_id.replace("-", "")
    where = "WHERE originator_id = :oid AND originator_version = :version"
    if table.is_postgres:
        where = "WHERE originator_id = CAST(:oid AS uuid) AND originator_version = :version"
    result = conn.execute(text(table.select(where)), {"oid": oid, "version": version})
    return [to_raw(row) for row in result]


def rows_of_streams(conn: Connection, table: StoreTable, ids: list[str],
                    upto: int) -> list[RawRow]:
    """Every raw event of the given streams up to a position, in log order."""
    found: list[RawRow] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        keys = chunk if table.is_postgres else [i.replace("-", "") for i in chunk]
        mark = "CAST(:k{} AS uuid)" if table.is_postgres else ":k{}"
        marks = ", ".join(mark.format(n) for n in range(len(keys)))
        where = f"WHERE originator_id IN ({marks}) AND {table.position} <= :upto"
        params = {f"k{n}": k for n, k in enumerate(keys)} | {"upto": upto}
        found += [to_raw(r) for r in conn.execute(text(table.select(where)), params)]
    return sorted(found, key=lambda r: r.position)


def max_position(conn: Connection, table: StoreTable) -> int:
    return conn.execute(text(f"SELECT MAX({table.position}) FROM {table.name}")).scalar() or 0


def to_raw(row) -> RawRow:
    return RawRow(int(row.position), canonical_id(row.originator_id),
                  int(row.originator_version), row.topic, bytes(row.state),
                  getattr(row, "mac", None))

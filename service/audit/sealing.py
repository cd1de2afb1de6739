"""Append the events recorded since the last seal to the hash chain (after every command).

Sealing only appends: it never rewrites an entry. Two workers sealing at once race on the
chain's primary key; the loser's transaction rolls back and it tries again from the new tail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from service.audit.hashing import GENESIS, link
from service.audit.rawstore import RawRow, StoreTable, raw_rows
from service.audit.tables import audit_chain

CELL_KEYS = {"CandidateNominated": "cell_code", "PlanAdopted": "cell_code",
             "CellRegistered": "code"}
BATCH = 5000


@dataclass(frozen=True)
class Tail:
    position: int
    chain_hash: bytes


def chain_tail(conn: Connection) -> Tail:
    row = conn.execute(select(audit_chain.c.position, audit_chain.c.chain_hash)
                       .order_by(audit_chain.c.position.desc()).limit(1)).first()
    return Tail(row.position, bytes.fromhex(row.chain_hash)) if row else Tail(0, GENESIS)


def seal(engine: Engine, table: StoreTable, attempts: int = 3) -> int:
    """Chain every unsealed event; returns how many were sealed."""
    for attempt in range(attempts):
        try:
            return _seal_once(engine, table)
        except (IntegrityError, OperationalError):
            if attempt == attempts - 1:
                raise
    return 0


def _seal_once(engine: Engine, table: StoreTable) -> int:
    sealed = 0
    with engine.begin() as conn:
        _lock_chain(conn, table)
        tail = chain_tail(conn)
        batch: list[dict] = []
        previous = tail.chain_hash
        for row in raw_rows(conn, table, after=tail.position):
            content = row.content
            previous = link(previous, row.position, content)
            batch.append(entry(row, content, previous))
            if len(batch) >= BATCH:
                sealed += _flush(conn, batch)
        sealed += _flush(conn, batch)
    return sealed


def _lock_chain(conn: Connection, table: StoreTable) -> None:
    """Take the chain's write lock before reading the tail and the log. On SQLite a write
    after a read that is still open is refused at once (SQLITE_BUSY_SNAPSHOT, no busy wait)
    when another connection committed meanwhile, which under steady load is always: a
    statement that writes nothing still takes the lock, waiting its turn like any writer."""
    if table.is_postgres:
        conn.execute(text("LOCK TABLE audit_chain IN SHARE ROW EXCLUSIVE MODE"))
    else:
        conn.execute(text("DELETE FROM audit_chain WHERE 0"))


def _flush(conn: Connection, batch: list[dict]) -> int:
    if batch:
        conn.execute(insert(audit_chain), batch)
    count = len(batch)
    batch.clear()
    return count


def entry(row: RawRow, content: bytes, chain_hash: bytes) -> dict:
    return {"position": row.position, "originator_id": row.originator_id,
            "originator_version": row.originator_version, "topic": row.topic,
            "content_hash": content.hex(), "chain_hash": chain_hash.hex(),
            "cell_code": cell_of(row)}


def cell_of(row: RawRow) -> str | None:
    """The cell a stream belongs to, read from the event that creates it (stream index)."""
    key = CELL_KEYS.get(row.topic.rsplit(":", 1)[-1])
    if key is None:
        return None
    try:
        return json.loads(row.state).get(key)
    except (ValueError, AttributeError):
        return None

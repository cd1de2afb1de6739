"""Append the events recorded since the last seal to the hash chain (after every command).

Sealing only appends: it never rewrites an entry. Two workers sealing at once both link a
batch to the same tail; the first to take the chain's lock inserts it, and the other finds
the tail moved and links its batch again from the new one.
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
             "CellRegistered": "code", "PartyTransferArrived": "cell_code"}
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
    """Chain every unsealed event, a batch per transaction; returns how many were sealed.

    A batch is read and hashed with no lock held. Its transaction then takes the chain's
    write lock, checks that the tail is still the one the batch was linked to, and inserts.
    On SQLite that lock is the whole file's, which commands wait for: they wait for the
    insert, not for the reading and hashing."""
    sealed, failures = 0, 0
    while True:
        try:
            tail, entries = _next_links(engine, table)
            if not entries:
                return sealed
            sealed += _append(engine, table, tail, entries)
        except (IntegrityError, OperationalError):
            failures += 1
            if failures == attempts:
                raise


def _append(engine: Engine, table: StoreTable, tail: Tail, entries: list[dict]) -> int:
    """Insert a batch linked to `tail`; 0 if another worker sealed meanwhile (the batch is
    then read again from the new tail)."""
    with engine.begin() as conn:
        _lock_chain(conn, table)
        if chain_tail(conn) != tail:
            return 0
        conn.execute(insert(audit_chain), entries)
    return len(entries)


def _next_links(engine: Engine, table: StoreTable) -> tuple[Tail, list[dict]]:
    """The chain's tail and the next batch of entries after it, read and hashed outside the
    write transaction (every row is read before that begins: no read stays open)."""
    with engine.connect() as conn:
        tail = chain_tail(conn)
        rows = list(raw_rows(conn, table, after=tail.position, limit=BATCH))
    entries, previous = [], tail.chain_hash
    for row in rows:
        content = row.content
        previous = link(previous, row.position, content)
        entries.append(entry(row, content, previous))
    return tail, entries


def _lock_chain(conn: Connection, table: StoreTable) -> None:
    """Take the chain's write lock before reading the tail. On SQLite a write after a read
    in the same transaction is refused at once (SQLITE_BUSY_SNAPSHOT, no busy wait) when
    another connection committed in between, which under steady load is always: a statement
    that writes nothing still takes the lock, waiting its turn like any writer."""
    if table.is_postgres:
        conn.execute(text("LOCK TABLE audit_chain IN SHARE ROW EXCLUSIVE MODE"))
    else:
        conn.execute(text("DELETE FROM audit_chain WHERE 0"))


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

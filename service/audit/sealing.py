"""Seal the events recorded since the last seal into the Merkle tree (after every command,
or by the follower).

Only an event whose MAC the application wrote with it (mac.py) is sealed: a row inserted by
SQL is passed over, never sealed, and verify names it. Sealing only appends: each sealed
event becomes an entry (its leaf index in the tree) and the tree's perfect subtrees it
completes are stored (`audit_nodes`), so proofs and roots cost O(log n). Two workers sealing
at once both build a batch on the same tail; the first to take the lock inserts it, and the
other finds the tail moved and builds its batch again from the new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from service.audit import merkle
from service.audit.mac import mac_ok
from service.audit.rawstore import RawRow, StoreTable, raw_rows
from service.audit.tables import audit_chain, audit_nodes

CELL_KEYS = {"CandidateNominated": "cell_code", "PlanAdopted": "cell_code",
             "CellRegistered": "code", "PartyTransferArrived": "cell_code"}
BATCH = 5000


@dataclass(frozen=True)
class Tail:
    position: int    # the last sealed event's log position
    size: int        # leaves in the tree


@dataclass
class SealCache:
    """What one process remembers between seals, so that a follower round costs two reads
    when nothing is new: legacy entries adopted once; the tail it last saw or sealed and the
    tree's right edge there (reused only while the stored tail is still that one)."""

    legacy_done: bool = False
    tail: Tail | None = None
    tree: merkle.Frontier | None = field(default=None, repr=False)

    def edge_at(self, tail: Tail) -> merkle.Frontier | None:
        if self.tail == tail and self.tree is not None and self.tree.size == tail.size:
            return merkle.Frontier(self.tree.size, self.tree.edge)   # a copy: append mutates
        return None


def chain_tail(conn: Connection) -> Tail:
    row = conn.execute(select(audit_chain.c.position, audit_chain.c.leaf_index)
                       .order_by(audit_chain.c.position.desc()).limit(1)).first()
    return Tail(row.position, row.leaf_index + 1) if row else Tail(0, 0)


def leaf_of(position: int, content: bytes) -> bytes:
    return merkle.leaf_hash(merkle.leaf_data(position, content))


def frontier(conn: Connection, size: int) -> merkle.Frontier:
    """The tree's right edge at `size`, from the stored subtrees."""
    return merkle.Frontier(size, [bytes.fromhex(h) for h in
                                  nodes(conn, merkle.Frontier.edge_nodes(size)).values()])


def nodes(conn: Connection, wanted) -> dict[tuple[int, int], str]:
    """Stored subtree hashes, in the order asked for: one query, each level an index range
    look-up (a row-value IN list is a scan on SQLite)."""
    wanted = list(wanted)
    by_level: dict[int, list[int]] = {}
    for level, index in wanted:
        by_level.setdefault(level, []).append(index)
    found: dict[tuple[int, int], str] = {}
    if by_level:
        rows = conn.execute(select(audit_nodes).where(or_(*(
            and_(audit_nodes.c.level == level, audit_nodes.c.node_index.in_(indexes))
            for level, indexes in by_level.items()))))
        found = {(r.level, r.node_index): r.hash for r in rows}
    missing = [key for key in wanted if key not in found]
    if missing:
        raise LookupError(f"audit_nodes lacks subtrees {missing[:3]}")
    return {key: found[key] for key in wanted}


def seal(engine: Engine, table: StoreTable, mac_key: bytes, attempts: int = 3,
         cache: SealCache | None = None) -> int:
    """Seal every event with a valid MAC after the tail, a batch per transaction; returns
    how many were sealed.

    A batch is read and hashed with no lock held. Its transaction then takes the seal's
    write lock, checks that the tail is still the one the batch was built on, and inserts.
    On SQLite that lock is the whole file's, which commands wait for: they wait for the
    insert, not for the reading and hashing."""
    cache = cache if cache is not None else SealCache()
    if not cache.legacy_done:
        adopt_legacy_entries(engine, table)
        cache.legacy_done = True
    sealed = 0

    def batches() -> int:
        """Seal batch after batch to the log's end; a failed batch (another sealer moved the
        tail, a busy file) starts again from the tail, at most `attempts` failures in all."""
        nonlocal sealed
        after = None
        while True:
            try:
                tail, rows, entries, new_nodes, tree = _next_batch(engine, table, mac_key,
                                                                   after, cache)
                if not entries:
                    if len(rows) < BATCH:
                        return sealed
                    after = rows[-1].position      # a full batch of forged rows: read past it
                    continue
                appended = _append(engine, table, tail, entries, new_nodes)
            except (IntegrityError, OperationalError):
                cache.tail, cache.tree = None, None
                raise
            cache.tail, cache.tree = ((Tail(entries[-1]["position"], tree.size), tree)
                                      if appended else (None, None))
            sealed += appended
            if appended and len(rows) < BATCH:
                return sealed                  # the log's end: no read to find nothing
            after = None

    retrying = Retrying(stop=stop_after_attempt(attempts), reraise=True,
                        retry=retry_if_exception_type((IntegrityError, OperationalError)))
    return retrying(batches)


def _next_batch(engine: Engine, table: StoreTable, mac_key: bytes, after: int | None,
                cache: SealCache | None = None):
    """The tail, the next rows after it (or after `after`, past a batch of forged rows), the
    entries and subtrees to insert, and the tree's edge after them, built outside the write
    transaction. The edge comes from `cache` when the tail has not moved (one query less)."""
    with engine.connect() as conn:
        tail = chain_tail(conn)
        rows = list(raw_rows(conn, table, after=max(tail.position, after or 0), limit=BATCH))
        tree = None
        if rows:
            tree = (cache.edge_at(tail) if cache else None) or frontier(conn, tail.size)
    if cache is not None and cache.tail != tail:
        cache.tail, cache.tree = tail, None
    entries, made = [], []
    for row in rows:
        content = row.content
        if not mac_ok(mac_key, row.position, content, row.mac):
            continue                     # not written by the application: never sealed
        made += tree.append(leaf_of(row.position, content))
        entries.append(entry(row, content, tree.size - 1))
    new_nodes = [{"level": lv, "node_index": ix, "hash": h.hex()} for lv, ix, h in made]
    return tail, rows, entries, new_nodes, tree


def _append(engine: Engine, table: StoreTable, tail: Tail, entries: list[dict],
            new_nodes: list[dict]) -> int:
    """Insert a batch built on `tail`; 0 if another worker sealed meanwhile (the batch is
    then built again from the new tail)."""
    with engine.begin() as conn:
        lock_seal(conn, table)
        if chain_tail(conn) != tail:
            return 0
        conn.execute(insert(audit_chain), entries)
        conn.execute(insert(audit_nodes), new_nodes)
    return len(entries)


def adopt_legacy_entries(engine: Engine, table: StoreTable) -> int:
    """Entries sealed by the hash chain before the tree (revision 1700 numbered them) get
    their subtrees once; later calls find nothing to do. Returns how many leaves it added."""
    with engine.connect() as conn:                   # the cheap check, without the lock
        if _leaves_with_nodes(conn) >= chain_tail(conn).size:
            return 0
    with engine.begin() as conn:
        lock_seal(conn, table)
        built = _leaves_with_nodes(conn)             # again: another worker may have sealed
        if built >= chain_tail(conn).size:
            return 0
        tree = frontier(conn, built)
        rows = conn.execute(select(audit_chain.c.position, audit_chain.c.content_hash)
                            .where(audit_chain.c.leaf_index >= built)
                            .order_by(audit_chain.c.leaf_index)).all()
        made = []
        for row in rows:
            made += tree.append(leaf_of(row.position, bytes.fromhex(row.content_hash)))
        for start in range(0, len(made), BATCH):
            conn.execute(insert(audit_nodes), [
                {"level": lv, "node_index": ix, "hash": h.hex()}
                for lv, ix, h in made[start:start + BATCH]])
    return len(rows)


def _leaves_with_nodes(conn: Connection) -> int:
    built = conn.execute(select(func.max(audit_nodes.c.node_index))
                         .where(audit_nodes.c.level == 0)).scalar()
    return 0 if built is None else built + 1


def lock_seal(conn: Connection, table: StoreTable) -> None:
    """Take the seal's write lock before reading the tail. On SQLite a write after a read
    in the same transaction is refused at once (SQLITE_BUSY_SNAPSHOT, no busy wait) when
    another connection committed in between, which under steady load is always: a statement
    that writes nothing still takes the lock, waiting its turn like any writer."""
    if table.is_postgres:
        conn.execute(text("LOCK TABLE audit_chain IN SHARE ROW EXCLUSIVE MODE"))
    else:
        conn.execute(text("DELETE FROM audit_chain WHERE 0"))


def entry(row: RawRow, content: bytes, leaf_index: int) -> dict:
    return {"position": row.position, "originator_id": row.originator_id,
            "originator_version": row.originator_version, "topic": row.topic,
            "content_hash": content.hex(), "chain_hash": None, "leaf_index": leaf_index,
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

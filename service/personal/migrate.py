"""`ketnap store migrate --to URL`: copy a store made before per-person encryption into a
new store, where every event is written again through the encrypting mapper.

The old store is only read. Its chain must be sealed to its last event, so that its final
chain head says what was copied. The copy ends with a `StoreMigrated` event that records
that head and the old event count. The new store's first signed checkpoint covers it. The
operator verifies both, then archives or destroys the old store (docs/personal-data.md).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from domain import events as ev
from migrations import upgrade
from service.audit import attach
from service.audit.rawstore import StoreTable, max_position
from service.audit.sealing import chain_tail, frontier
from service.config import sqlalchemy_url
from service.services import Services

MIGRATION_STREAM = uuid.uuid5(uuid.NAMESPACE_URL, "ketnap:store-migration")
PAGE = 500


class MigrationRefused(Exception):
    pass


@dataclass(frozen=True)
class Migrated:
    events: int
    chain_head: str
    checkpoint_position: int


def migrate_store(source: Services, target_url: str, audit_key_file, actor: str) -> Migrated:
    with source.engine.connect() as conn:
        tail = chain_tail(conn)
        head = frontier(conn, tail.size).root().hex()   # the old log's Merkle root, sealed
        last = max_position(conn, StoreTable.of(source.database_url))
    if tail.position != last:
        raise MigrationRefused(f"Chuỗi băm của kho cũ mới niêm phong đến vị trí {tail.position}"
                               f"/{last}: chạy `ketnap audit checkpoint` trên kho cũ trước.")
    upgrade(sqlalchemy_url(target_url))
    target = Services(target_url, clock=source.store.clock)
    try:
        if target.store.last_position():
            raise MigrationRefused("Kho mới phải trống.")
        tools = attach(target, audit_key_file)
        count = _copy(source, target)
        target.store.record(ev.StoreMigrated(
            originator_id=MIGRATION_STREAM, originator_version=1,
            timestamp=source.store.clock(), actor=actor,
            occurred_on=source.store.clock().date(), from_chain_head=head,
            from_events=count, from_position=last))
        checkpoint, _ = tools.checkpoint()
        return Migrated(count, head, checkpoint.position)
    finally:
        target.close()


def _copy(source: Services, target: Services) -> int:
    """Every event in log order, a page per transaction, through the target's mapper."""
    after = count = 0
    while page := source.store.read_events(after, PAGE):
        target.store.record(*[event for _, event in page])
        after, count = page[-1][0], count + len(page)
    return count

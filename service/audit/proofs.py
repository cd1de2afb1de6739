"""Inclusion and consistency proofs from the stored subtrees (one query each)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from service.audit import merkle
from service.audit.sealing import nodes
from service.audit.tables import audit_chain


def _built(conn: Connection, build) -> list[bytes]:
    found = nodes(conn, merkle.nodes_needed(build))
    return build(lambda level, index: bytes.fromhex(found[(level, index)]))


def inclusion(conn: Connection, leaf_index: int, size: int) -> list[bytes]:
    return _built(conn, lambda node: merkle.inclusion_path(leaf_index, size, node))


def consistency(conn: Connection, first: int, second: int) -> list[bytes]:
    if first > second:
        raise LookupError(f"the tree has {second} leaves, fewer than {first}")
    return _built(conn, lambda node: merkle.consistency_path(first, second, node))


def leaf_indexes(conn: Connection, positions: list[int]) -> dict[int, int]:
    found = {}
    for start in range(0, len(positions), 500):
        rows = conn.execute(select(audit_chain.c.position, audit_chain.c.leaf_index)
                            .where(audit_chain.c.position.in_(positions[start:start + 500])))
        found |= {r.position: r.leaf_index for r in rows}
    return found

"""Tell a move (two rows swapped, a rowid renumbered) from an edit, a deletion or an insert.

Only the first few problems are examined, with one indexed look-up each, so verify stays one
pass over the log however badly it was damaged.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from service.audit.problems import Problem, describe
from service.audit.rawstore import StoreTable, raw_at, rows_of_stream
from service.audit.tables import audit_chain

EXAMINED = 20


def refine(conn: Connection, table: StoreTable, problems: list[Problem]) -> list[Problem]:
    return [_refine(conn, table, p) if i < EXAMINED else p for i, p in enumerate(problems)]


def _refine(conn: Connection, table: StoreTable, problem: Problem) -> Problem:
    if problem.kind in ("changed", "inserted"):
        return _moved_here(conn, table, problem) or problem
    if problem.kind == "deleted":
        return _moved_away(conn, table, problem) or problem
    return problem


def _moved_here(conn: Connection, table: StoreTable, problem: Problem) -> Problem | None:
    """The row now at this position holds an event sealed at another position."""
    raw = raw_at(conn, table, problem.position)
    if raw is None:
        return None
    sealed_at = conn.execute(select(audit_chain.c.position)
                             .where(audit_chain.c.content_hash == raw.content.hex())
                             .where(audit_chain.c.position != problem.position)).scalar()
    if sealed_at is None:
        return None
    entry = _entry_at(conn, problem.position) or raw
    return describe("reordered", entry if problem.kind == "changed" else raw,
                    detail=f"vị trí này đang chứa sự kiện vốn ở vị trí {sealed_at}")


def _moved_away(conn: Connection, table: StoreTable, problem: Problem) -> Problem | None:
    """The sealed event still exists, at another position."""
    rows = rows_of_stream(conn, table, problem.originator_id, problem.originator_version)
    entry = _entry_at(conn, problem.position)
    if not rows or entry is None or rows[0].content.hex() != entry.content_hash:
        return None
    return describe("reordered", entry, detail=f"sự kiện này nay nằm ở vị trí {rows[0].position}")


def _entry_at(conn: Connection, position: int):
    return conn.execute(select(audit_chain).where(audit_chain.c.position == position)).first()

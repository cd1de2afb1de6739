"""Which streams belong to a cell: the stream index the chain keeps (cell_code of the event
that creates each cell, plan and candidate stream), grouped with their events."""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from sqlalchemy import select, text

from domain import events as ev
from service.audit.rawstore import RawRow, to_raw
from service.audit.sealing import CELL_KEYS, cell_of, chain_tail
from service.audit.tables import audit_chain

CREATING_TOPICS = tuple(f"{ev.__name__}:{name}" for name in CELL_KEYS)


def cell_stream_ids(tools, cell_code: str) -> list[UUID]:
    """The chain's stream index, plus the streams created since the last seal (found by
    topic in the unsealed tail, usually empty). Reads only: nothing is sealed here."""
    with tools.engine.connect() as conn:
        tail = chain_tail(conn).position
        rows = conn.execute(select(audit_chain.c.originator_id)
                            .where(audit_chain.c.cell_code == cell_code)
                            .order_by(audit_chain.c.position))
        ids = [UUID(r.originator_id) for r in rows]
        ids += [UUID(r.originator_id) for r in _created_after(conn, tools.table, tail)
                if cell_of(r) == cell_code]
    return ids


def _created_after(conn, table, after: int) -> list[RawRow]:
    marks = ", ".join(f":t{n}" for n in range(len(CREATING_TOPICS)))
    sql = table.select(f"WHERE {table.position} > :after AND topic IN ({marks})")
    params = {f"t{n}": t for n, t in enumerate(CREATING_TOPICS)} | {"after": after}
    return [to_raw(r) for r in conn.execute(text(sql), params)]


def cell_streams(tools, cell_code: str, upto: int | None = None
                 ) -> list[list[tuple[int, ev.Event]]]:
    """The cell's streams (each in version order, with log positions), up to a position."""
    events = tools.services.store.stream_events(cell_stream_ids(tools, cell_code))
    by_stream: dict[UUID, list[tuple[int, ev.Event]]] = defaultdict(list)
    for position, event in events:
        if upto is None or position <= upto:
            by_stream[event.originator_id].append((position, event))
    return list(by_stream.values())

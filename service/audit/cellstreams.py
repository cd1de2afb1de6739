"""Which streams belong to a cell: the stream index the chain keeps (cell_code of the event
that creates each cell, plan and candidate stream), grouped with their events."""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from sqlalchemy import select

from domain import events as ev
from service.audit.tables import audit_chain


def cell_stream_ids(tools, cell_code: str) -> list[UUID]:
    """Seal first (as a command would) so the index covers every recorded event."""
    tools.seal()
    with tools.engine.connect() as conn:
        rows = conn.execute(select(audit_chain.c.originator_id)
                            .where(audit_chain.c.cell_code == cell_code)
                            .order_by(audit_chain.c.position))
        return [UUID(r.originator_id) for r in rows]


def cell_streams(tools, cell_code: str, upto: int | None = None
                 ) -> list[list[tuple[int, ev.Event]]]:
    """The cell's streams (each in version order, with log positions), up to a position."""
    events = tools.services.store.stream_events(cell_stream_ids(tools, cell_code))
    by_stream: dict[UUID, list[tuple[int, ev.Event]]] = defaultdict(list)
    for position, event in events:
        if upto is None or position <= upto:
            by_stream[event.originator_id].append((position, event))
    return list(by_stream.values())

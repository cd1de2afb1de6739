"""The history table: every event of every stream, as the inspectors read it."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from domain import events as ev
from projections.codec import dumps, event_data, event_from_row, naive_utc
from projections.summaries import summary
from projections.tables import history


def history_row(log_position: int, event: ev.Event) -> dict:
    return {
        "stream_id": str(event.originator_id), "position": event.originator_version,
        "log_position": log_position, "event_type": type(event).__name__,
        "occurred_on": event.occurred_on, "recorded_at": naive_utc(event.timestamp),
        "actor": event.actor, "document_no": event.document_no, "rule_set": event.rule_set,
        "override_reason": event.override_reason,
        "override_authority": event.override_authority,
        "overridden_rules": dumps(list(event.overridden_rules)) if event.overridden_rules
        else "[]",
        "summary": summary(event), "data": dumps(event_data(event)), "corrected_by": "[]",
    }


def stream_events(conn, stream_id: str) -> list[ev.Event]:
    """A stream's events, rebuilt from its history rows in order."""
    rows = conn.execute(select(history).where(history.c.stream_id == stream_id)
                        .order_by(history.c.position)).all()
    return [event_from_row(row) for row in rows]


def mark_corrected(conn, correction: ev.RecordCorrected) -> None:
    """The corrected row lists the corrections that patch it (the row itself never changes)."""
    where = (history.c.stream_id == str(correction.originator_id),
             history.c.position == correction.corrects)
    current = conn.execute(select(history.c.corrected_by).where(*where)).scalar()
    if current is None:
        return
    positions = sorted({*json.loads(current), correction.originator_version})
    conn.execute(update(history).where(*where).values(corrected_by=dumps(positions)))

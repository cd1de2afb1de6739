"""Everything held on one person (Law 91/2025/QH15 Art. 9: the subject's right to access):
every event of their stream, decrypted, in order, with who recorded it and when."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from uuid import UUID

from domain import events as ev
from domain.errors import NotFound
from projections.summaries import summary


def person_record(store, person: UUID) -> dict:
    stream = store.stream_events([person])
    if not stream or not isinstance(stream[0][1], ev.CandidateNominated):
        raise NotFound("Không tìm thấy hồ sơ của người này.")
    return {"person_id": str(person),
            "events": [_event(position, e) for position, e in stream]}


def _event(position: int, e: ev.Event) -> dict:
    data = {k: _plain(v) for k, v in dataclasses.asdict(e).items()
            if k not in ("originator_id", "timestamp", "actor")}
    return {"position": position, "version": e.originator_version, "type": type(e).__name__,
            "summary": summary(e), "recorded_by": e.actor,
            "recorded_at": e.timestamp.isoformat(), "data": data}


def _plain(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, UUID):
        return str(value)
    return value

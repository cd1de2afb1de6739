"""How far behind the log the read side is: the read models, the audit seal, and the last
failure of a catch-up (which event, and the error's kind). Shown by `GET /api/v1/health`
and, when something is wrong, as a banner to the admin and the committee."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from projections import failures, runner
from service.audit.sealing import chain_tail


@dataclass(frozen=True)
class ReadSideHealth:
    log_position: int
    read_models_position: int
    read_models_lag_events: int
    read_models_lag_seconds: float
    audit_sealed_position: int
    audit_seal_lag_events: int
    last_failure: failures.Failure | None

    @property
    def ok(self) -> bool:
        return self.last_failure is None

    def as_json(self) -> dict:
        out = asdict(self)
        if self.last_failure is not None:
            out["last_failure"]["at"] = (self.last_failure.at.isoformat()
                                         if self.last_failure.at else None)
        out["ok"] = self.ok
        return out


def read_side_health(services, now: datetime) -> ReadSideHealth:
    store = services.store
    last = store.last_position()
    with services.engine.connect() as conn:
        position = runner.position(conn)
        failure = failures.last(conn)
        sealed = chain_tail(conn).position
    return ReadSideHealth(last, position, last - position,
                          _seconds_behind(store, position, now), sealed, last - sealed, failure)


def _seconds_behind(store, position: int, now: datetime) -> float:
    """Since the oldest event the read models have not applied was recorded."""
    waiting = store.read_events(position, 1)
    if not waiting:
        return 0.0
    return max((now - waiting[0][1].timestamp).total_seconds(), 0.0)

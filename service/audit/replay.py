"""The state of a cell as the log held it at a recorded moment, and what changed between two.

Only the cell's own streams (and the working calendar) are read, so the cost follows the
cell's history, not the whole log. The same projectors as the live read models run over the
events recorded up to the moment, into a scratch in-memory SQLite database.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from domain.clock import local_date
from domain.workdays import CALENDAR_ID
from projections import queries, runner
from projections.tables import metadata
from service.audit.cellstreams import cell_stream_ids
from service.readcalendar import projection_context
from service.schemas.views import PlanStatusSchema


def aware(moment: datetime) -> datetime:
    """A moment without a zone is read as UTC (the store records UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def replay(tools, cell_code: str, as_of: datetime) -> dict:
    as_of = aware(as_of)
    ids = [*cell_stream_ids(tools, cell_code), CALENDAR_ID]
    events = [(p, e) for p, e in tools.services.store.stream_events(ids)
              if e.timestamp <= as_of]
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        metadata.create_all(engine)
        runner.catch_up(engine, _reader(events), projection_context(), stream_events=_streams(events))
        return {"as_of": as_of.isoformat(), "cell": cell_code,
                "events": len(events), **_state(engine, cell_code, as_of)}
    finally:
        engine.dispose()


def _reader(events):
    def read_events(after: int, limit: int):
        return [(p, e) for p, e in events if p > after][:limit]
    return read_events


def _streams(events):
    """The replay's own events of given streams (what it has seen, not the whole store)."""
    def stream_events(ids):
        wanted = set(ids)
        return [(p, e) for p, e in events if e.originator_id in wanted]
    return stream_events


def _state(engine, cell_code: str, as_of: datetime) -> dict:
    schema = PlanStatusSchema()
    candidates = [{"id": str(c.id), "full_name": c.full_name, "stage": c.stage}
                  for c in queries.candidates(engine, cell_code)]
    plans = []
    for summary in queries.plans(engine, cell_code):
        status = queries.plan_status(engine, summary.plan_id, local_date(as_of))
        plans.append({"plan_id": str(summary.plan_id), "year": summary.year,
                      "activities": schema.dump(status)["activities"]})
    return {"candidates": candidates, "plans": plans}


def diff(tools, cell_code: str, start: datetime, end: datetime) -> dict:
    """What changed in the cell between two recorded moments."""
    before, after = replay(tools, cell_code, start), replay(tools, cell_code, end)
    old = {c["id"]: c for c in before["candidates"]}
    changed = [{"id": c["id"], "full_name": c["full_name"],
                "before": old.get(c["id"], {}).get("stage"), "after": c["stage"]}
               for c in after["candidates"] if old.get(c["id"], {}).get("stage") != c["stage"]]
    return {"from": before["as_of"], "to": after["as_of"], "candidates": changed,
            "plans": _plan_changes(before["plans"], after["plans"])}


def _plan_changes(before: list[dict], after: list[dict]) -> list[dict]:
    old = {p["plan_id"]: p["activities"] for p in before}
    changes = []
    for plan in after:
        for code, activity in plan["activities"].items():
            was = old.get(plan["plan_id"], {}).get(code, {}).get("actual")
            if was != activity["actual"]:
                changes.append({"plan_id": plan["plan_id"], "activity": code,
                                "before": was, "after": activity["actual"]})
    return changes

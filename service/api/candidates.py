"""Candidates: nominate, record each step, read the register, one record, its history, and
the deadlines."""

from __future__ import annotations

from uuid import UUID

from flask_smorest import abort

from domain.errors import ConcurrentChange
from projections import queries
from service import accesslog as access
from service import actions, reading
from service.api.blueprint import blp, services, today, user
from service.idempotency import current_key, derived_id
from service.schemas import commands as c
from service.schemas import views as v

SECURED = [{"bearer": []}]


def scope(cell: str | None) -> str | tuple[str, ...] | None:
    """The cells a list shows (service/reading.py)."""
    return reading.list_scope(user(), cell)


@blp.route("/candidates", methods=["GET"])
@blp.arguments(v.CandidateQuerySchema, location="query")
@blp.response(200, v.CandidateViewSchema(many=True))
@blp.doc(security=SECURED)
def list_candidates(args):
    """The register, filtered by cell, stage and category"""
    cell = scope(args.get("cell"))
    access.seen("api-register", cell_code=cell if isinstance(cell, str) else None)
    return queries.candidates(services().engine, cell, args.get("stage"), args.get("category"))


@blp.route("/candidates", methods=["POST"])
@blp.arguments(c.NominationSchema)
@blp.response(201, v.RecordedSchema)
@blp.doc(security=SECURED)
def nominate(data):
    """Put a person on the cell's list (tạo nguồn)"""
    keyed = current_key()
    if keyed is None:
        recorded = actions.nominate(services(), user(), data)
        return {"id": recorded.id, "stage": recorded.stage, "version": recorded.version}
    candidate_id = derived_id(*keyed)
    try:
        recorded = actions.nominate(services(), user(), data, candidate_id=candidate_id)
    except ConcurrentChange:       # a retry after a first that died once it had stored
        stored = services().store.candidate(candidate_id)
        return {"id": candidate_id, "stage": stored.stage.value, "version": stored.version}
    return {"id": recorded.id, "stage": recorded.stage, "version": recorded.version}


@blp.route("/candidates/arrivals", methods=["POST"])
@blp.arguments(c.ArrivalSchema)
@blp.response(201, v.RecordedSchema)
@blp.doc(security=SECURED)
def receive_transfer(data):
    """The receiving cell takes in a member with the letter (chuyển sinh hoạt đảng đến)"""
    recorded = actions.receive_transfer(services(), user(), data)
    return {"id": recorded.id, "stage": recorded.stage, "version": recorded.version}


def readable(candidate_id: UUID, what: str = "api"):
    """The person's row if the user may read it (service/reading.py), else a JSON 404."""
    return reading.candidate_row(user(), candidate_id, what) or \
        abort(404, message="Không tìm thấy quần chúng.")


@blp.route("/candidates/<uuid:candidate_id>", methods=["GET"])
@blp.response(200, v.CandidateViewSchema)
@blp.doc(security=SECURED)
def candidate(candidate_id: UUID):
    """One candidate's current record"""
    return readable(candidate_id)


@blp.route("/candidates/<uuid:candidate_id>/history", methods=["GET"])
@blp.response(200, v.HistoryViewSchema(many=True))
@blp.doc(security=SECURED)
def history(candidate_id: UUID):
    """Every recorded fact, in order, with business and recording dates"""
    readable(candidate_id, what="api-history")
    return queries.history(services().engine, candidate_id, services().store.stream_events)


@blp.route("/deadlines", methods=["GET"])
@blp.arguments(v.DeadlineQuerySchema, location="query")
@blp.response(200, v.DeadlineViewSchema(many=True))
@blp.doc(security=SECURED)
def deadlines(args):
    """Deadlines due soon, overdue, met or breached"""
    return queries.deadlines(services().engine, today(), scope(args.get("cell")))


def _action_view(action: actions.Action):
    def record(data, candidate_id: UUID):
        recorded = actions.perform(services(), user(), candidate_id, action, data)
        return {"id": recorded.id, "stage": recorded.stage, "version": recorded.version}
    record.__name__ = "record_" + action.slug.replace("-", "_")
    record.__doc__ = action.label
    return record


for _action in actions.ACTIONS.values():
    blp.route(f"/candidates/<uuid:candidate_id>/{_action.slug}", methods=["POST"])(
        blp.doc(security=SECURED)(blp.response(201, v.RecordedSchema)(
            blp.arguments(_action.schema)(_action_view(_action)))))

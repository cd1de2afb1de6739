"""Cells and plans: register a cell, adopt a yearly plan, read its status."""

from __future__ import annotations

from uuid import UUID

from flask import Response, current_app, request
from flask_smorest import abort

from service import actions, statuscache
from service.accounts.policy import require_reach
from service.api.blueprint import blp, services, user
from service.schemas import commands as c
from service.schemas import views as v

STATUS_VIEW = v.PlanStatusSchema()


@blp.route("/cells", methods=["POST"])
@blp.arguments(c.CellSchema)
@blp.response(201, v.CreatedSchema)
@blp.doc(security=[{"bearer": []}])
def register_cell(data):
    """Register a cell (chi bộ) and its superior body"""
    return {"id": actions.register_cell(services(), user(), data).id}


@blp.route("/plans", methods=["POST"])
@blp.arguments(c.PlanSchema)
@blp.response(201, v.CreatedSchema)
@blp.doc(security=[{"bearer": []}])
def adopt_plan(data):
    """Adopt a cell's yearly plan (kế hoạch phát triển đảng viên)"""
    return {"id": actions.adopt_plan(services(), user(), data).id}


@blp.route("/plans/<uuid:plan_id>/status", methods=["GET"])
@blp.response(200, v.PlanStatusSchema, headers={"ETag": {"schema": {"type": "string"}}})
@blp.alt_response(304, description="Not Modified: the status is still the one of this ETag")
@blp.doc(security=[{"bearer": []}])
def plan_status(plan_id: UUID):
    """Targets against actuals per activity, GV/HS and quarter (send If-None-Match to
    revalidate)"""
    entry = statuscache.plan_status("api", plan_id, _as_json)
    if entry is None:
        abort(404, message="Không tìm thấy kế hoạch.")
    require_reach(user(), entry.cell_code)
    response = statuscache.revalidated(Response(entry.value, mimetype="application/json"),
                                       entry.etag)
    return response.make_conditional(request)


def _as_json(status) -> tuple[bytes, bytes]:
    body = current_app.json.response(STATUS_VIEW.dump(status)).get_data()
    return body, body

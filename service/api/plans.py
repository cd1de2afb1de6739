"""Cells and plans: register a cell, adopt a yearly plan, read its status."""

from __future__ import annotations

from uuid import UUID

from flask_smorest import abort

from projections import queries
from service import actions
from service.accounts.policy import require
from service.api.blueprint import blp, services, today, user
from service.schemas import commands as c
from service.schemas import views as v


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
@blp.response(200, v.PlanStatusSchema)
@blp.doc(security=[{"bearer": []}])
def plan_status(plan_id: UUID):
    """Targets against actuals per activity, GV/HS and quarter"""
    status = queries.plan_status(services().engine, plan_id, today())
    if status is None:
        abort(404, message="Không tìm thấy kế hoạch.")
    require(user().may_read(status.cell_code))
    return status

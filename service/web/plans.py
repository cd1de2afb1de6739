"""The plan dashboard (target against actual, with a chart drawn here) and the deadlines."""

from __future__ import annotations

from uuid import UUID

from flask import abort, render_template, request

from projections import queries
from service.accounts.policy import require
from service.reports.chart import bars
from service.web.blueprint import bp, services, today, user
from service.web.candidates import scope


def readable_status(plan_id: UUID) -> queries.PlanStatus:
    status = queries.plan_status(services().engine, plan_id, today())
    if status is None:
        abort(404)
    require(user().may_read(status.cell_code))
    return status


@bp.route("/ke-hoach")
def plan_list():
    """The plans of the cells the user sees."""
    return render_template("plans/list.html",
                           plans=queries.plans(services().engine, scope(None)))


@bp.route("/ke-hoach/<uuid:plan_id>")
def plan_dashboard(plan_id: UUID):
    """Target against actual per activity, by quarter and by GV/HS, with a chart."""
    status = readable_status(plan_id)
    return render_template("plans/dashboard.html", status=status, chart=bars(status),
                           quarters=queries.QUARTERS)


@bp.route("/han-xu-ly")
def deadline_list():
    """Deadlines due soon and overdue first, then the others."""
    rows = queries.deadlines(services().engine, today(), scope(request.args.get("cell")))
    urgent = [r for r in rows if r.status in ("due_soon", "overdue")]
    return render_template("deadlines.html", urgent=urgent, today=today(),
                           others=[r for r in rows if r not in urgent])

"""Cells and plans: few events, written as they come (no batching needed)."""

from __future__ import annotations

from sqlalchemy import delete, insert, update

from domain import events as ev
from domain.plan import Target
from projections.tables import cells, plan_targets, plans


def apply(conn, event: ev.Event) -> None:
    handler = _HANDLERS.get(type(event))
    if handler:
        handler(conn, event)


def _cell_registered(conn, e: ev.CellRegistered) -> None:
    conn.execute(insert(cells).values(
        code=e.code, cell_id=str(e.originator_id), name=e.name, superior_body=e.superior_body,
        superior_since=e.occurred_on, registered_on=e.occurred_on))


def _superior_changed(conn, e: ev.SuperiorBodyChanged) -> None:
    # the current superior is the one with the latest date, whatever the recording order
    conn.execute(update(cells).where(cells.c.cell_id == str(e.originator_id),
                                     cells.c.superior_since <= e.occurred_on)
                 .values(superior_body=e.superior_body, superior_since=e.occurred_on))


def _plan_adopted(conn, e: ev.PlanAdopted) -> None:
    conn.execute(insert(plans).values(
        plan_id=str(e.originator_id), cell_code=e.cell_code, year=e.year, number=e.number,
        issued_on=e.occurred_on, basis=e.basis))
    _write_targets(conn, str(e.originator_id), e.targets)


def _plan_amended(conn, e: ev.PlanAmended) -> None:
    """New targets replace the old ones."""
    plan_id = str(e.originator_id)
    conn.execute(delete(plan_targets).where(plan_targets.c.plan_id == plan_id))
    _write_targets(conn, plan_id, e.targets)


def _write_targets(conn, plan_id: str, rows) -> None:
    values = []
    for ordinal, t in enumerate(map(Target.from_dict, rows)):
        q1, q2, q3, q4 = t.quarters or (None, None, None, None)
        values.append({"plan_id": plan_id, "activity": t.activity, "ordinal": ordinal,
                       "row_no": t.row_no, "note": t.note, "total": t.total, "gv": t.gv,
                       "hs": t.hs, "q1": q1, "q2": q2, "q3": q3, "q4": q4})
    if values:
        conn.execute(insert(plan_targets), values)


_HANDLERS = {
    ev.CellRegistered: _cell_registered,
    ev.SuperiorBodyChanged: _superior_changed,
    ev.PlanAdopted: _plan_adopted,
    ev.PlanAmended: _plan_amended,
}

"""Cells and plans: few events, but each used to cost a round trip or two (a quarter of a
rebuild on PostgreSQL). Their rows are gathered per batch and written in bulk."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, update

from domain import events as ev
from domain.plan import Target
from projections.bulk import bulk_insert
from projections.tables import cells, plan_targets, plans

# the current superior is the one with the latest date, whatever the recording order
_SUPERIOR = (update(cells).where(cells.c.cell_id == bindparam("b_cell"),
                                 cells.c.superior_since <= bindparam("b_on"))
             .values(superior_body=bindparam("b_body"), superior_since=bindparam("b_on")))
_DROP_TARGETS = delete(plan_targets).where(plan_targets.c.plan_id == bindparam("b_plan"))


class PlanWrites:
    """One batch's cell and plan rows, in log order: inserts are gathered per table; an
    update or delete first writes what was gathered before it, and consecutive runs of the
    same statement go out as one executemany."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.inserts: dict = {}
        self.statement, self.params = None, []

    def apply(self, event: ev.Event) -> None:
        handler = _HANDLERS.get(type(event))
        if handler:
            handler(self, event)

    def insert(self, table, rows: list[dict]) -> None:
        self._run_statement()
        self.inserts.setdefault(table, []).extend(rows)

    def run(self, statement, params: dict) -> None:
        self._write_inserts()
        if statement is not self.statement:
            self._run_statement()
            self.statement = statement
        self.params.append(params)

    def flush(self) -> None:
        self._run_statement()
        self._write_inserts()

    def _write_inserts(self) -> None:
        inserts, self.inserts = self.inserts, {}
        for table, rows in inserts.items():
            bulk_insert(self.conn, table, rows)

    def _run_statement(self) -> None:
        if self.params:
            self.conn.execute(self.statement, self.params)
        self.statement, self.params = None, []


def _cell_registered(out: PlanWrites, e: ev.CellRegistered) -> None:
    out.insert(cells, [{"code": e.code, "cell_id": str(e.originator_id), "name": e.name,
                        "superior_body": e.superior_body, "superior_since": e.occurred_on,
                        "registered_on": e.occurred_on}])


def _superior_changed(out: PlanWrites, e: ev.SuperiorBodyChanged) -> None:
    out.run(_SUPERIOR, {"b_cell": str(e.originator_id), "b_on": e.occurred_on,
                        "b_body": e.superior_body})


def _plan_adopted(out: PlanWrites, e: ev.PlanAdopted) -> None:
    out.insert(plans, [{"plan_id": str(e.originator_id), "cell_code": e.cell_code,
                        "year": e.year, "number": e.number, "issued_on": e.occurred_on,
                        "basis": e.basis}])
    out.insert(plan_targets, _targets(str(e.originator_id), e.targets))


def _plan_amended(out: PlanWrites, e: ev.PlanAmended) -> None:
    """New targets replace the old ones."""
    plan_id = str(e.originator_id)
    out.run(_DROP_TARGETS, {"b_plan": plan_id})
    out.insert(plan_targets, _targets(plan_id, e.targets))


def _targets(plan_id: str, rows) -> list[dict]:
    values = []
    for ordinal, t in enumerate(map(Target.from_dict, rows)):
        q1, q2, q3, q4 = t.quarters or (None, None, None, None)
        values.append({"plan_id": plan_id, "activity": t.activity, "ordinal": ordinal,
                       "row_no": t.row_no, "note": t.note, "total": t.total, "gv": t.gv,
                       "hs": t.hs, "q1": q1, "q2": q2, "q3": q3, "q4": q4})
    return values


_HANDLERS = {
    ev.CellRegistered: _cell_registered,
    ev.SuperiorBodyChanged: _superior_changed,
    ev.PlanAdopted: _plan_adopted,
    ev.PlanAmended: _plan_amended,
}

"""A yearly plan entered and adopted in the browser, with the same validation as the plan
file (`ketnap plan import`): the form is turned into the plan file's keys and read by
`parse_plan`, then the domain adopts it. The next year's plan can start from this year's."""

from __future__ import annotations

from uuid import UUID

from flask import abort, flash, redirect, render_template, request, url_for

from domain.errors import DomainError
from domain.plan import ACTIVITIES
from projections import queries
from service.accounts.policy import require
from service.planfile import PlanFileError, parse_plan
from service.typed_dates import DATE_ERROR, parse_day
from service.web.blueprint import bp, services, today, user

NUMBERS = ("total", "GV", "HS", "Q1", "Q2", "Q3", "Q4")


def _cells() -> list[queries.CellRow]:
    """The cells whose plan this user adopts: a secretary's own (the cell adopts its plan)."""
    return [c for c in queries.cells(services().engine) if user().may_record("secretary", c.code)]


def _from_status(status: queries.PlanStatus, year: int) -> dict:
    """This year's plan as the form's values for the next year (same targets, new year)."""
    values = {"cell": status.cell_code, "year": str(year), "number": "", "issued_on": "",
              "basis": ""}
    for code, a in status.activities.items():
        values[f"{code}-row"] = "" if a.row_no is None else str(a.row_no)
        values[f"{code}-note"] = a.note or ""
        for key in NUMBERS:
            value = getattr(a.target, key)
            values[f"{code}-{key}"] = "" if value is None else str(value)
    return values


def _number(form, key: str, errors: dict, required: bool = True) -> int | None:
    raw = (form.get(key) or "").strip()
    if not raw and not required:
        return None
    if not raw.isdigit() or len(raw) > 5:
        errors[key] = "Cần một số nguyên không âm."
        return None
    return int(raw)


def _targets(form, errors: dict) -> list[dict]:
    targets = []
    for code in ACTIVITIES:
        if not (form.get(f"{code}-total") or "").strip():
            continue                   # a row left empty is not in the plan
        target = {"activity": code}
        for key in ("total", "GV", "HS"):
            target[key] = _number(form, f"{code}-{key}", errors)
        quarters = [_number(form, f"{code}-Q{q}", errors, required=False) for q in range(1, 5)]
        if any(q is not None for q in quarters):
            target["quarters"] = [q or 0 for q in quarters]
        if (row := _number(form, f"{code}-row", errors, required=False)) is not None:
            target["row"] = row
        if note := (form.get(f"{code}-note") or "").strip():
            target["note"] = note
        targets.append(target)
    return targets


def _plan_data(form, errors: dict) -> dict:
    """The form as the plan file's keys (what parse_plan reads)."""
    data = {"cell": form.get("cell", ""), "number": (form.get("number") or "").strip(),
            "basis": (form.get("basis") or "").strip(), "targets": _targets(form, errors)}
    if (year := _number(form, "year", errors)) is not None:
        data["year"] = year
    if (issued := parse_day(form.get("issued_on"))) is not None:
        data["issued_on"] = issued
    else:
        errors["issued_on"] = DATE_ERROR
    if not data["number"]:
        errors["number"] = "Bắt buộc."
    if not data["targets"]:
        errors["targets"] = "Cần ít nhất một chỉ tiêu (điền cột Tổng)."
    return data


@bp.route("/ke-hoach/moi", methods=["GET", "POST"])
def plan_entry():
    """Enter and adopt a yearly plan; `?tu=<plan id>` starts from that plan's targets."""
    cells = _cells()
    require(bool(cells))
    values, errors, message = {"cell": cells[0].code, "year": str(today().year)}, {}, None
    if source := request.args.get("tu"):
        status = queries.plan_status(services().engine, UUID(source), today()) \
            if _uuid(source) else None
        if status is None or status.cell_code not in {c.code for c in cells}:
            abort(404)
        values = _from_status(status, status.year + 1)
    if request.method == "POST":
        values = request.form.to_dict()
        if values.get("cell") not in {c.code for c in cells}:
            errors["cell"] = "Hãy chọn một chi bộ trong danh sách."
        data = _plan_data(request.form, errors)
        if not errors:
            try:
                plan = parse_plan(data)
                recorded = services().command(services().store.adopt_plan,
                                              plan.cell, plan.number, plan.year,
                                              plan.issued_on, plan.basis, plan.targets,
                                              user().username)
            except (PlanFileError, DomainError) as error:
                message = str(getattr(error, "message", error))
            else:
                flash(f"Đã ban hành kế hoạch {plan.number} năm {plan.year}.")
                return redirect(url_for("web.plan_dashboard", plan_id=recorded.id))
    status_code = 422 if request.method == "POST" else 200
    return render_template("plans/entry.html", cells=cells, values=values, errors=errors,
                           message=message, activities=ACTIVITIES, numbers=NUMBERS), status_code


def _uuid(text: str) -> bool:
    try:
        UUID(text)
    except ValueError:
        return False
    return True

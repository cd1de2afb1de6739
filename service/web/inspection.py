"""*Kiểm tra*: the inspection committee's and the superior committee's audit pages, in
Vietnamese HTML: a cell replayed as of a date and time (candidates by stage, plan status),
what changed between two moments, the log's verification as a sentence and the compliance
report with each finding linked to the candidate's timeline. The JSON at /api/v1/audit/…
stays for programs; these pages only read."""

from __future__ import annotations

from datetime import date, datetime, time

from flask import current_app, render_template, request

from domain.clock import zone
from domain.dates import format_vi
from domain.plan import ACTIVITIES
from projections import queries
from service.accounts.policy import require, require_reach
from service.audit import replay, report, tools_of
from service.web.blueprint import bp, services, today, user
from service.web.forms import parse_day

AUDIT_ROLES = ("inspector", "committee")   # as /api/v1/audit: not the admin, not a cell
END_OF_DAY = time(23, 59)


def _may_audit() -> None:
    require(user().role in AUDIT_ROLES)


def _cells() -> list[queries.CellRow]:
    """The cells this user audits: every cell for the inspector, a committee user's cells
    under its body today (issue 14)."""
    return [c for c in queries.cells(services().engine) if user().may_read(c.code)]


def _in_reach(cell: str) -> None:
    """A known cell outside the user's reach is refused (403), not offered as a typo."""
    if cell in {c.code for c in queries.cells(services().engine)}:
        require_reach(user(), cell)


def _moment(day_field: str, time_field: str) -> datetime | None:
    """A day and an optional HH:MM on the cell's clock (the end of the day by default)."""
    day = parse_day(request.args.get(day_field))
    if day is None:
        return None
    typed = (request.args.get(time_field) or "").strip()
    try:
        at = time.fromisoformat(typed) if typed else END_OF_DAY
    except ValueError:
        return None
    return datetime.combine(day, at, tzinfo=zone())


@bp.route("/kiem-tra")
def inspection_home():
    """The inspector's menu: replay, compare, verify, report."""
    _may_audit()
    return render_template("inspection/home.html", cells=_cells(), today=today(),
                           year_start=date(today().year, 1, 1))


@bp.route("/kiem-tra/tai-hien")
def inspection_replay():
    """A cell as the log held it at a moment, and (with `tu-ngay`) what changed since."""
    _may_audit()
    cell, as_of = request.args.get("chi-bo", ""), _moment("ngay", "gio")
    _in_reach(cell)
    known = {c.code: c for c in _cells()}
    if cell not in known or as_of is None:
        return render_template("inspection/home.html", cells=list(known.values()),
                               today=today(), year_start=date(today().year, 1, 1),
                               error="Hãy chọn chi bộ và gõ ngày dạng dd/mm/yyyy "
                                     "(giờ dạng HH:MM, có thể bỏ trống)."), 400
    tools = tools_of_app()
    state = replay.replay(tools, cell, as_of)
    since = _moment("tu-ngay", "tu-gio")
    changes = replay.diff(tools, cell, since, as_of) if since else None
    return render_template("inspection/replay.html", cell=known[cell], as_of=as_of,
                           since=since, state=state, changes=changes,
                           by_stage=_by_stage(state["candidates"]), activities=ACTIVITIES)


def _by_stage(candidates: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for c in candidates:
        grouped.setdefault(c["stage"], []).append(c)
    return grouped


@bp.route("/kiem-tra/xac-minh")
def inspection_verify():
    """The log's hash chain and signed checkpoints, recomputed now, said in a sentence."""
    _may_audit()
    return render_template("inspection/verify.html", verdict=tools_of_app().verify())


@bp.route("/kiem-tra/bao-cao")
def inspection_report():
    """The compliance report of a cell for a period, printable, with the cell's name."""
    _may_audit()
    cell = request.args.get("chi-bo", "")
    _in_reach(cell)
    start, end = parse_day(request.args.get("tu")), parse_day(request.args.get("den"))
    known = {c.code: c for c in _cells()}
    if cell not in known or start is None or end is None or end < start:
        return render_template("inspection/home.html", cells=list(known.values()),
                               today=today(), year_start=date(today().year, 1, 1),
                               error="Hãy chọn chi bộ và gõ từ ngày, đến ngày dạng "
                                     "dd/mm/yyyy (đến ngày không trước từ ngày)."), 400
    built = report.build(tools_of_app(), cell, start, end)
    return render_template("audit/report.html", r=built, cell_name=known[cell].name,
                           today=format_vi(today()),
                           rule_sets=report.rule_sets_between(built.start, built.end))


def tools_of_app():
    return tools_of(current_app)

"""The plan dashboard (target against actual, with a chart drawn here) and the deadlines."""

from __future__ import annotations

import time
from uuid import UUID

from flask import abort, current_app, make_response, render_template, request, session
from markupsafe import Markup

from projections import queries
from service import statuscache
from service.accounts.policy import require_reach
from service.reports.chart import bars
from service.statuscache import Entry, digest, revalidated
from service.web.blueprint import bp, services, today, user
from service.web.candidates import scope

TOKEN_WINDOW = 600   # seconds: a reused or revalidated page's CSRF token is at most this old


def readable_status(plan_id: UUID) -> queries.PlanStatus:
    status = queries.plan_status(services().engine, plan_id, today())
    if status is None:
        abort(404)
    require_reach(user(), status.cell_code)
    return status


@bp.route("/ke-hoach")
def plan_list():
    """The cells the user sees, one line each with this year's plan (or the latest, and
    that this year's is missing), then every plan."""
    plans = queries.plans(services().engine, scope(None))
    return render_template("plans/list.html", plans=plans, year=today().year,
                           may_enter=user().role == "secretary",
                           cells=_cells_with_plans(plans, today().year))


def _cells_with_plans(plans: list[queries.PlanSummary], year: int) -> list[dict]:
    cells = {c.code: c for c in queries.cells(services().engine)}
    lines = []
    mine = {code for code in cells if user().may_read(code)}
    for code in sorted({p.cell_code for p in plans} | mine):
        own = [p for p in plans if p.cell_code == code]
        current = next((p for p in own if p.year == year), None)
        lines.append({"code": code, "name": cells[code].name if code in cells else code,
                      "current": current, "latest": own[-1] if own else None})
    return lines


@bp.route("/ke-hoach/<uuid:plan_id>")
def plan_dashboard(plan_id: UUID):
    """Target against actual per activity, by quarter and by GV/HS, with a chart."""
    entry = statuscache.plan_status("web", plan_id, _status_block)
    if entry is None:
        abort(404)
    require_reach(user(), entry.cell_code)
    etag = _page_etag(entry)
    if etag and (unchanged := statuscache.not_modified(etag)):
        return unchanged
    pages = statuscache.status_cache().pages
    page = pages.get(etag) if etag else None
    if page is None:
        title, block = entry.value
        page = render_template("plans/dashboard.html", title=title, block=block).encode()
        # kept unless it shows a flashed message; the tag is taken again because rendering
        # may have started the session's CSRF secret
        if etag and (etag := _page_etag(entry)):
            pages.put(etag, page)
    return revalidated(make_response(page), etag)


def _status_block(status: queries.PlanStatus):
    """The page's status block, rendered once for every reader of the plan."""
    block = Markup(render_template("plans/_status.html", status=status, chart=bars(status),
                                   quarters=queries.QUARTERS))
    return (f"Kế hoạch {status.year}", block), block.encode()


def _page_etag(entry: Entry) -> str | None:
    """The page is the shared status block inside this session's frame (name, menu, CSRF
    token). Its tag, which also keys the rendered page in the cache, covers the block, the
    user, the session's CSRF secret and a time window, so that one session's page is never
    served to another and the CSRF token in a reused page stays well inside its validity.
    None while a flashed message waits: that page is rendered, and the message consumed."""
    if "_flashes" in session:
        return None
    u = user()
    limit = current_app.config.get("WTF_CSRF_TIME_LIMIT", 3600) or 3600
    window = min(TOKEN_WINDOW, limit / 6)
    return digest("\x1f".join((
        entry.etag, str(u.id), u.username, u.role, " ".join(u.cells), u.body,
        str(session.get("csrf_token")), str(int(time.time() // window)), request.script_root,
    )).encode())


@bp.route("/han-xu-ly")
def deadline_list():
    """Open deadlines first (due soon and overdue, then the others), each saying what must
    be done, by whom and by when; those met or closed are folded away."""
    rows = queries.deadlines(services().engine, today(), scope(request.args.get("cell")))
    urgent = [r for r in rows if r.status in ("due_soon", "overdue")]
    pending = [r for r in rows if r.status == "pending"]
    return render_template("deadlines.html", urgent=urgent, today=today(), pending=pending,
                           done=[r for r in rows if r not in urgent and r not in pending])

"""`/api/v1/audit/…` for the inspection committee: verify, report, replay (read-only).

Answers are JSON with a stable error code (`{"error": "bad_request", "message": …}`), except
the printable report page. Nothing here can write to the log; the one POST,
`/api/v1/audit/witness`, appends another cell's checkpoint to what this Ketnap witnesses.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from domain.dates import format_vi
from service.accounts.policy import Forbidden, require_reach
from service.audit import replay, report, tools_of
from service.current import services

blueprint = Blueprint("audit", __name__, url_prefix="/api/v1/audit",
                      template_folder="templates")
AUDIT_ROLES = ("inspector", "committee")   # not the admin: the audit shows people's records
WITNESS_ROLES = ("secretary", "committee")   # a cell's Ketnap pushes with a token
ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 409: "not_an_extension",
               422: "untrusted_signature"}


@blueprint.errorhandler(HTTPException)
def json_error(error: HTTPException):
    code = ERROR_CODES.get(error.code, "error")
    return jsonify(error=code, message=error.description), error.code


def current_user(token_only: bool = False):
    """The API's bearer token, else the logged-in web user (the committee reads the printable
    report in the browser)."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token:
        return current_app.extensions["ketnap_accounts"].user_for_token(token.strip())
    return None if token_only else getattr(g, "user", None)


def require_role(*roles: str, token_only: bool = False):
    """401 without a user, 403 for a role outside `roles`."""
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = current_user(token_only)
            if user is None:
                abort(401, description="Cần đăng nhập hoặc mã truy cập (Bearer).")
            if user.role not in roles:
                abort(403, description="Chỉ Ủy ban kiểm tra và cấp ủy được xem phần kiểm tra.")
            return view(*args, **kwargs)
        return wrapped
    return decorator


def _reached(cell: str) -> None:
    """A committee user audits only the cells under its body today (issue 14)."""
    require_reach(current_user(), cell)


@blueprint.errorhandler(Forbidden)
def refused_reach(error: Forbidden):
    """403 with a stable code (`cell_out_of_reach`) and nothing read."""
    return jsonify(error=error.code, message=str(error)), 403


@blueprint.get("/verify")
@require_role(*AUDIT_ROLES)
def verify_view():
    """Recompute the seal (MACs, Merkle tree) and check the checkpoints: the same verdict as
    `ketnap audit verify`."""
    return jsonify(tools_of(current_app).verify().as_dict())


@blueprint.get("/report")
@require_role(*AUDIT_ROLES)
def report_view():
    """The compliance report of a cell for a period, as JSON."""
    period = _period()
    _reached(period[0])
    return jsonify(report.build(tools_of(current_app), *period).as_dict())


@blueprint.get("/report.html")
@require_role(*AUDIT_ROLES)
def report_page():
    """The compliance report, printable, for the inspection committee."""
    period = _period()
    _reached(period[0])
    built = report.build(tools_of(current_app), *period)
    today = services().store.today()
    return render_template("audit/report.html", r=built, today=format_vi(today),
                           rule_sets=report.rule_sets_between(built.start, built.end))


@blueprint.get("/replay")
@require_role(*AUDIT_ROLES)
def replay_view():
    """A cell as the log held it at `as_of`, or what changed since `from`."""
    cell = request.args.get("cell") or abort(400, description="Cần cell.")
    _reached(cell)
    tools = tools_of(current_app)
    if "from" in request.args:
        return jsonify(replay.diff(tools, cell, _moment("from"), _moment("as_of")))
    return jsonify(replay.replay(tools, cell, _moment("as_of")))


@blueprint.post("/witness")
@require_role(*WITNESS_ROLES, token_only=True)
def witness_post():
    """Keep another cell's checkpoint, if it extends the last one kept (append-only)."""
    from service.audit.witnessing import WitnessRefused, receive
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400, description="Cần JSON: checkpoint, old_size, consistency.")
    tools = tools_of(current_app)
    try:
        kept = receive(tools.engine, body, current_user(True).username,
                       tools.now().isoformat(timespec="seconds"), tools.table.is_postgres)
    except WitnessRefused as refused:
        return jsonify(error=ERROR_CODES.get(refused.status, "bad_request"),
                       message=refused.message, held_size=refused.held_size), refused.status
    return jsonify(kept), 201


@blueprint.get("/witness")
@require_role(*WITNESS_ROLES, "inspector", token_only=True)
def witness_get():
    """The checkpoints kept for one origin, oldest first."""
    from service.audit.witnessing import held
    origin = request.args.get("origin") or abort(400, description="Cần origin.")
    kept = held(tools_of(current_app).engine, origin)
    return jsonify(origin=origin, checkpoints=kept[-1:] if request.args.get("latest") else kept)


@blueprint.app_template_filter("vi")
def vi_date(day) -> str:
    return format_vi(day)


MAX_LATE_DAYS = 3660   # a query parameter's bound (ten years), not a regulation


def _period() -> tuple[str, date, date, int]:
    try:
        cell = request.args["cell"]
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
        late = int(request.args.get("late_days", 30))
    except (KeyError, ValueError):
        abort(400, description="Cần cell, from, to (YYYY-MM-DD) và late_days (số ngày) hợp lệ.")
    if end < start:
        abort(400, description="Ngày 'to' phải sau ngày 'from'.")
    if not 0 <= late <= MAX_LATE_DAYS:
        abort(400, description=f"late_days phải từ 0 đến {MAX_LATE_DAYS}.")
    return cell, start, end, late


def _moment(name: str) -> datetime:
    try:
        return datetime.fromisoformat(request.args[name])
    except (KeyError, ValueError):
        abort(400, description=f"Cần {name} dạng ISO 8601, ví dụ 2024-06-30T23:59.")

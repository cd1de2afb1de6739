"""`/api/v1/audit/…` for the inspection committee: verify, report, replay (read-only)."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, request

blueprint = Blueprint("audit", __name__, url_prefix="/api/v1/audit",
                      template_folder="templates")
AUDIT_ROLES = ("inspector", "committee", "admin")


def current_user():
    """The API's bearer token, else the logged-in web user (the committee reads the printable
    report in the browser)."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token:
        return current_app.extensions["ketnap_accounts"].user_for_token(token.strip())
    return getattr(g, "user", None)


def require_role(*roles: str):
    """401 without a user, 403 for a role outside `roles`; nothing here writes."""
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = current_user()
            if user is None:
                abort(401)
            if user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorator


def _tools():
    from service.audit import tools_of
    return tools_of(current_app)


@blueprint.get("/verify")
@require_role(*AUDIT_ROLES)
def verify_view():
    verdict = _tools().verify()
    return jsonify(verdict.as_dict())


def _period():
    from datetime import date
    try:
        cell = request.args["cell"]
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
        late = int(request.args.get("late_days", 30))
    except (KeyError, ValueError):
        abort(400, description="Cần cell, from, to (YYYY-MM-DD) hợp lệ.")
    return cell, start, end, late


@blueprint.get("/report")
@require_role(*AUDIT_ROLES)
def report_view():
    from service.audit import report
    return jsonify(report.build(_tools(), *_period()).as_dict())


@blueprint.get("/report.html")
@require_role(*AUDIT_ROLES)
def report_page():
    from datetime import date

    from flask import render_template

    from service.audit import report
    built = report.build(_tools(), *_period())
    return render_template("audit/report.html", r=built, today=date.today().strftime("%d/%m/%Y"),
                           rule_sets=report.rule_sets_between(built.start, built.end))


@blueprint.app_template_filter("vi")
def vi_date(day) -> str:
    from domain.dates import format_vi
    return format_vi(day)


def _moment(name: str):
    from datetime import datetime
    try:
        return datetime.fromisoformat(request.args[name])
    except (KeyError, ValueError):
        abort(400, description=f"Cần {name} dạng ISO 8601, ví dụ 2024-06-30T23:59.")


@blueprint.get("/replay")
@require_role(*AUDIT_ROLES)
def replay_view():
    from service.audit import replay
    cell = request.args.get("cell") or abort(400, description="Cần cell.")
    if "from" in request.args:
        return jsonify(replay.diff(_tools(), cell, _moment("from"), _moment("as_of")))
    return jsonify(replay.replay(_tools(), cell, _moment("as_of")))

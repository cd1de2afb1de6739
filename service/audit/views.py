"""`/api/v1/audit/…` for the inspection committee: verify, report, replay (read-only)."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, request

blueprint = Blueprint("audit", __name__, url_prefix="/api/v1/audit",
                      template_folder="templates")
AUDIT_ROLES = ("inspector", "committee", "admin")


def require_role(*roles: str):
    """Placeholder until the web/API's own auth lands: role from `g.user_role` or the
    `X-Ketnap-Role` header (tests), refused with 403 otherwise."""
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            role = getattr(g, "user_role", None) or request.headers.get("X-Ketnap-Role")
            if role not in roles:
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

"""The one API blueprint, its bearer-token check and helpers shared by the route modules."""

from __future__ import annotations

from flask import current_app, g, request
from flask_smorest import Blueprint, abort

from service.current import services as services
from service.idempotency import claim

blp = Blueprint("api", __name__, url_prefix="/api/v1",
                description="Phát triển đảng viên: chi bộ, kế hoạch, quần chúng, hạn xử lý.")


@blp.before_request
def authenticate() -> None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    user = None
    if scheme.lower() == "bearer" and token:
        user = current_app.extensions["ketnap_accounts"].user_for_token(token.strip())
    if user is None:
        abort(401, message="Cần mã truy cập hợp lệ (Authorization: Bearer …).",
              headers={"WWW-Authenticate": "Bearer"})
    g.api_user = user


@blp.before_request
def once():
    """A POST with an Idempotency-Key records once (service/idempotency.py)."""
    return claim(g.api_user)


def user():
    return g.api_user


def today():
    return services().store.today()

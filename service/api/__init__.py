"""The JSON API at /api/v1 (flask-smorest over the shared schemas), OpenAPI at
/api/v1/openapi.json. Bearer tokens only: no cookies, so it is exempt from CSRF."""

from __future__ import annotations

from flask import Flask
from flask_smorest import Api

from service.api import (  # noqa: F401 - routes register on import
    candidates,
    documents,
    errors,
    health,
    plans,
    reviews,
    roster,
)
from service.api.blueprint import blp
from service.audit.openapi import document as document_audit

__all__ = ["blp", "install"]


class KetnapApi(Api):
    def _register_error_handlers(self):
        """Errors are answered by the API blueprint only; the web keeps its own pages."""


def install(app: Flask) -> None:
    app.config.setdefault("API_TITLE", "Ketnap")
    app.config.setdefault("API_VERSION", "v1")
    app.config.setdefault("OPENAPI_VERSION", "3.0.3")
    app.config.setdefault("OPENAPI_URL_PREFIX", "/api/v1")
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    api = KetnapApi(app, spec_kwargs={"info": {"description": __doc__}})
    api.spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    api.register_blueprint(blp)
    document_audit(api.spec, app)   # the audit blueprint is installed before the API
    document_idempotency(api.spec)


def document_idempotency(spec) -> None:
    """Every POST takes an Idempotency-Key (service/idempotency.py)."""
    spec.components.parameter("IdempotencyKey", "header", {
        "name": "Idempotency-Key", "required": False,
        "description": "Gửi lại cùng khóa và cùng nội dung: nhận lại câu trả lời đầu, không ghi "
                       "thêm. Cùng khóa, nội dung khác: 422.",
        "schema": {"type": "string", "pattern": "^[A-Za-z0-9._~-]{1,128}$"}})
    for item in spec.to_dict()["paths"].values():   # to_dict() hands out the paths themselves
        if "post" in item:
            item["post"].setdefault("parameters", []).append(
                {"$ref": "#/components/parameters/IdempotencyKey"})

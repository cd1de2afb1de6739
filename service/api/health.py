"""GET /api/v1/health: the read side's lag and its last failure (no personal data)."""

from __future__ import annotations

from marshmallow import Schema, fields

from service.api.blueprint import blp, services
from service.health import read_side_health


class FailureSchema(Schema):
    position = fields.Int()
    stream = fields.Str()
    event_type = fields.Str()
    error = fields.Str()
    at = fields.Str(allow_none=True)


class HealthSchema(Schema):
    ok = fields.Bool()
    log_position = fields.Int()
    read_models_position = fields.Int()
    read_models_lag_events = fields.Int()
    read_models_lag_seconds = fields.Float()
    audit_sealed_position = fields.Int()
    audit_seal_lag_events = fields.Int()
    last_failure = fields.Nested(FailureSchema, allow_none=True)


@blp.route("/health", methods=["GET"])
@blp.response(200, HealthSchema)
@blp.doc(security=[{"bearer": []}])
def health():
    """How far the read models and the audit seal are behind the log, and the last failure"""
    return read_side_health(services(), services().store.clock()).as_json()

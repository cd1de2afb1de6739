"""Every refusal in one place, as JSON; none of them stores anything."""

from __future__ import annotations

from werkzeug.exceptions import HTTPException

from domain.errors import (
    AlreadyExists,
    ConcurrentChange,
    InvalidField,
    NotFound,
    NotPermitted,
    RuleViolation,
)
from service.accounts import Forbidden
from service.api.blueprint import blp
from service.documents import MissingFacts, UnknownTemplateField


@blp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    data = getattr(error, "data", None) or {}
    if error.code == 422 and "messages" in data:
        return {"errors": _merge(data["messages"])}, 422
    body = {"error": (error.name or "error").lower().replace(" ", "_"),
            "message": data.get("message") or error.description}
    return body, error.code, data.get("headers", {})


def _merge(messages: dict) -> dict:
    """webargs nests messages by location ({"json": {...}}); clients want them by field."""
    merged: dict = {}
    for per_location in messages.values():
        merged.update(per_location if isinstance(per_location, dict) else
                      {"_schema": per_location})
    return merged


@blp.errorhandler(RuleViolation)
def rule_violation(error: RuleViolation):
    return {"error": "rule_violation", "rule": error.rule_id, "article": error.article,
            "message": error.message, "rule_set": error.rule_set,
            "violations": [{"rule": v.rule_id, "article": v.article, "message": v.message,
                            "override": v.override, "document_needed": v.document_needed}
                           for v in error.violations]}, 409


@blp.errorhandler(NotPermitted)
def not_permitted(error: NotPermitted):
    return {"error": "not_permitted", "field": error.field, "message": error.message}, 403


@blp.errorhandler(InvalidField)
def invalid_field(error: InvalidField):
    return {"errors": {error.field: [error.message]}}, 422


@blp.errorhandler(ConcurrentChange)
@blp.errorhandler(AlreadyExists)
def conflict(error):
    return {"error": "conflict", "message": error.message}, 409


@blp.errorhandler(NotFound)
def not_found(error: NotFound):
    return {"error": "not_found", "message": error.message}, 404


@blp.errorhandler(MissingFacts)
@blp.errorhandler(UnknownTemplateField)
def document_refused(error):
    """A document the record cannot write: the facts it lacks, or the template's field that
    the record does not know (service/documents)."""
    return {"error": error.code, "fields": error.fields, "message": error.message}, 422


@blp.errorhandler(Forbidden)
def forbidden(error: Forbidden):
    return {"error": error.code, "message": str(error)}, 403

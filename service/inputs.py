"""Every request body is bounded and every JSON body well-formed before any view reads it:
a body over MAX_CONTENT_LENGTH (1 MB unless KETNAP_MAX_CONTENT_LENGTH says otherwise) is
refused with 413 before it is read; JSON nested deeper than MAX_DEPTH, or holding a lone
surrogate (which no database can store as UTF-8), with 400. Without this a 150 MB body was
parsed in full, and deep nesting or "\\ud800" answered 500."""

from __future__ import annotations

import json

from flask import Flask, abort, request

MAX_DEPTH = 32          # the deepest command (a plan's targets' quarters) is 4


def install(app: Flask) -> None:
    app.before_request(check_json_body)


def check_json_body() -> None:
    if request.method in ("GET", "HEAD", "OPTIONS") or not request.is_json:
        return
    body = request.get_data(cache=True)      # bounded by MAX_CONTENT_LENGTH (413)
    if not body:
        return
    try:
        document = json.loads(body)
    except RecursionError:
        abort(400, description="JSON lồng quá sâu.")
    except ValueError:
        return                                # the schema's parser says what is wrong (422)
    if reason := _refusal(document):
        abort(400, description=reason)


def _refusal(document) -> str | None:
    """Walks the document without recursion (its depth is what is being checked)."""
    pending = [(document, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > MAX_DEPTH:
            return f"JSON lồng quá sâu (tối đa {MAX_DEPTH} tầng)."
        if isinstance(node, dict):
            pending.extend((key, depth) for key in node)
            pending.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            pending.extend((item, depth + 1) for item in node)
        elif isinstance(node, str) and _has_surrogate(node):
            return "JSON có chuỗi Unicode không hợp lệ (ký tự thay thế đơn lẻ)."
    return None


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False

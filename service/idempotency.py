"""A POST sent twice records once. An API client names its request (`Idempotency-Key`); a
web form carries a one-time key (`form_key`, new at every rendering). The first request with a
key claims it; its answer is kept, and a retry with the same key and the same body gets that
answer again (`Idempotent-Replayed: true`) without running anything; the same key with
another body is refused (422). A retry while the first still runs gets 409; a first that
died (a killed worker) frees its key after STALE, and the retry runs again: the commands
refuse a second identical step (version or stage), and a nomination's new id is derived from
the key, so the retry cannot create a second person; an API retry whose dead first had
stored its event is answered as the first would have been (201), without running again.

Keys are per user and kept for KEPT. The web keeps only redirects (a refused form is shown
again with a new key); nothing is kept of an answer >= 500 (nothing was stored: a fault after
the event was stored is answered as stored, `service/services.py`)."""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import uuid
from datetime import timedelta

from flask import Flask, Response, current_app, g, request
from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from service.accounts import tables as t
from service.accounts.policy import User
from service.accounts.sessions import aware
from service.current import services

HEADER, FORM_FIELD = "Idempotency-Key", "form_key"
KEY = re.compile(r"[\x21-\x7e]{1,128}")
STALE = timedelta(seconds=60)
KEPT = timedelta(hours=24)
log = logging.getLogger(__name__)
NAMESPACE = uuid.UUID("6f1c4a52-43a5-4d5b-9a36-2f3e8c2f7d10")


def install(app: Flask) -> None:
    app.jinja_env.globals["form_key"] = lambda: secrets.token_urlsafe(18)
    app.after_request(remember_answer)


def derived_id(user_id: int, key: str) -> uuid.UUID:
    """The id a keyed request's new candidate gets: the same for every retry."""
    return uuid.uuid5(NAMESPACE, f"{user_id}:{key}")


def current_key() -> tuple[int, str] | None:
    return getattr(g, "request_key", None)


def claim(user: User) -> Response | None:
    """Before a POST view runs: None to run it (the key is claimed, or there is none), or the
    answer to give instead."""
    if request.method != "POST":
        return None
    key = request.headers.get(HEADER) if request.blueprint == "api" else request.form.get(FORM_FIELD)
    if key is None:
        return None
    if not KEY.fullmatch(key):
        return _refusal(400, "invalid_idempotency_key",
                        f"{HEADER}: 1 đến 128 ký tự ASCII in được.")
    digest = hashlib.sha256(b"%s\n%s\n" % (request.path.encode(), request.get_data())
                            ).hexdigest()
    claimed, row = _claim_row(user.id, key, digest)
    if claimed:
        g.request_key = (user.id, key)
        return _stored_by_the_dead_first(user, key, aware(row.created_at)) if row else None
    if row is None or row.status is None and row.request_hash == digest:
        return _refusal(409, "idempotency_in_progress",
                        "Yêu cầu với khóa này đang được xử lý; hãy thử lại sau giây lát.")
    if row.request_hash != digest:
        return _refusal(422, "idempotency_key_reused",
                        "Khóa này đã dùng cho một yêu cầu khác; hãy dùng khóa mới.")
    replayed = Response(row.body or "", status=row.status, content_type=row.content_type)
    if row.location:
        replayed.headers["Location"] = row.location
    replayed.headers["Idempotent-Replayed"] = "true"
    return replayed


def _claim_row(user_id: int, key: str, digest: str):
    """(claimed, the row found): a new key is claimed by inserting it, a dead first's by
    moving its time (both atomic); otherwise the row of the first, to answer from."""
    engine, now = _engine(), _now()
    c = t.request_keys.c
    mine = (c.user_id == user_id) & (c.key == key)
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    with engine.begin() as conn:
        conn.execute(delete(t.request_keys).where(c.created_at < now - KEPT))
        if conn.execute(dialect.insert(t.request_keys).values(
                user_id=user_id, key=key, request_hash=digest, created_at=now)
                .on_conflict_do_nothing().returning(c.key)).first() is not None:
            return True, None
        row = conn.execute(select(t.request_keys).where(mine)).first()
        if row is not None and _dead(row, digest, now):
            return conn.execute(update(t.request_keys).where(
                mine, c.created_at == row.created_at).values(created_at=now)).rowcount == 1, row
    return False, row


def _dead(row, digest: str, now) -> bool:
    return (row.request_hash == digest and row.status is None
            and aware(row.created_at) < now - STALE)


def _stored_by_the_dead_first(user: User, key: str, since) -> Response | None:
    """An API retry after a first that died: if that first had stored the candidate's event
    (nominated under the id derived from the key, or a step on the candidate of the path),
    the answer says so, as the first would have; otherwise None, and the request runs."""
    if request.blueprint != "api":
        return None
    store = services().store
    candidate_id = (request.view_args or {}).get("candidate_id") or derived_id(user.id, key)
    mine = [e for e in store.stream(candidate_id)
            if e.actor == user.username and aware(e.timestamp) >= since]
    if not mine:
        return None
    stage = store.candidate(candidate_id).stage.value
    version = mine[-1].originator_version    # `position`: its deprecated name (RecordedSchema)
    return Response(_json({"id": str(candidate_id), "stage": stage, "version": version,
                           "position": version}),
                    status=201, content_type="application/json")


def remember_answer(response: Response) -> Response:
    """After the view: keep the answer for the retries, or free the key."""
    claimed = current_key()
    if claimed is None:
        return response
    g.request_key = None
    c = t.request_keys.c
    mine = (c.user_id == claimed[0]) & (c.key == claimed[1])
    keep = response.status_code < 500 and (request.blueprint == "api"
                                            or 300 <= response.status_code < 400)
    try:
        with _engine().begin() as conn:
            if keep:
                conn.execute(update(t.request_keys).where(mine).values(
                    status=response.status_code, location=response.headers.get("Location"),
                    content_type=response.content_type,
                    body=response.get_data(as_text=True)))
            else:
                conn.execute(delete(t.request_keys).where(mine))
    except Exception:  # noqa: BLE001 - the command's answer stands (a full disk, say): a
        # retry finds the key in progress, then after STALE runs again and is refused
        log.exception("the answer to a keyed request could not be kept")
    return response


def _refusal(status: int, code: str, message: str):
    if request.blueprint == "api":
        return Response(_json({"error": code, "message": message}), status=status,
                        content_type="application/json")
    from service.errorpages import page
    body, status, headers = page(status, message)
    return Response(body, status=status, headers=headers)


def _json(value) -> str:
    import json
    return json.dumps(value, ensure_ascii=False)


def _engine():
    return current_app.extensions["ketnap_accounts"].engine


def _now():
    return current_app.extensions["ketnap_accounts"].clock()

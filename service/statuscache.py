"""A per-process cache of the plan-status views (the API's JSON, the page's status block).

A plan's status is a function of the read models and of today's date (quarters reached,
deadlines), and the read models change only when their position moves
(`projections.runner`). So an entry is keyed by (view, plan) and holds the position and the
date it was computed at: a request asks the database for the position alone and computes the
status again only when the position or the date differs. A command in this worker, another
worker, the CLI or the projection follower all move the position, so every worker sees their
changes on its next request. On PostgreSQL the position announces its own moves (a trigger
sends NOTIFY, migration 1810): each worker listens on one connection and asks for the
position only after a notification or a commit of its own, so a cached status costs no
round trip; a move made elsewhere shows as soon as PostgreSQL delivers the notification
(within milliseconds). Entries older than MAX_AGE seconds are also computed again, so
that a `projections rebuild` that rewrote rows without moving the position (a fixed
projection) shows within that time. Only what every reader of the plan sees is cached; the
caller checks the user's right to read the cell on every request, and renders per user what
is per user (menu, name, CSRF token).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import psycopg
from flask import Flask, Response, current_app, request
from psycopg import pq
from sqlalchemy import Engine, event

from projections import queries
from projections.runner import NAME
from projections.tables import projection_positions
from service.caches import lru, ttl
from service.current import services, services_of

MAX_AGE = 60.0       # seconds an entry is trusted without a moved position
PREPARED = b"ketnap_read_model_position"
CHANNEL = "ketnap_read_models"            # migration 1810's trigger notifies it
TRIGGER = "ketnap_read_models_moved"
MAX_ENTRIES = 1024   # (view, plan) pairs kept per process, least recently used dropped


class PositionProbe:
    """The read models' position in one round trip, on autocommit DBAPI connections kept
    open: a pooled SQLAlchemy connection would add a pre-ping, BEGIN and ROLLBACK, three round
    trips more than the query itself. Connections are taken from the engine's pool, detached
    from it, and closed when the engine is disposed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sql = (f"SELECT position FROM {projection_positions.name} "
                    f"WHERE projection = '{NAME}'")
        self.postgres = engine.dialect.name == "postgresql"
        self._idle: list = []
        self._lock = threading.Lock()
        self._listener: tuple[int, object] | None = None   # (pid, connection) that LISTENs
        self._inherited: list = []       # a parent's listener: kept, never closed from here
        self._cannot_listen = False
        self._known: tuple[int, int] | None = None           # (position, own moves then)
        self._moves = 0
        event.listen(engine, "engine_disposed", self.close)
        if self.postgres:
            event.listen(engine, "commit", self._moved_here)

    def __call__(self) -> int:
        if self.postgres:
            with self._lock:
                watched = self._watched()
            if watched is not None:
                return watched
        return self._asked()

    def _asked(self) -> int:
        # one retry written out, not tenacity: this runs on every status request, and a
        # Retrying call costs about as much as the query itself
        try:
            return self._read_once()
        except Exception:  # noqa: BLE001 - e.g. the server restarted: once more, fresh
            return self._read_once()

    def _read_once(self) -> int:
        conn = self._checkout()
        try:
            found = self._read(conn)
        except Exception:
            _close(conn)              # a broken connection is never handed out again
            raise
        with self._lock:
            self._idle.append(conn)
        return found

    # --- PostgreSQL: told of moves, not asking each time ---------------------------------

    def _moved_here(self, *_args) -> None:
        """A commit of this process (a catch-up inline, a command): ask at the next request,
        without waiting for the notification to come back."""
        self._moves += 1

    def _watched(self) -> int | None:
        """The position read after the last notification (or own commit), read again when
        one came; None when this process cannot listen (then it asks every time)."""
        conn = self._listening()
        if conn is None:
            return None
        try:
            pgconn = conn.pgconn
            pgconn.consume_input()            # what the server sent meanwhile; never waits
            while pgconn.notifies() is not None:
                self._known = None
            moves = self._moves
            if self._known is None or self._known[1] != moves:
                self._known = (self._read(conn), moves)
            return self._known[0]
        except Exception:                     # the connection broke: listen again next time
            self._stop_listening()
            return None

    def _listening(self):
        if self._listener is not None and self._listener[0] == os.getpid():
            return self._listener[1]
        if self._listener is not None:        # a forked child: the parent's socket, not ours
            self._inherited.append(self._listener[1])
            self._listener = None
        if self._cannot_listen:
            return None
        conn = self._connect()
        if not _has_trigger(conn):            # a database before migration 1810
            self._cannot_listen = True
            _close(conn)
            return None
        conn.execute(f"LISTEN {CHANNEL}")
        self._listener, self._known = (os.getpid(), conn), None
        return conn

    def _stop_listening(self) -> None:
        if self._listener is not None:
            _close(self._listener[1])
        self._listener, self._known = None, None

    def _read(self, conn) -> int:
        if self.postgres:
            # libpq's own prepared statement: psycopg's cursor machinery costs more client
            # CPU than the round trip itself
            result = conn.pgconn.exec_prepared(PREPARED, None)
            if result.status != pq.ExecStatus.TUPLES_OK:
                raise psycopg.OperationalError(result.error_message.decode(errors="replace"))
            return int(result.get_value(0, 0)) if result.ntuples else 0
        cursor = conn.cursor()
        try:
            cursor.execute(self.sql)
            row = cursor.fetchone()
        finally:
            cursor.close()
        return row[0] if row else 0

    def _checkout(self):
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._connect()

    def _connect(self):
        pooled = self.engine.raw_connection()
        conn = pooled.driver_connection
        pooled.detach()                   # not counted against (nor returned to) the pool
        if not self.postgres:
            conn.isolation_level = None   # no implicit BEGIN
            return conn
        conn.autocommit = True
        prepared = conn.pgconn.prepare(PREPARED, self.sql.encode())
        if prepared.status != pq.ExecStatus.COMMAND_OK:
            _close(conn)
            raise psycopg.OperationalError(prepared.error_message.decode(errors="replace"))
        return conn

    def close(self, *_args) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            if self._listener is not None and self._listener[0] == os.getpid():
                idle.append(self._listener[1])
            self._listener, self._known = None, None
        for conn in idle:
            _close(conn)


def _has_trigger(conn) -> bool:
    return conn.execute("SELECT 1 FROM pg_trigger WHERE tgname = %s",
                        (TRIGGER,)).fetchone() is not None


def _close(conn) -> None:
    with contextlib.suppress(Exception):   # already broken: nothing left to release
        conn.close()


@dataclass(frozen=True)
class Entry:
    position: int
    today: date
    cell_code: str       # the caller checks the user may read this cell
    value: object        # the view's product (JSON bytes, a rendered block, ...)
    etag: str            # a hash of the product


class StatusCache:
    def __init__(self, engine: Engine, clock: Callable[[], float] = time.monotonic,
                 max_age: float = MAX_AGE) -> None:
        self.position = PositionProbe(engine)
        self.clock = clock
        self.entries = ttl(MAX_ENTRIES, max_age, lambda: self.clock())
        self.pages = lru(MAX_ENTRIES)   # whole pages of one session, keyed by their ETag

    def get(self, view: str, plan_id: Hashable, today: date,
            compute: Callable[[], tuple[str, object, bytes] | None]) -> Entry | None:
        """The cached entry, or compute() → (cell_code, value, bytes to hash) or None when
        there is no such plan (not cached: adopting it moves the position anyway)."""
        position, key = self.position(), (view, plan_id)
        found = self.entries.get(key)
        if found and found.position == position and found.today == today:
            return found
        made = compute()
        if made is None:
            return None
        cell_code, value, content = made
        # computed at `position` or later: a later position is never answered from it
        entry = Entry(position, today, cell_code, value, digest(content))
        self.entries.put(key, entry)
        return entry


def digest(content: bytes) -> str:
    return hashlib.blake2b(content, digest_size=12).hexdigest()


def install(app: Flask) -> None:
    app.extensions["ketnap_status_cache"] = StatusCache(services_of(app).engine)


def status_cache() -> StatusCache:
    return current_app.extensions["ketnap_status_cache"]


def plan_status(view: str, plan_id: UUID,
                render: Callable[[queries.PlanStatus], tuple[object, bytes]]) -> Entry | None:
    """The plan's status as of today through `render` (→ value, bytes to hash), cached for
    `view`; None when there is no such plan."""
    engine, today = services().engine, services().store.today()

    def compute():
        status = queries.plan_status(engine, plan_id, today)
        return None if status is None else (status.cell_code, *render(status))
    return status_cache().get(view, plan_id, today, compute)


REVALIDATED = "private, no-cache"   # service/headers.py leaves it; other answers get no-store


def revalidated(response: Response, etag: str | None) -> Response:
    """A status view may change with any command: a client asks again every time (the ETag
    makes that cheap), and no shared cache keeps one user's answer."""
    if etag:
        response.set_etag(etag)
    response.headers["Cache-Control"] = REVALIDATED
    return response


def not_modified(etag: str) -> Response | None:
    """The 304 answer when the request's If-None-Match holds this tag (Werkzeug's
    `make_conditional` decides), else None: asked before the body is made, so a revalidated
    page is never rendered."""
    response = revalidated(Response(), etag).make_conditional(request)
    return response if response.status_code == 304 else None

"""Login sessions kept on the server: the browser holds a random key, the database its hash.

A session ends when its row is deleted: at logout, when the user's password changes, when
the user is disabled, after IDLE without a request and at the latest LIFETIME after login.
Every worker sees the same rows; a worker remembers a session it checked for at most
KNOWN_FOR seconds (as it does a user), so the worker that ended it refuses it at once and
every other within that bound."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update

from service.accounts import tables as t
from service.caches import ttl

IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)
TOUCH_EVERY = timedelta(minutes=1)   # last_seen is written at most this often (a write per
                                     # request would cost every page a transaction)
KNOWN_FOR = 10.0   # seconds a checked session, user or API token is trusted without asking the
                   # database: one ended or disabled elsewhere is refused within this time
KNOWN_MAX = 4096


def key_hash(key: str) -> str:
    """Keys are 256 random bits: a plain SHA-256 keeps a stolen table from being replayed."""
    return hashlib.sha256(key.encode()).hexdigest()


class Sessions:
    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 idle: timedelta = IDLE, lifetime: timedelta = LIFETIME,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.engine, self.clock, self.monotonic = engine, clock, monotonic
        self.idle, self.lifetime = idle, lifetime
        # key hash → user id, trusted for KNOWN_FOR seconds
        self._known = ttl(KNOWN_MAX, KNOWN_FOR, lambda: self.monotonic())

    def open(self, user_id: int) -> str:
        """A new session for a user who just proved who they are; the key goes in the cookie."""
        key = secrets.token_urlsafe(32)
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(insert(t.sessions).values(key_hash=key_hash(key), user_id=user_id,
                                                   created_at=now, last_seen_at=now))
        return key

    def user_id(self, key: str) -> int | None:
        """The user whose live session this is, or None (unknown, ended or timed out)."""
        digest = key_hash(key)
        known = self._known.get(digest)
        if known is not None:
            return known
        found = self._check(digest)
        if found is not None:
            self._known.put(digest, found)
        return found

    def _check(self, digest: str) -> int | None:
        now = self.clock()
        with self.engine.connect() as conn:
            row = conn.execute(select(t.sessions).where(t.sessions.c.key_hash == digest)).first()
        if row is None:
            return None
        seen, created = aware(row.last_seen_at), aware(row.created_at)
        if now - seen > self.idle or now - created > self.lifetime:
            self._delete(t.sessions.c.key_hash == digest)
            return None
        if now - seen >= TOUCH_EVERY:
            with self.engine.begin() as conn:
                conn.execute(update(t.sessions).where(t.sessions.c.key_hash == digest)
                             .values(last_seen_at=now))
        return row.user_id

    def end(self, key: str) -> None:
        """Logout: this session only."""
        digest = key_hash(key)
        self._known.pop(digest)
        self._delete(t.sessions.c.key_hash == digest)

    def end_all(self, user_id: int) -> None:
        """Password changed, user disabled: every session of the user, on every device."""
        for digest, uid in self._known.items():
            if uid == user_id:
                self._known.pop(digest)
        self._delete(t.sessions.c.user_id == user_id)

    def count(self, user_id: int) -> int:
        with self.engine.connect() as conn:
            return len(conn.execute(select(t.sessions.c.key_hash)
                                    .where(t.sessions.c.user_id == user_id)).all())

    def _delete(self, where) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.sessions).where(where))


def aware(moment: datetime) -> datetime:
    """SQLite gives naive datetimes back; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

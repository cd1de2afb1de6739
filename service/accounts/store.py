"""Accounts in SQL: add users, check passwords (argon2) with a backoff, issue API tokens."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select, update

from service.accounts import tables as t
from service.accounts.policy import User, check_roles
from service.lru import Lru

FREE_ATTEMPTS = 3          # failures before the backoff starts
MAX_WAIT = 15 * 60         # seconds
KNOWN_FOR = 10.0           # seconds a verified session user or API token is trusted without
                           # asking the database: a disabled user or deleted token is refused
                           # within this time by every worker
KNOWN_MAX = 4096           # verified entries kept per process


class LoginThrottled(Exception):
    def __init__(self, wait_seconds: int) -> None:
        super().__init__(f"Đăng nhập sai nhiều lần; hãy thử lại sau {wait_seconds} giây.")
        self.wait_seconds = wait_seconds


def token_hash(token: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough to keep them unusable at rest."""
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts:
    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 hasher: PasswordHasher | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.engine, self.clock, self.monotonic = engine, clock, monotonic
        self.hasher = hasher or PasswordHasher()
        self._dummy = self.hasher.hash("not a password")
        self._known = Lru(KNOWN_MAX)   # (kind, key) → (verified at, user), for every request

    def add_user(self, username: str, password: str, role: str, cells: list[str]) -> User:
        check_roles(role, cells)
        if len(password) < 8:
            raise ValueError("Mật khẩu cần ít nhất 8 ký tự.")
        with self.engine.begin() as conn:
            row_id = conn.execute(insert(t.users).values(
                username=username, password_hash=self.hasher.hash(password), role=role,
                cells=" ".join(cells), active=True, created_at=self.clock())).inserted_primary_key[0]
        return User(row_id, username, role, tuple(cells))

    def user(self, user_id: int) -> User | None:
        """The active user of a session (checked against the database every KNOWN_FOR s)."""
        return self._remembered(("uid", user_id), lambda: self._one(t.users.c.id == user_id))

    def by_name(self, username: str) -> User | None:
        return self._one(t.users.c.username == username)

    def users(self) -> list[User]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.users).order_by(t.users.c.username)).all()
        return [_user(r) for r in rows]

    def _one(self, where) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(where, t.users.c.active)).first()
        return _user(row) if row else None

    def authenticate(self, username: str, password: str, address: str) -> User | None:
        """The user, or None; raises LoginThrottled while the backoff for (name, address) runs."""
        self._check_backoff(username, address)
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username,
                                                     t.users.c.active)).first()
        if not self._verify(row.password_hash if row else self._dummy, password) or not row:
            self._record_failure(username, address)
            return None
        self._forget_failures(username, address)
        return _user(row)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def _check_backoff(self, username: str, address: str) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.login_failures).where(
                t.login_failures.c.username == username,
                t.login_failures.c.address == address)).first()
        if row is None or row.failures < FREE_ATTEMPTS:
            return
        wait = min(2 ** (row.failures - FREE_ATTEMPTS), MAX_WAIT)
        last = _aware(row.last_failed_at)
        remaining = (last + timedelta(seconds=wait) - self.clock()).total_seconds()
        if remaining > 0:
            raise LoginThrottled(int(remaining) + 1)

    def _record_failure(self, username: str, address: str) -> None:
        key = (t.login_failures.c.username == username) & (t.login_failures.c.address == address)
        with self.engine.begin() as conn:
            done = conn.execute(update(t.login_failures).where(key).values(
                failures=t.login_failures.c.failures + 1, last_failed_at=self.clock()))
            if not done.rowcount:
                conn.execute(insert(t.login_failures).values(
                    username=username, address=address, failures=1,
                    last_failed_at=self.clock()))

    def _forget_failures(self, username: str, address: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.login_failures).where(
                t.login_failures.c.username == username,
                t.login_failures.c.address == address))

    def issue_token(self, username: str) -> str:
        user = self.by_name(username)
        if user is None:
            raise LookupError(f"Không có người dùng {username}.")
        token = "ktn_" + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(insert(t.tokens).values(user_id=user.id, token_hash=token_hash(token),
                                                 created_at=self.clock()))
        return token

    def user_for_token(self, token: str) -> User | None:
        """The active user an API token belongs to (checked every KNOWN_FOR s)."""
        digest = token_hash(token)
        return self._remembered(("token", digest), lambda: self._token_user(digest))

    def _token_user(self, digest: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).join(t.tokens).where(
                t.tokens.c.token_hash == digest, t.users.c.active)).first()
        return _user(row) if row else None

    def _remembered(self, key: tuple, look_up: Callable[[], User | None]) -> User | None:
        """Only found users are kept (a wrong token is looked up every time), and only for
        KNOWN_FOR seconds: the bound on how long a disabled account keeps working."""
        now = self.monotonic()
        known = self._known.get(key)
        if known and now - known[0] < KNOWN_FOR:
            return known[1]
        found = look_up()
        if found is None:
            self._known.pop(key)
        else:
            self._known.put(key, (now, found))
        return found


def _user(row) -> User:
    return User(row.id, row.username, row.role, tuple(row.cells.split()))


def _aware(moment: datetime) -> datetime:
    """SQLite gives naive datetimes back; they were written in UTC."""
    from datetime import UTC
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

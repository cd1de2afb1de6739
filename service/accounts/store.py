"""Accounts in SQL: users and their life cycle, passwords (argon2) checked with a backoff,
API tokens with an expiry, login sessions (`sessions.py`)."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, insert, or_, select, update

from service.accounts import tables as t
from service.accounts.passwords import check_password, check_username
from service.accounts.policy import DECISIONS, CellSuperiors, User, check_roles
from service.accounts.sessions import KNOWN_FOR, Sessions, aware
from service.accounts.throttle import Throttle
from service.caches import ttl

KNOWN_MAX = 4096           # verified entries kept per process
TOKEN_DAYS = 90            # an API token's lifetime unless another is asked for
MAX_TOKEN_DAYS = 366


def token_hash(token: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough to keep them unusable at rest."""
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts:
    def __init__(self, engine: Engine, clock: Callable[[], datetime],
                 hasher: PasswordHasher | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 cell_exists: Callable[[str], bool] | None = None,
                 superiors: CellSuperiors | None = None) -> None:
        self.engine, self.clock, self.monotonic = engine, clock, monotonic
        self.superiors = superiors   # a committee user's reach is read from the cells' log
        self.hasher = hasher or PasswordHasher()
        self.cell_exists = cell_exists or (lambda _code: True)
        self._dummy = self.hasher.hash("not a password")
        # (kind, key) → user, for every request; trusted for KNOWN_FOR seconds
        self._known = ttl(KNOWN_MAX, KNOWN_FOR, lambda: self.monotonic())
        self.sessions = Sessions(engine, clock, monotonic=lambda: self.monotonic())
        self.throttle = Throttle(engine, clock)

    # --- the life cycle of a user ---------------------------------------------------------------

    def add_user(self, username: str, password: str, role: str, cells: list[str],
                 body: str = "") -> User:
        """A secretary names her cell; a committee user names its body (issue 14)."""
        check_username(username)
        body = _body(role, body)
        self._check_cells(role, cells, body)
        check_password(password, username)
        with self.engine.begin() as conn:
            row_id = conn.execute(insert(t.users).values(
                username=username, password_hash=self.hasher.hash(password), role=role,
                cells=" ".join(cells), body=body, active=True,
                created_at=self.clock())).inserted_primary_key[0]
        return User(row_id, username, role, tuple(cells), body, self.superiors)

    def _check_cells(self, role: str, cells: list[str], body: str = "") -> None:
        check_roles(role, cells, body)
        unknown = [code for code in cells if not self.cell_exists(code)]
        if unknown:
            raise ValueError(f"Chưa có chi bộ mã {', '.join(unknown)} (ketnap cell add).")

    def set_password(self, username: str, password: str) -> None:
        """A new password ends every session of the user (a thief's too)."""
        check_password(password, username)
        user_id = self._change(username, password_hash=self.hasher.hash(password))
        self.sessions.end_all(user_id)

    def set_role(self, username: str, role: str, cells: list[str], body: str = "") -> None:
        """A new role, cells or body: the user logs in again under them."""
        body = _body(role, body)
        self._check_cells(role, cells, body)
        self.sessions.end_all(self._change(username, role=role, cells=" ".join(cells),
                                           body=body))

    def disable(self, username: str) -> None:
        """No login, no session, no token: sessions are ended and tokens revoked for good, so
        enabling the user again brings none of them back."""
        user_id = self._change(username, active=False)
        self.sessions.end_all(user_id)
        self.revoke_tokens(username)

    def enable(self, username: str) -> None:
        self._change(username, active=True)

    def _change(self, username: str, **values) -> int:
        with self.engine.begin() as conn:
            row = conn.execute(update(t.users).where(t.users.c.username == username)
                               .values(**values).returning(t.users.c.id)).first()
        if row is None:
            raise LookupError(f"Không có người dùng {username}.")
        self._forget_user(row.id)
        return row.id

    def _forget_user(self, user_id: int) -> None:
        """This worker stops trusting what it remembered of the user at once (the others
        within KNOWN_FOR)."""
        for key, user in self._known.items():
            if user.id == user_id:
                self._known.pop(key)

    # --- reading users --------------------------------------------------------------------------

    def user(self, user_id: int) -> User | None:
        """The active user of a session (checked against the database every KNOWN_FOR s)."""
        return self._remembered(("uid", user_id), lambda: self._one(t.users.c.id == user_id))

    def by_name(self, username: str) -> User | None:
        return self._one(t.users.c.username == username)

    def users(self) -> list[UserRow]:
        """Every user, active or not, for the admin."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.users).order_by(t.users.c.username)).all()
        return [UserRow(self._user(r), bool(r.active), aware(r.created_at)) for r in rows]

    def _one(self, where) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(where, t.users.c.active)).first()
        return self._user(row) if row else None

    def _user(self, row) -> User:
        return User(row.id, row.username, row.role, tuple(row.cells.split()), row.body or "",
                    self.superiors)

    # --- login ----------------------------------------------------------------------------------

    def authenticate(self, username: str, password: str, address: str) -> User | None:
        """The user, or None; raises LoginThrottled while the user's or the address's backoff
        runs (throttle.py)."""
        self.throttle.claim(username, address)   # counted as a failure until it succeeds
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username,
                                                     t.users.c.active)).first()
        if not self._verify(row.password_hash if row else self._dummy, password) or not row:
            return None
        self.throttle.forget(username, address)
        return self._user(row)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    # --- API tokens -----------------------------------------------------------------------------

    def issue_token(self, username: str, name: str = "", days: int = TOKEN_DAYS) -> str:
        """A new token, valid for `days` from now; only its hash is kept."""
        user = self.by_name(username)
        if user is None:
            raise LookupError(f"Không có người dùng {username} (hoặc đã bị khóa).")
        if not 1 <= days <= MAX_TOKEN_DAYS:
            raise ValueError(f"Thời hạn mã truy cập từ 1 đến {MAX_TOKEN_DAYS} ngày.")
        token = "ktn_" + secrets.token_urlsafe(32)
        now = self.clock()
        with self.engine.begin() as conn:
            conn.execute(insert(t.tokens).values(
                user_id=user.id, token_hash=token_hash(token), created_at=now, name=name[:64],
                expires_at=now + timedelta(days=days)))
        return token

    def tokens(self, username: str) -> list[TokenRow]:
        """The user's tokens, newest first (never the token itself: only its hash is kept)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.tokens).join(t.users).where(
                t.users.c.username == username).order_by(t.tokens.c.id.desc())).all()
        return [TokenRow(r.id, r.name, aware(r.created_at), _maybe_aware(r.expires_at),
                         _maybe_aware(r.last_used_at), _maybe_aware(r.revoked_at))
                for r in rows]

    def revoke_token(self, username: str, token_id: int) -> bool:
        return self._revoke((t.tokens.c.id == token_id) & self._owned_by(username))

    def revoke_tokens(self, username: str) -> bool:
        return self._revoke(self._owned_by(username))

    @staticmethod
    def _owned_by(username: str):
        return t.tokens.c.user_id.in_(select(t.users.c.id).where(t.users.c.username == username))

    def _revoke(self, where) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(update(t.tokens).where(where, t.tokens.c.revoked_at.is_(None))
                                .values(revoked_at=self.clock()).returning(t.tokens.c.token_hash))
            digests = [row.token_hash for row in done]
        for digest in digests:
            self._known.pop(("token", digest))
        return bool(digests)

    def user_for_token(self, token: str) -> User | None:
        """The active user a live API token belongs to (checked every KNOWN_FOR s)."""
        digest = token_hash(token)
        return self._remembered(("token", digest), lambda: self._token_user(digest))

    def _token_user(self, digest: str) -> User | None:
        now = self.clock()
        live = (t.tokens.c.token_hash == digest, t.users.c.active, t.tokens.c.revoked_at.is_(None),
                or_(t.tokens.c.expires_at.is_(None), t.tokens.c.expires_at > now))
        with self.engine.begin() as conn:
            row = conn.execute(select(t.users).join(t.tokens).where(*live)).first()
            if row is not None:   # once per KNOWN_FOR at most: the remembered user skips this
                conn.execute(update(t.tokens).where(t.tokens.c.token_hash == digest)
                             .values(last_used_at=now))
        return self._user(row) if row else None

    def _remembered(self, key: tuple, look_up: Callable[[], User | None]) -> User | None:
        """Only found users are kept (a wrong token is looked up every time), and only for
        KNOWN_FOR seconds: the bound on how long a disabled account keeps working."""
        known = self._known.get(key)
        if known is not None:
            return known
        found = look_up()
        if found is not None:
            self._known.put(key, found)
        return found


@dataclass(frozen=True)
class UserRow:
    user: User
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class TokenRow:
    id: int
    name: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None
    revoked_at: datetime | None

    def live(self, now: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)


def _body(role: str, body: str) -> str:
    """Only a committee user has a body; its spacing is tidied (reach ignores case)."""
    return " ".join(body.split()) if role == DECISIONS else ""


def _maybe_aware(moment: datetime | None) -> datetime | None:
    return aware(moment) if moment else None

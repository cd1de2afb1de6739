"""Account tables: users (argon2 password hashes), API tokens (only their SHA-256 hashes, with
a name, an expiry, the last use and a revocation), login sessions (only their keys' SHA-256)
and failed-login counters (per username and address) for the login backoff."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

users = Table(
    "accounts_users", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("cells", String(255), nullable=False, default=""),
    Column("body", String(300), nullable=False, default=""),   # a committee user's (issue 14)
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

tokens = Table(
    "accounts_tokens", metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("accounts_users.id", ondelete="CASCADE"),
           nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("name", String(64), nullable=False, default=""),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("last_used_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

# A login session: the cookie carries a random key, the server keeps only its SHA-256, so
# ending a session (logout, password change, disabled user, timeout) is deleting its row.
sessions = Table(
    "accounts_sessions", metadata,
    Column("key_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("accounts_users.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
)

login_failures = Table(
    "accounts_login_failures", metadata,
    Column("username", String(64), primary_key=True),
    Column("address", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failed_at", DateTime(timezone=True), nullable=False),
    # seconds since the epoch: compared and computed in SQL alike on SQLite and PostgreSQL
    Column("blocked_until", Float, nullable=False, default=0.0),
)

# The first answer to a POST that carried a key (the API's Idempotency-Key header, a web
# form's one-time form_key): a retry with the same key gets it again and records nothing.
request_keys = Table(
    "accounts_request_keys", metadata,
    Column("user_id", Integer, ForeignKey("accounts_users.id", ondelete="CASCADE"),
           primary_key=True),
    Column("key", String(128), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("status", Integer, nullable=True),          # None: the first is still running
    Column("location", String(2048), nullable=True),
    Column("content_type", String(128), nullable=True),
    Column("body", Text, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
)

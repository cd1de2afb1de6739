"""Settings come from the environment (KETNAP_*), with safe defaults for one machine."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url


def instance_path() -> str | None:
    """KETNAP_INSTANCE_PATH: the instance folder (default SQLite file, session key); unset,
    `instance/` beside the code."""
    value = os.environ.get("KETNAP_INSTANCE_PATH")
    return str(Path(value).resolve()) if value else None


def database_url(instance_path: str) -> str:
    """KETNAP_DATABASE_URL, or an SQLite file in the instance folder."""
    url = os.environ.get("KETNAP_DATABASE_URL")
    if url:
        return url
    private_folder(instance_path)
    return f"sqlite:///{Path(instance_path, 'ketnap.sqlite').resolve()}"


def private_folder(path: str) -> Path:
    """The instance folder: its owner's only (0700), created so or narrowed."""
    folder = Path(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def secret_key(instance_path: str) -> str:
    """KETNAP_SECRET_KEY, or a random key kept in the instance folder (never in the repo)."""
    key = os.environ.get("KETNAP_SECRET_KEY")
    if key:
        return key
    path = private_folder(instance_path) / "secret_key"
    if not path.exists():   # created 0600 at once: never readable by others, not even briefly
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
            out.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def audit_key_file(configured: str | None = None) -> str | None:
    """KETNAP_AUDIT_KEY_FILE: the checkpoint signing key's path. It belongs outside the
    instance folder and outside the database's backups (a thief of both could re-sign a
    rewritten log); unset, the key is kept in the instance folder (one machine, `make run`).
    KETNAP_AUDIT_KEY is its older name."""
    return (configured or os.environ.get("KETNAP_AUDIT_KEY_FILE")
            or os.environ.get("KETNAP_AUDIT_KEY"))


def sqlalchemy_url(url: str) -> str:
    """The read models use the same database; psycopg 3 is the PostgreSQL driver."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def report_place() -> str:
    """The place written before the date in a report's header (e.g. "Việt Yên")."""
    return os.environ.get("KETNAP_REPORT_PLACE", "")


def timezone() -> str:
    """KETNAP_TIMEZONE: the IANA zone whose calendar day is "today" (Asia/Ho_Chi_Minh); only a
    deployment serving cells outside Việt Nam changes it."""
    from domain.clock import DEFAULT_ZONE
    return os.environ.get("KETNAP_TIMEZONE") or DEFAULT_ZONE


def proxy_hops() -> int:
    """KETNAP_PROXY_HOPS: how many reverse proxies (TLS terminators) stand in front of the app."""
    value = os.environ.get("KETNAP_PROXY_HOPS", "0")
    return int(value) if value.isdigit() else 0


def session_idle_minutes() -> float:
    """KETNAP_SESSION_IDLE_MINUTES: a login ends after this long without a request (30)."""
    return _positive("KETNAP_SESSION_IDLE_MINUTES", 30)


def session_hours() -> float:
    """KETNAP_SESSION_HOURS: a login ends this long after it began, however busy (12)."""
    return _positive("KETNAP_SESSION_HOURS", 12)


def max_content_length() -> int:
    """KETNAP_MAX_CONTENT_LENGTH: the largest request body in bytes (1 MB); larger is 413."""
    return int(_positive("KETNAP_MAX_CONTENT_LENGTH", 1024 * 1024))


def _positive(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        number = 0
    if not number > 0:
        raise ValueError(f"{name} must be a positive number: {value!r}")
    return number


def read_side() -> str:
    """KETNAP_READ_SIDE: `inline` (default; each request brings the read models up to date)
    or `follower` (web workers only record; `ketnap projections follow` does the rest)."""
    return os.environ.get("KETNAP_READ_SIDE", "inline")

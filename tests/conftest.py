"""Shared fixtures: every integration test runs on SQLite and on PostgreSQL.

PostgreSQL is the server this machine kind starts on 127.0.0.1:5432 (trust auth, database
`test`). Each test gets a database of its own, dropped afterwards. Where CI=true a missing
server fails the test; elsewhere it is skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime

import pytest

PG_ADMIN_URL = os.environ.get("KETNAP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
FIXED_NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def _pg_admin():
    import psycopg
    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)


def _postgres_database() -> str:
    try:
        admin = _pg_admin()
    except Exception as error:  # noqa: BLE001 - any failure to connect means "no server"
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI and is not reachable: {error}")
        pytest.skip(f"PostgreSQL not reachable: {error}")
    name = f"ketnap_t_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return name


def _drop_postgres_database(name: str) -> None:
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_url(name: str) -> str:
    from sqlalchemy.engine import make_url
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/ketnap.sqlite"
        return
    name = _postgres_database()
    yield pg_url(name)
    _drop_postgres_database(name)


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database, for what only PostgreSQL has."""
    name = _postgres_database()
    yield pg_url(name)
    _drop_postgres_database(name)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path}/ketnap.sqlite"


@pytest.fixture
def services(database_url):
    """Services on a migrated database, with the clock fixed at FIXED_NOW."""
    from migrations import upgrade
    from service.config import sqlalchemy_url
    from service.services import Services

    upgrade(sqlalchemy_url(database_url))
    svc = Services(database_url, clock=lambda: FIXED_NOW)
    yield svc
    svc.close()


@pytest.fixture
def app(database_url, tmp_path):
    from service import create_app

    flask_app = create_app({
        "TESTING": True,
        "KETNAP_DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret",
        "KETNAP_CLOCK": lambda: FIXED_NOW,
    })
    yield flask_app
    flask_app.extensions["ketnap"].close()

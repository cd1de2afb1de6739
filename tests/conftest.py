"""Shared fixtures: every integration test runs on SQLite and on PostgreSQL.

PostgreSQL is the server this machine kind starts on 127.0.0.1:5432 (trust auth, database
`test`). Each test gets a database of its own, dropped afterwards. Where CI=true a missing
server fails the test; elsewhere it is skipped with the reason.

Running every migration costs about half a second per database, and most tests want a
migrated one: so the migrations run once per session into a template (on PostgreSQL a
template database, on SQLite a pair of files), and each test that is going to migrate gets a
copy of it instead. A test gets a copy when it uses one of the fixtures that migrate
(`MIGRATING_FIXTURES`); every other test, among them those that test the migrations
themselves, still gets an empty database.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import queue
import shutil
import sqlite3
import tempfile
import threading
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

PG_ADMIN_URL = os.environ.get("KETNAP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
FIXED_NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent

# The fixtures that migrate the database they are given, before anything else uses it: a test
# using one of them gets a copy of the migrated template (their `upgrade` is then skipped, or
# finds nothing to do). `app` is every fixture of that name: each one migrates first.
MIGRATING_FIXTURES = frozenset({"services", "app", "seeded"})

# Slow by nature (seconds each: load, a real browser, a server or LibreOffice in a subprocess,
# large generated logs): marked `slow`, so that `make test-fast` can leave them out while one
# works; `make test` runs them all. Folders end with "/", files are named whole.
SLOW = (
    "tests/load/",
    "tests/e2e/",
    "tests/integration/audit/",                 # the demo's 219 events sealed one by one
    "tests/integration/test_personal_data.py",  # the demo, encrypted; pg_dump
    "tests/integration/test_document_pdf.py",   # LibreOffice
    "tests/integration/test_architecture.py",   # lint-imports, twice
    "tests/webapi/test_openapi.py",             # schemathesis fuzzing
)

_templated: set[str] = set()        # URLs of the databases copied from a template (at head)
_sqlite_template: list[str] = []    # the migrated store file of this process, once built
_postgres_template: list[str] = []  # the migrated template database's name, once built


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = item.path.relative_to(ROOT).as_posix()
        if any(path == slow or (slow.endswith("/") and path.startswith(slow)) for slow in SLOW):
            item.add_marker(pytest.mark.slow)


def migrations_fingerprint() -> str:
    """What the migrated schema depends on: a template built from other migrations (another
    branch, an edited revision) has another name and is never reused."""
    digest = hashlib.sha256()
    files = [*sorted((ROOT / "migrations").rglob("*")), ROOT / "projections" / "tables.py"]
    for path in files:
        if path.is_file() and path.suffix in (".py", ".ini", ".mako"):
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _pg_admin():
    import psycopg
    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)


def _connect_or_give_up():
    try:
        return _pg_admin()
    except Exception as error:  # noqa: BLE001 - any failure to connect means "no server"
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI and is not reachable: {error}")
        pytest.skip(f"PostgreSQL not reachable: {error}")


def _postgres_database(migrated: bool = False) -> str:
    """A new database: empty, or (`migrated`) a copy of the migrated template."""
    admin = _connect_or_give_up()
    name = f"ketnap_t_{uuid.uuid4().hex[:12]}"
    with admin:
        template = f' TEMPLATE "{_migrated_postgres_template(admin)}"' if migrated else ""
        admin.execute(f'CREATE DATABASE "{name}"{template}')
    if migrated:
        _templated.add(pg_url(name))
    return name


def _migrated_postgres_template(admin) -> str:
    """The template database at the migrations' head, built once by whichever test session
    (or xdist worker) needs it first; the others wait on an advisory lock, then reuse it."""
    if _postgres_template:
        return _postgres_template[0]
    from migrations import upgrade
    from service.config import sqlalchemy_url

    name = f"ketnap_tmpl_{migrations_fingerprint()}"
    admin.execute("SELECT pg_advisory_lock(hashtext('ketnap test template'))")
    try:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            # built under another name and renamed when complete: a session killed halfway
            # leaves no half-migrated template behind
            building = f"{name}_building"
            admin.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{building}"')
            upgrade(sqlalchemy_url(pg_url(building)))
            admin.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
            # a connection to a template makes CREATE DATABASE … TEMPLATE fail
            admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
    finally:
        admin.execute("SELECT pg_advisory_unlock(hashtext('ketnap test template'))")
    _postgres_template.append(name)
    return name


def _drop_postgres_database(name: str) -> None:
    _templated.discard(pg_url(name))
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# A test's database is dropped by a thread of its own while the next tests run (a drop waits
# a few hundred milliseconds on the server's disk); the session ends once all are dropped.
_to_drop: queue.Queue[str | None] = queue.Queue()
_dropper: list[threading.Thread] = []


def _drop_later(name: str) -> None:
    _templated.discard(pg_url(name))
    if not _dropper:
        def drop_each() -> None:
            while (next_name := _to_drop.get()) is not None:
                with contextlib.suppress(Exception):   # a leftover database is harmless
                    _drop_postgres_database(next_name)
        _dropper.append(threading.Thread(target=drop_each, name="drop test databases",
                                         daemon=True))
        _dropper[0].start()
    _to_drop.put(name)


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _dropper:
        _to_drop.put(None)
        _dropper[0].join()


def pg_url(name: str) -> str:
    from sqlalchemy.engine import make_url
    url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


def _migrated_sqlite_template() -> str:
    """This process's migrated store file (and its read models' file beside it)."""
    if not _sqlite_template:
        from migrations import upgrade
        from migrations.sqlite_files import read_models_file
        from service.config import sqlalchemy_url

        folder = tempfile.mkdtemp(prefix="ketnap-template-")
        atexit.register(shutil.rmtree, folder, True)
        path = os.path.join(folder, "ketnap.sqlite")
        upgrade(sqlalchemy_url(f"sqlite:///{path}"))
        for file in (path, read_models_file(path)):
            # all of it in the file itself: only the file is copied, never its -wal
            with closing(sqlite3.connect(file)) as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _sqlite_template.append(path)
    return _sqlite_template[0]


def copy_sqlite_template(url: str) -> None:
    """Put the migrated template's files where the SQLite URL `url` points (nothing there yet)."""
    from migrations.sqlite_files import read_models_file, store_file
    from service.config import sqlalchemy_url

    source, target = _migrated_sqlite_template(), store_file(sqlalchemy_url(url))
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    for here, there in ((source, target), (read_models_file(source), read_models_file(target))):
        shutil.copy2(here, there)      # with its mode: 0600, as make_private leaves it
    _templated.add(url)


def migrate(url: str) -> None:
    """What a fixture does instead of `upgrade(url)`: nothing on a copy of the template, a copy
    of it where a new SQLite file is to be, otherwise the migrations."""
    from migrations import upgrade
    from migrations.sqlite_files import store_file
    from service.config import sqlalchemy_url

    if url in _templated:
        _templated.discard(url)    # once: a second app on it migrates as it always did
        return
    path = store_file(sqlalchemy_url(url))
    if path and not os.path.exists(path):
        copy_sqlite_template(url)
        return
    upgrade(sqlalchemy_url(url))


def _migrates(request) -> bool:
    return not MIGRATING_FIXTURES.isdisjoint(request.fixturenames)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """A fresh database URL on each backend: empty, or a copy of the migrated template where
    the test uses a fixture that would migrate it."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/ketnap.sqlite"
        if _migrates(request):
            copy_sqlite_template(url)
        yield url
        _templated.discard(url)
        return
    name = _postgres_database(migrated=_migrates(request))
    yield pg_url(name)
    _drop_later(name)


@pytest.fixture
def postgres_url(request):
    """A fresh PostgreSQL database, for what only PostgreSQL has (migrated as database_url)."""
    name = _postgres_database(migrated=_migrates(request))
    yield pg_url(name)
    _drop_later(name)


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path}/ketnap.sqlite"


@pytest.fixture
def services(database_url):
    """Services on a migrated database, with the clock fixed at FIXED_NOW."""
    from service.services import Services

    migrate(database_url)
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

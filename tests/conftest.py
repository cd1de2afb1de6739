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
from dataclasses import dataclass
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

# The fixture that asks for a copy of the sealed demo (tests/integration/audit/conftest.py):
# recording the demo's 219 commands, each sealed, costs seconds per test, so each session
# (each xdist worker) records it once per backend and every test that wants it gets a copy
# of that database, with the audit keys that sealed it.
DEMO_FIXTURE = "sealed_demo_copy"
# The same for a Flask app's fixture: the demo recorded through the app (read side inline,
# audit installed), the app's keys (audit.pem, audit_mac.key, keys/master.key) in tmp_path.
APP_DEMO_FIXTURE = "app_demo_copy"

_templated: set[str] = set()        # URLs of the databases copied from a template (at head)
_demo_snapshots: dict[tuple[str, str], DemoSnapshot] = {}  # by (fixture, backend), built once
_demo_copies: dict[str, dict] = {}  # URL of a test's copy -> the demo's candidate ids
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


@dataclass(frozen=True)
class DemoSnapshot:
    source: str             # SQLite: the store file; PostgreSQL: the template database's name
    keys: Path              # the folder of the audit keys that sealed it
    ids: dict               # the demo's candidate ids by key


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


def _postgres_database(migrated: bool = False, template: str | None = None) -> str:
    """A new database: empty, or (`migrated`) a copy of the migrated template, or a copy of
    `template` (a snapshot, migrated too)."""
    admin = _connect_or_give_up()
    name = f"ketnap_t_{uuid.uuid4().hex[:12]}"
    with admin:
        if migrated and template is None:
            template = _migrated_postgres_template(admin)
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    if template:
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
    for (_, backend), snapshot in _demo_snapshots.items():
        if backend == "postgres":
            _drop_later(snapshot.source)
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
        from service.config import sqlalchemy_url

        folder = tempfile.mkdtemp(prefix="ketnap-template-")
        atexit.register(shutil.rmtree, folder, True)
        path = os.path.join(folder, "ketnap.sqlite")
        upgrade(sqlalchemy_url(f"sqlite:///{path}"))
        _checkpoint_sqlite_files(path)
        _sqlite_template.append(path)
    return _sqlite_template[0]


def _checkpoint_sqlite_files(path: str) -> None:
    """All of the store and its read models in the files themselves: only the files are
    copied, never their -wal."""
    from migrations.sqlite_files import read_models_file

    for file in (path, read_models_file(path)):
        with closing(sqlite3.connect(file)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def copy_sqlite_template(url: str) -> None:
    """Put the migrated template's files where the SQLite URL `url` points (nothing there yet)."""
    _copy_sqlite_files(_migrated_sqlite_template(), url)


def _copy_sqlite_files(source: str, url: str) -> None:
    from migrations.sqlite_files import read_models_file, store_file
    from service.config import sqlalchemy_url

    target = store_file(sqlalchemy_url(url))
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


def _wanted_demo(request) -> str | None:
    return next((f for f in (DEMO_FIXTURE, APP_DEMO_FIXTURE) if f in request.fixturenames), None)


def app_config(url: str, folder: Path) -> dict:
    """The Flask settings of the tests that drive the app with its audit installed."""
    return {"TESTING": True, "KETNAP_DATABASE_URL": url, "SECRET_KEY": "t",
            "KETNAP_CLOCK": lambda: FIXED_NOW, "KETNAP_AUDIT_KEY": str(folder / "audit.pem"),
            "KETNAP_CHEAP_PASSWORD_HASHES": True}


def master_key_in(folder: Path) -> str:
    """Where the app-driven tests keep the master key: in their own folder, not the user's."""
    return str(folder / "keys" / "master.key")


@contextlib.contextmanager
def _master_key_file(path: str):
    before = os.environ.get("KETNAP_MASTER_KEY_FILE")
    os.environ["KETNAP_MASTER_KEY_FILE"] = path
    try:
        yield
    finally:
        if before is None:
            del os.environ["KETNAP_MASTER_KEY_FILE"]
        else:
            os.environ["KETNAP_MASTER_KEY_FILE"] = before


def _record_sealed_demo(url: str, folder: Path) -> dict:
    from service.audit import attach
    from service.demo import load_demo
    from service.services import Services

    services = Services(url, clock=lambda: FIXED_NOW)
    attach(services, folder / "keys" / "audit.pem")
    try:
        return load_demo(services)
    finally:
        services.close()


def _record_app_demo(url: str, folder: Path) -> dict:
    from service import create_app
    from service.demo import load_demo

    with _master_key_file(master_key_in(folder)):
        app = create_app(app_config(url, folder))
        try:
            return load_demo(app.extensions["ketnap"])
        finally:
            app.extensions["ketnap"].close()


def _demo_snapshot(fixture: str, backend: str) -> DemoSnapshot:
    """The demo recorded through the use cases, as the fixture always made it, once per
    backend in this process."""
    if (fixture, backend) not in _demo_snapshots:
        folder = Path(tempfile.mkdtemp(prefix="ketnap-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        if backend == "sqlite":
            url = f"sqlite:///{folder}/db/ketnap.sqlite"
            copy_sqlite_template(url)
            source = str(folder / "db" / "ketnap.sqlite")
        else:
            source = _postgres_database(migrated=True)
            url = pg_url(source)
        migrate(url)
        keys = folder / "keys-of-the-test"
        record = _record_sealed_demo if fixture == DEMO_FIXTURE else _record_app_demo
        ids = record(url, keys)      # the keys as the test finds them in its tmp_path
        if backend == "sqlite":
            _checkpoint_sqlite_files(source)
        else:
            with _pg_admin() as admin:   # a template may have no connection when copied
                admin.execute(f'ALTER DATABASE "{source}" WITH ALLOW_CONNECTIONS false')
        _demo_snapshots[fixture, backend] = DemoSnapshot(source, keys, ids)
    return _demo_snapshots[fixture, backend]


def _copy_demo(fixture: str, backend: str, tmp_path: Path) -> str:
    """A copy of the demo for one test, with the keys the test will use in tmp_path."""
    snapshot = _demo_snapshot(fixture, backend)
    shutil.copytree(snapshot.keys, tmp_path, dirs_exist_ok=True)
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path}/ketnap.sqlite"
        _copy_sqlite_files(snapshot.source, url)
    else:
        url = pg_url(_postgres_database(template=snapshot.source))
    _demo_copies[url] = snapshot.ids
    return url


def demo_ids(url: str) -> dict:
    """The candidate ids of the demo copied to `url` (by key, as load_demo returns them)."""
    return _demo_copies[url]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """A fresh database URL on each backend: empty, or a copy of the migrated template where
    the test uses a fixture that would migrate it."""
    if demo := _wanted_demo(request):
        url = _copy_demo(demo, request.param, tmp_path)
        yield url
        _demo_copies.pop(url, None)
        _templated.discard(url)
        if request.param == "postgres":
            _drop_later(url.rsplit("/", 1)[1])
        return
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


@pytest.fixture(name=DEMO_FIXTURE)
def sealed_demo_copy(database_url):
    """Asks `database_url` for a copy of the demo recorded through Services with the audit
    attached and sealed after each command (its keys in tmp_path/keys); the demo's ids."""
    return demo_ids(database_url)


@pytest.fixture(name=APP_DEMO_FIXTURE)
def app_demo_copy(database_url):
    """Asks `database_url` for a copy of the demo recorded through the app (`app_config`,
    the master key at `master_key_in(tmp_path)`); the demo's ids."""
    return demo_ids(database_url)


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

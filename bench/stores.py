"""Fresh databases on each backend, and generated logs cached on disk under bench/.cache/.

SQLite: the cache is the database file itself, copied for each use. PostgreSQL: the cache is
the events table in COPY binary format, loaded into a fresh database (a scratch database
`ketnap_b_<random>` per use, dropped afterwards, as perf-baseline.md did).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from bench import generate
from migrations.sqlite_files import remove_files

CACHE = Path(__file__).resolve().parent / ".cache"
PG_ADMIN_URL = os.environ.get("KETNAP_BENCH_PG",
                              os.environ.get("KETNAP_TEST_PG",
                                             "postgresql://postgres@127.0.0.1:5432/test"))
COLUMNS = "originator_id, originator_version, topic, state, notification_id"
# one MAC key and one signing key for the whole run, so that every process (servers,
# follower, the bench's own audit tools) stores and checks the same MACs and signatures
# (docs/audit.md)
os.environ.setdefault("KETNAP_AUDIT_MAC_KEY_FILE", str(CACHE / "audit_mac.key"))
os.environ.setdefault("KETNAP_AUDIT_KEY_FILE", str(CACHE / "audit_ed25519.pem"))


def audit_key_file() -> Path:
    return Path(os.environ["KETNAP_AUDIT_KEY_FILE"])


def _pg_admin():
    import psycopg
    return psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)


def postgres_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        with _pg_admin():
            return None
    except Exception as error:  # noqa: BLE001 - any failure to connect means "no server"
        return str(error).strip()


class Backend:
    """Where scratch stores come from: `fresh()` an empty URL, `drop(url)` when done."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._tmp = Path(tempfile.mkdtemp(prefix=f"ketnap-bench-{name}-"))

    def fresh(self) -> str:
        if self.name == "sqlite":
            return f"sqlite:///{self._tmp / uuid.uuid4().hex[:12]}.sqlite"
        name = f"ketnap_b_{uuid.uuid4().hex[:12]}"
        with _pg_admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}".replace(
            "postgresql://", "postgresql+psycopg://")

    def drop(self, url: str) -> None:
        if self.name == "sqlite":
            remove_files(str(sqlite_path(url)))
            return
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def close(self) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)

    # --- generated logs --------------------------------------------------------------------

    def cache_file(self, size: int) -> Path:
        ext = "sqlite" if self.name == "sqlite" else "copy"
        return CACHE / f"{self.name}-{size}-{generate.GENERATOR_VERSION}.{ext}"

    def with_log(self, size: int, log=print) -> str:
        """A fresh store holding the generated log of `size` events (generated once, cached)."""
        cached = self.cache_file(size)
        if not cached.exists() or self.name == "postgres" and not keys_file(cached).exists():
            self._generate(size, cached, log)
        url = self.fresh()
        if self.name == "sqlite":
            shutil.copyfile(cached, sqlite_path(url))
        else:
            _load_copy(url, cached)
        _migrate(url)
        _write_macs(url)
        return url

    def _generate(self, size: int, cached: Path, log) -> None:
        from service.application import KetnapApplication

        CACHE.mkdir(exist_ok=True)
        url = self.fresh()
        started = time.perf_counter()
        store = KetnapApplication(url)
        count = generate.write(store, size)
        store.close()
        log(f"  generated {count:,} events on {self.name} in "
            f"{time.perf_counter() - started:.0f} s -> {cached.name}")
        tmp = cached.with_suffix(".tmp")
        if self.name == "sqlite":
            import sqlite3
            with sqlite3.connect(sqlite_path(url)) as db:
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copyfile(sqlite_path(url), tmp)
        else:
            _dump_copy(url, tmp)
            _dump_keys(url, keys_file(cached))
        tmp.rename(cached)
        self.drop(url)


def sqlite_path(url: str) -> Path:
    return Path(url.split(":///", 1)[1])


def _pg_connect(url: str):
    import psycopg
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))


def _dump_copy(url: str, path: Path) -> None:
    with _pg_connect(url) as conn, conn.cursor() as cur, path.open("wb") as out, \
            cur.copy(f"COPY ketnap_events ({COLUMNS}) TO STDOUT (FORMAT binary)") as copy:
        for chunk in copy:
            out.write(chunk)


def keys_file(cached: Path) -> Path:
    """The persons' wrapped keys beside a PostgreSQL log's events (issue 18): without them
    every personal field of the copied log would read as erased. The SQLite cache is the
    whole database file, keys included."""
    return cached.with_name(cached.name + ".keys")


def _dump_keys(url: str, path: Path) -> None:
    with _pg_connect(url) as conn, conn.cursor() as cur, path.open("wb") as out, \
            cur.copy("COPY personal_keys TO STDOUT (FORMAT binary)") as copy:
        for chunk in copy:
            out.write(chunk)


def _load_copy(url: str, path: Path) -> None:
    from service.application import KetnapApplication

    KetnapApplication(url).close()       # the library creates its own tables
    with _pg_connect(url) as conn, conn.cursor() as cur:
        with path.open("rb") as src, \
                cur.copy(f"COPY ketnap_events ({COLUMNS}) FROM STDIN (FORMAT binary)") as copy:
            while chunk := src.read(1 << 20):
                copy.write(chunk)
        with keys_file(path).open("rb") as src, \
                cur.copy("COPY personal_keys FROM STDIN (FORMAT binary)") as copy:
            while chunk := src.read(1 << 20):
                copy.write(chunk)
        cur.execute("SELECT setval(pg_get_serial_sequence('ketnap_events', 'notification_id'),"
                    " (SELECT max(notification_id) FROM ketnap_events))")
        conn.commit()
        conn.autocommit = True
        cur.execute("VACUUM ANALYZE ketnap_events")


def _write_macs(url: str, batch: int = 5000) -> None:
    """The MAC of every generated event, as the application writes it with each event (the
    cache holds the events only, generated without the audit): outside every timer."""
    from sqlalchemy import insert

    from service.audit.keys import load_mac_key
    from service.audit.mac import event_mac
    from service.audit.rawstore import StoreTable, raw_rows
    from service.audit.tables import audit_macs
    from service.services import make_engine

    key = load_mac_key(Path(os.environ["KETNAP_AUDIT_MAC_KEY_FILE"]))
    table, engine = StoreTable.of(url), make_engine(url)
    try:
        with engine.connect() as reader:
            rows = [(r.position, r.content) for r in raw_rows(reader, table)]
        with engine.begin() as conn:
            for start in range(0, len(rows), batch):
                conn.execute(insert(audit_macs), [
                    {"position": p, "mac": event_mac(key, p, c)}
                    for p, c in rows[start:start + batch]])
    finally:
        engine.dispose()


def _migrate(url: str) -> None:
    from migrations import upgrade
    from service.config import sqlalchemy_url
    upgrade(sqlalchemy_url(url))

"""SQLite: the store's file, and the read models' own file beside it.

On SQLite a write locks the whole file, and a command waits while anyone else writes. The
read models are rewritten by every catch-up (by the follower, or in each request) and by a
rebuild: in the store's file the commands waited for them (`bench/README.md`). So the read
models (the `rm_*` tables and their position) live in a file of their own,
`<store>.read-models.sqlite`, attached to every read-side connection as the schema
`read_models`. SQL names their tables unqualified, and
SQLite finds them there; a catch-up's transaction then locks that file only.

What is not derived from the log stays in the store's file, beside the events: accounts, the
audit chain and its checkpoints, alembic's version. The read-models file holds nothing else:
a copy of the store's file is a backup of everything accepted (`ketnap projections rebuild`
refills the read models). PostgreSQL locks rows, not files: there, all stays in one database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy.engine import make_url

READ_MODELS = "read_models"       # the attached schema's name
WAL_SWITCH_PATIENCE_SECONDS = 30.0  # as long as a command waits on a file's write lock


def use_write_ahead_log(connection: sqlite3.Connection, schema: str = "main",
                        patience: float = WAL_SWITCH_PATIENCE_SECONDS) -> None:
    """Put an SQLite file in WAL mode (readers go on while one writer writes).

    The first switch needs the file to itself, and SQLite answers "database is locked" at once,
    without its busy timeout, while another connection is writing to it: web workers booting
    together on a new file. So wait and try again; once in WAL mode the switch is a no-op.
    """
    deadline = time.monotonic() + patience
    pause = 0.005
    while True:
        try:
            connection.execute(f"PRAGMA {schema}.journal_mode=WAL").fetchall()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def store_file(sqlalchemy_url: str) -> str | None:
    """The SQLite file of a URL (None: not SQLite, or a database in memory)."""
    url = make_url(sqlalchemy_url)
    if url.get_backend_name() != "sqlite":
        return None
    return None if url.database in (None, "", ":memory:") else url.database


def read_models_file(store_path: str) -> str:
    """`…/ketnap.sqlite` → `…/ketnap.read-models.sqlite`."""
    path = Path(store_path)
    return str(path.with_name(f"{path.stem}.read-models{path.suffix or '.sqlite'}"))


def attach_read_models(connection: sqlite3.Connection, store_path: str) -> None:
    """Attach the read models' file (created if missing) to a connection to the store's file.

    Its commits need not wait for the disk (synchronous=NORMAL): in WAL mode a crash can
    lose only the last commits, and each takes its position with it, so the next catch-up
    applies those events again. The store's own commits keep waiting for the disk."""
    connection.execute(f"ATTACH DATABASE ? AS {READ_MODELS}", (read_models_file(store_path),))
    use_write_ahead_log(connection, READ_MODELS)
    connection.execute(f"PRAGMA {READ_MODELS}.synchronous=NORMAL")


def read_side_connect(store_path: str):
    """A `connect` listener for a read-side SQLAlchemy engine on the store's file."""
    def on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
        use_write_ahead_log(dbapi_connection)
        attach_read_models(dbapi_connection, store_path)
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        # an erased person's rows leave no bytes behind in freed space (issue 18)
        dbapi_connection.execute("PRAGMA secure_delete=ON")
        dbapi_connection.execute(f"PRAGMA {READ_MODELS}.secure_delete=ON")
    return on_connect


PRIVATE_FILE = 0o600


def make_private(store_path: str) -> None:
    """The store's file and the read models' exist, readable and writable by their owner
    only, before SQLite opens them: SQLite would create them 0644 (the umask's default), and
    it gives a file's -wal and -shm the mode of the file itself. Existing files are narrowed
    too (created before this, or restored from a backup)."""
    for base in (store_path, read_models_file(store_path)):
        Path(base).parent.mkdir(parents=True, exist_ok=True)
        # Only a file that does not exist yet is opened here: closing any descriptor of a
        # file drops every POSIX lock this process holds on it, SQLite's too, and an SQLite
        # file whose locks vanish under its connections is corrupted. Existing files are
        # only chmod-ed, which opens nothing.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(base, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = Path(base + suffix)
            if path.exists() and path.stat().st_mode & 0o077:
                path.chmod(PRIVATE_FILE)


def remove_files(store_path: str) -> None:
    """Delete a store's SQLite files and its read models' (tests, the bench's scratch)."""
    for base in (store_path, read_models_file(store_path)):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(base + suffix).unlink(missing_ok=True)

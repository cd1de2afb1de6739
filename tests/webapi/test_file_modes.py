"""The database files, the instance folder and the keys are their owner's only: 0600 files
in a 0700 folder, whatever the umask; the signing key's path is its own setting."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from migrations.sqlite_files import read_models_file
from service import create_app


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    previous = os.umask(0o022)      # what most systems give: files 0644, folders 0755
    yield
    os.umask(previous)


@pytest.fixture
def instance_app(tmp_path, monkeypatch, loose_umask):
    """An app on the default SQLite file in its instance folder, signing key there too."""
    for name in ("KETNAP_DATABASE_URL", "KETNAP_SECRET_KEY", "KETNAP_AUDIT_KEY",
                 "KETNAP_AUDIT_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    instance = tmp_path / "instance"
    monkeypatch.setenv("KETNAP_INSTANCE_PATH", str(instance))

    def make(**config):
        app = create_app({"KETNAP_CHEAP_PASSWORD_HASHES": True, **config})
        with app.app_context():
            assert app.test_cli_runner().invoke(args=["init"]).exit_code == 0
        return app
    yield make, instance


def test_the_instance_folder_the_database_files_and_the_keys_are_private(instance_app):
    make, instance = instance_app
    app = make()
    try:
        app.extensions["ketnap_audit"].public_key()          # creates the signing key
        store = Path(app.config["KETNAP_DATABASE_URL"].split(":///", 1)[1])
        assert store.parent == instance
        assert mode(instance) == 0o700
        files = [store, Path(read_models_file(str(store))), instance / "secret_key",
                 instance / "audit_ed25519.pem"]
        files += [Path(f"{store}{suffix}") for suffix in ("-wal", "-shm")
                  if Path(f"{store}{suffix}").exists()]
        for path in files:
            assert path.exists() and mode(path) == 0o600, (path, oct(mode(path)))
    finally:
        app.extensions["ketnap"].close()


def test_files_made_readable_before_are_narrowed(instance_app):
    make, instance = instance_app
    make().extensions["ketnap"].close()
    store = instance / "ketnap.sqlite"
    store.chmod(0o644)
    instance.chmod(0o755)
    make().extensions["ketnap"].close()
    assert mode(store) == 0o600 and mode(instance) == 0o700


def test_the_signing_key_has_its_own_setting_outside_the_instance_folder(instance_app,
                                                                         tmp_path,
                                                                         monkeypatch):
    make, instance = instance_app
    key = tmp_path / "keys" / "ketnap-audit.pem"
    monkeypatch.setenv("KETNAP_AUDIT_KEY_FILE", str(key))
    app = make()
    try:
        assert app.extensions["ketnap_audit"].key_file == key
        app.extensions["ketnap_audit"].public_key()
        assert mode(key) == 0o600 and mode(key.parent) == 0o700
        assert not (instance / "audit_ed25519.pem").exists()
    finally:
        app.extensions["ketnap"].close()


def test_narrowing_an_open_database_keeps_sqlites_locks(tmp_path):
    """Opening and closing a descriptor of a file drops every POSIX lock the process holds
    on it (SQLite's too: that corrupted a database under load); make_private opens none."""
    import sqlite3
    import subprocess
    import sys

    from migrations.sqlite_files import make_private

    path = tmp_path / "ketnap.sqlite"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("CREATE TABLE t (x)")
    writer.execute("BEGIN IMMEDIATE")            # holds the file's write lock
    path.chmod(0o644)
    make_private(str(path))
    other = subprocess.run([sys.executable, "-c", (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(path)!r}, timeout=0, isolation_level=None)\n"
        "try:\n    c.execute('BEGIN IMMEDIATE')\nexcept sqlite3.OperationalError:\n"
        "    sys.exit(3)\n")], timeout=30)
    writer.execute("ROLLBACK")
    writer.close()
    assert other.returncode == 3                 # the lock still held: the other waits
    assert mode(path) == 0o600

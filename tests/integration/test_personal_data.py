"""Issue 18: personal data encrypted per person, erasable without breaking the log.

After an erasure no byte of the erased name or birth date is anywhere in the database (the
raw SQLite files, or `pg_dump`), the exports or the read models; the audit still verifies,
a rebuild gives the same counts, and the replay of an earlier moment shows [đã xóa]."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from uuid import UUID

import pytest
from sqlalchemy import func, select, text

from domain.personal import ERASED
from projections.tables import READ_MODEL_TABLES
from projections.tables import candidates as rm_candidates
from service.audit import replay
from service.demo import CELL
from tests.conftest import FIXED_NOW, app_config, master_key_in, migrate

AUTHORITY = "Quyết định 15-QĐ/ĐU ngày 20/11/2026"


@pytest.fixture
def app(app_demo_copy, database_url, tmp_path, monkeypatch):
    """The app on a copy of the demo this session recorded through it (tests/conftest.py),
    with a master key of its own."""
    from service import create_app
    monkeypatch.setenv("KETNAP_MASTER_KEY_FILE", master_key_in(tmp_path))
    migrate(database_url)
    app = create_app(app_config(database_url, tmp_path))
    yield app
    app.extensions["ketnap"].close()


def left_never_admitted(services):
    """A person of the demo who left the list without being admitted."""
    with services.engine.connect() as conn:
        return conn.execute(select(rm_candidates).where(
            rm_candidates.c.exited_on.is_not(None),
            rm_candidates.c.admitted_on.is_(None))).first()


def database_bytes(services, tmp_path: Path) -> bytes:
    url = services.database_url
    if url.startswith("sqlite"):
        return b"".join(p.read_bytes() for p in sorted(tmp_path.glob("ketnap*.sqlite*")))
    parts = urlsplit(url)
    return subprocess.run(["pg_dump", "-h", parts.hostname, "-p", str(parts.port or 5432),
                           "-U", parts.username, parts.path.lstrip("/")],
                          check=True, capture_output=True).stdout


def needles(row) -> list[bytes]:
    """The name and the birth date as any store, export or file could hold them."""
    born = row.birth_date
    return [row.full_name.encode(), json.dumps(row.full_name).encode(),
            born.isoformat().encode(), born.strftime("%d/%m/%Y").encode()]


def counts(services) -> dict[str, int]:
    with services.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in READ_MODEL_TABLES}


def cli(app, *args):
    return app.test_cli_runner().invoke(args=list(args))


def test_personal_fields_are_ciphertext_in_the_store(app, tmp_path):
    services = app.extensions["ketnap"]
    row = left_never_admitted(services)
    with services.engine.connect() as conn:
        states = [bytes(s) for (s,) in conn.execute(text(
            "SELECT state FROM stored_events" if services.database_url.startswith("sqlite")
            else "SELECT state FROM ketnap_events"))]
    stored = b"".join(states)
    assert b'"_p"' in stored and b'"cell_code"' in stored      # what is not personal: clear
    for needle in needles(row)[:2]:
        assert needle not in stored
    assert services.store.candidate(UUID(row.id)).full_name == row.full_name


def test_after_an_erasure_no_byte_of_the_person_is_left_and_the_log_still_verifies(
        app, tmp_path):
    services = app.extensions["ketnap"]
    row = left_never_admitted(services)
    person = row.id
    before = counts(services)
    assert any(n in database_bytes(services, tmp_path) for n in needles(row))   # the test sees

    result = cli(app, "person", "erase", person, "--authority", AUTHORITY, "--actor", "uyban")
    assert result.exit_code == 0, result.output

    everything = database_bytes(services, tmp_path)
    exported = cli(app, "person", "export", person).output.encode()
    for needle in needles(row):
        assert needle not in everything, needle
        assert needle not in exported, needle
    assert ERASED in exported.decode() and AUTHORITY in exported.decode()
    assert cli(app, "audit", "verify").exit_code == 0
    assert cli(app, "projections", "rebuild").exit_code == 0
    assert counts(services) == before
    with services.engine.connect() as conn:
        erased = conn.execute(select(rm_candidates).where(rm_candidates.c.id == person)).one()
    assert erased.full_name == ERASED and erased.birth_date is None
    earlier = replay.replay(app.extensions["ketnap_audit"], CELL, datetime(2026, 1, 1))
    names = {c["id"]: c["full_name"] for c in earlier["candidates"]}
    assert names[person] == ERASED
    for needle in needles(row):
        assert needle not in database_bytes(services, tmp_path), needle


def test_an_erasure_without_authority_or_of_a_member_is_refused_and_stores_nothing(app):
    services = app.extensions["ketnap"]
    person = left_never_admitted(services).id
    position = services.store.last_position()
    result = cli(app, "person", "erase", person)
    assert result.exit_code != 0 and "authority" in result.output
    with services.engine.connect() as conn:
        member = conn.execute(select(rm_candidates.c.id).where(
            rm_candidates.c.admitted_on.is_not(None))).first().id
    result = cli(app, "person", "erase", member, "--authority", AUTHORITY)
    assert result.exit_code != 0 and "Hồ sơ đảng viên phải được lưu giữ" in result.output
    assert services.store.last_position() == position
    assert services.store.candidate(UUID(member)).full_name != ERASED


def test_a_rotated_master_key_still_reads_every_person_and_rewrites_no_event(app, tmp_path):
    services = app.extensions["ketnap"]
    row = left_never_admitted(services)
    key_file = tmp_path / "keys" / "master.key"
    old = key_file.read_text()
    position = services.store.last_position()
    result = cli(app, "keys", "rotate")
    assert result.exit_code == 0, result.output
    assert key_file.read_text() != old and key_file.stat().st_mode & 0o777 == 0o600
    assert services.store.last_position() == position
    from service.application import KetnapApplication
    fresh = KetnapApplication(services.database_url, master_key_file=str(key_file))
    try:
        assert fresh.candidate(UUID(row.id)).full_name == row.full_name
    finally:
        fresh.close()
    assert cli(app, "audit", "verify").exit_code == 0


def test_the_follower_applies_the_retention_policy_to_those_never_admitted(app, monkeypatch):
    services = app.extensions["ketnap"]
    with services.engine.connect() as conn:
        left = [r.id for r in conn.execute(select(rm_candidates.c.id).where(
            rm_candidates.c.exited_on.is_not(None), rm_candidates.c.admitted_on.is_(None)))]
        members = [r.id for r in conn.execute(select(rm_candidates.c.id).where(
            rm_candidates.c.admitted_on.is_not(None)))]
    assert left and members
    monkeypatch.setenv("KETNAP_RETENTION_YEARS", "100")
    assert cli(app, "person", "retention").output.startswith("Đến hạn xóa: 0 người")
    monkeypatch.setenv("KETNAP_RETENTION_YEARS", "0")
    result = cli(app, "projections", "follow", "--once")
    assert result.exit_code == 0 and f"{len(left)} người" in result.output, result.output
    assert all(services.store.candidate(UUID(i)).erased for i in left)
    assert not any(services.store.candidate(UUID(i)).erased for i in members)
    assert cli(app, "audit", "verify").exit_code == 0


def test_a_new_persons_key_is_written_with_the_event_and_rolled_back_with_it(app):
    """The key of a new person goes in the transaction of the person's first event: a save
    that fails leaves no key behind (and no unreadable event), the next attempt stores both."""
    from uuid import uuid4

    from domain import candidate as cd
    from domain.errors import ConcurrentChange

    services = app.extensions["ketnap"]
    store = services.store
    taken = UUID(left_never_admitted(services).id)            # an existing stream: version 1 clash
    person = cd.Person("Lê Thị Thử", datetime(2008, 5, 6).date(), "female", "Kinh", "HS", True,
                       "upper_secondary", "11A2")
    new_id = uuid4()
    day = FIXED_NOW.date()
    fresh = cd.nominate(new_id, CELL, person, day, store.stamp("bithu"), None, None)
    clash = cd.nominate(taken, CELL, person, day, store.stamp("bithu"), None, None)
    with pytest.raises(ConcurrentChange):
        store.record(fresh, clash)
    assert store.personal_keys.sql.one(new_id) is None
    assert store.personal_keys.cipher(new_id) is None          # nothing kept in memory either
    store.record(fresh)
    assert store.personal_keys.sql.one(new_id) is not None
    assert store.candidate(new_id).full_name == "Lê Thị Thử"

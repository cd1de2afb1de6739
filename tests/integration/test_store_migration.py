"""Issue 18, item 7: a store made before per-person encryption is copied into a new,
encrypted store; the old one is left untouched; the copy's last event and first signed
checkpoint carry the old chain head and event count. On a copy of the demo store, both
stores."""

from __future__ import annotations

from eventsourcing.persistence import Mapper
from sqlalchemy import text

from domain.events import CandidateNominated
from migrations import upgrade
from service.application import KetnapApplication
from service.config import sqlalchemy_url
from service.demo import load_demo
from tests.conftest import FIXED_NOW, _drop_postgres_database, _postgres_database, pg_url


class BeforeEncryption(KetnapApplication):
    """The store as it was written before issue 18: every field in the clear."""

    name = "ketnap"         # a subclass would otherwise name its own tables

    def construct_mapper(self):
        return Mapper(self.construct_transcoder())


def states(services) -> bytes:
    table = "stored_events" if services.database_url.startswith("sqlite") else "ketnap_events"
    with services.engine.connect() as conn:
        return b"".join(bytes(s) for (s,) in conn.execute(text(f"SELECT state FROM {table}")))


def test_migrate_copies_the_old_log_into_an_encrypted_store_and_leaves_it_untouched(
        database_url, tmp_path, monkeypatch):
    from service import create_app
    monkeypatch.setenv("KETNAP_MASTER_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    upgrade(sqlalchemy_url(database_url))
    config = {"TESTING": True, "KETNAP_DATABASE_URL": database_url, "SECRET_KEY": "t",
              "KETNAP_CLOCK": lambda: FIXED_NOW, "KETNAP_AUDIT_KEY": str(tmp_path / "a.pem")}
    monkeypatch.setattr("service.services.KetnapApplication", BeforeEncryption)
    old_app = create_app(config)
    load_demo(old_app.extensions["ketnap"])
    old_app.extensions["ketnap"].close()
    monkeypatch.undo()
    monkeypatch.setenv("KETNAP_MASTER_KEY_FILE", str(tmp_path / "keys" / "master.key"))

    app = create_app(config)            # today's code on the old store: it still reads it
    old = app.extensions["ketnap"]
    before, count = states(old), old.store.last_position()
    assert "Nguyễn".encode() in before and b'"_p"' not in before
    runner = app.test_cli_runner()
    refused = runner.invoke(args=["store", "migrate", "--to", database_url])
    assert refused.exit_code != 0 and "trống" in refused.output
    target = (f"sqlite:///{tmp_path}/new.sqlite" if database_url.startswith("sqlite")
              else pg_url(_postgres_database()))
    try:
        result = runner.invoke(args=["store", "migrate", "--to", target])
        assert result.exit_code == 0, result.output
        assert states(old) == before and old.store.last_position() == count   # untouched
        config["KETNAP_DATABASE_URL"] = target
        new_app = create_app(config)
        new = new_app.extensions["ketnap"]
        try:
            copied = states(new)
            assert "Nguyễn".encode() not in copied and b'"_p"' in copied
            assert new.store.last_position() == count + 1
            last = new.store.read_events(count, 1)[0][1]
            assert runner.invoke(args=["audit", "verify"]).exit_code == 0     # the old one
            assert last.from_events == count and last.from_position == count
            assert last.from_chain_head in result.output
            new_runner = new_app.test_cli_runner()
            assert new_runner.invoke(args=["audit", "verify"]).exit_code == 0
            listed = new_runner.invoke(args=["audit", "checkpoints"]).output
            assert str(count + 1) in listed
            assert new_runner.invoke(args=["projections", "rebuild"]).exit_code == 0
            old_people = {e.originator_id: e.full_name for _, e in old.store.read_events(0, 10**6)
                          if isinstance(e, CandidateNominated)}   # not the roster's members
            assert {i: new.store.candidate(i).full_name for i in old_people} == old_people
        finally:
            new.close()
    finally:
        old.close()
        if not target.startswith("sqlite"):
            _drop_postgres_database(target.rsplit("/", 1)[1])

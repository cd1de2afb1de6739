"""The MAC is written with the event, in its transaction; checkpoints come by themselves."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from domain.errors import ConcurrentChange
from service.audit import AuditSettings, attach
from service.audit.mac import mac_ok
from service.audit.rawstore import raw_rows
from service.audit.tables import audit_macs
from service.demo import CELL, load_demo


def macs(tools) -> int:
    with tools.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(audit_macs)).scalar()


def test_every_stored_event_has_a_valid_mac(demo):
    with demo.engine.connect() as conn:
        rows = list(raw_rows(conn, demo.table))
    assert len(rows) == macs(demo) > 200
    assert all(mac_ok(demo.mac_key, r.position, r.content, r.mac) for r in rows)


def test_a_refused_save_leaves_no_mac(demo):
    before = macs(demo)
    cell = demo.services.store.cell(CELL)
    stale = dataclasses.replace(demo.services.store.stream(cell.id)[-1])   # its version again
    with pytest.raises(ConcurrentChange):
        demo.services.store.record(stale)
    assert macs(demo) == before


def test_another_mac_key_makes_every_event_forged(demo, tmp_path):
    other = attach(demo.services, demo.key_file,
                   AuditSettings(mac_key_file=str(tmp_path / "other.key")))
    verdict = other.verify()
    assert not verdict.ok and {p.kind for p in verdict.problems} == {"forged"}


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


@pytest.fixture
def clocked(services, tmp_path):
    """A cell on a clock the test moves, checkpoints due after 5 events or 5 minutes."""
    from tests.conftest import FIXED_NOW
    clock = Clock(FIXED_NOW)
    services.store.clock = clock
    tools = attach(services, tmp_path / "keys" / "audit.pem",
                   AuditSettings(checkpoint_events=5, checkpoint_minutes=5,
                                 witness_file=tmp_path / "witness.jsonl"))
    services.command(services.store.register_cell, "CB-T", "Chi bộ thử", "Đảng ủy phường T",
                     FIXED_NOW.date(), "admin")
    return services, tools, clock


def change(services, n: int) -> None:
    services.command(services.store.change_superior, "CB-T", f"Đảng ủy phường T{n}",
                     services.store.clock().date(), "bithu")


def test_a_checkpoint_every_n_events(clocked):
    services, tools, _ = clocked
    assert [c.tree_size for c in tools.checkpoints()] == [1]      # the first event
    for n in range(4):
        change(services, n)
    assert [c.tree_size for c in tools.checkpoints()] == [1]      # 4 since: not yet
    change(services, 4)
    assert [c.tree_size for c in tools.checkpoints()] == [1, 6]
    witnessed = tools.witnessed(str(tools.settings.witness_file))
    assert [c.tree_size for c in witnessed] == [1, 6] and tools.verify(witnessed).ok


def test_a_checkpoint_after_some_minutes_with_new_events(clocked):
    services, tools, clock = clocked
    clock.now += timedelta(minutes=4)
    change(services, 1)
    assert len(tools.checkpoints()) == 1
    clock.now += timedelta(minutes=1)
    tools.seal()                                  # the follower's next round, 5 minutes on
    assert [c.tree_size for c in tools.checkpoints()] == [1, 2]
    clock.now += timedelta(minutes=30)
    tools.seal()                                          # nothing new: no checkpoint
    assert [c.tree_size for c in tools.checkpoints()] == [1, 2]


def test_the_follower_signs_checkpoints_too(clocked):
    services, tools, _ = clocked
    services.read_side = "follower"
    for n in range(5):
        change(services, n)
    assert len(tools.checkpoints()) == 1                  # commands only saved
    services.follow_once()
    assert [c.tree_size for c in tools.checkpoints()] == [1, 6]


def test_demo_checkpoints_all_verify(services, tools):
    load_demo(services)
    assert len(tools.checkpoints()) >= 2 and tools.verify().ok


def test_a_key_rotated_by_another_process_signs_the_next_checkpoint(clocked, tmp_path):
    """The tools keep the signing key between checkpoints; `ketnap audit rotate-key` run
    elsewhere (another AuditTools on the same key file) must still be picked up."""
    services, tools, _ = clocked
    first = tools.checkpoints()[-1].key_fingerprint
    elsewhere = attach(services.__class__(services.database_url), tools.key_file,
                       tools.settings)
    old, new = elsewhere.rotate_key()
    elsewhere.services.close()
    assert old == first != new
    for n in range(5):
        change(services, n)
    assert [c.key_fingerprint for c in tools.checkpoints()] == [first, new]
    assert tools.verify().ok


def test_checkpoints_another_worker_signed_are_not_signed_again(clocked):
    """Workers each check after their own seal whether a checkpoint is due; a checkpoint
    another worker signed moves the next one 5 events on for this one too."""
    services, tools, _ = clocked
    other = attach(services.__class__(services.database_url), tools.key_file, tools.settings)
    try:
        for n in range(3):
            change(services, n)
        other.sign()                                  # at 4 events, by the other worker
        for n in range(3, 7):
            change(services, n)
        assert [c.tree_size for c in tools.checkpoints()] == [1, 4]      # 4 since: not yet
        change(services, 7)
        assert [c.tree_size for c in tools.checkpoints()] == [1, 4, 9]
    finally:
        other.services.close()

"""Cases (a)-(d) of issue 17, on the real SQLite and PostgreSQL tables: each is detected and
located, by the MAC of each event or by the checkpoints a witness keeps outside the database."""

from __future__ import annotations

import dataclasses

import pytest

from service.audit import AuditRefused
from service.demo import CELL
from tests.integration.audit import tamper


@pytest.fixture
def witnessed(demo, tmp_path):
    """The demo with a witness file: two checkpoints witnessed, a command between them."""
    demo.settings = dataclasses.replace(demo.settings, witness_file=tmp_path / "witness.jsonl")
    demo.checkpoint()
    demo.services.command(demo.services.store.change_superior, CELL, "Đảng ủy phường Y",
                          demo.services.store.clock().date(), "bithu")
    demo.checkpoint()
    return demo


def kept(tools):
    return tools.witnessed(str(tools.settings.witness_file))


def test_witnessed_clean_log_verifies(witnessed):
    verdict = witnessed.verify(kept(witnessed))
    assert verdict.ok, verdict.message
    assert verdict.witnessed == 2 and not verdict.warnings


def test_a_edit_after_the_last_checkpoint_with_the_seal_recomputed(witnessed):
    last = witnessed.services.store.last_position()
    witnessed.services.command(witnessed.services.store.change_superior, CELL, "Đảng ủy phường Z",
                               witnessed.services.store.clock().date(), "bithu")
    edited = last + 1
    tamper.update_state(witnessed, edited, "phường Z".encode(), "phường W".encode())
    tamper.reseal_as_insider(witnessed)
    problem = witnessed.verify(kept(witnessed)).problems[0]
    assert (problem.kind, problem.position) == ("forged", edited)


def test_b_early_edit_seal_recomputed_checkpoints_deleted(witnessed):
    tamper.update_state(witnessed, 12, b'"actor":"', b'"actor":"x')
    tamper.reseal_as_insider(witnessed)
    tamper.delete_checkpoints(witnessed)
    verdict = witnessed.verify(kept(witnessed))
    assert (verdict.problems[0].kind, verdict.problems[0].position) == ("forged", 12)
    assert any(p.kind == "witness_mismatch" and "thứ 1" in p.message for p in verdict.problems)
    assert "không còn điểm kiểm tra nào" in verdict.warnings[0]


def test_b_by_an_operator_holding_the_mac_key_only_the_witness_catches(witnessed):
    tamper.update_state(witnessed, 12, b'"actor":"', b'"actor":"x')
    tamper.reseal_as_insider(witnessed, with_mac=True)
    tamper.delete_checkpoints(witnessed)
    assert witnessed.verify().ok                      # nothing inside the database tells
    verdict = witnessed.verify(kept(witnessed))
    problem = verdict.problems[0]
    assert problem.kind == "witness_mismatch" and "thứ 1" in problem.message
    assert len([p for p in verdict.problems if p.kind == "witness_mismatch"]) == 2


def test_c_forged_row_is_never_sealed_by_seal_checkpoint_or_follower(witnessed):
    tamper.insert_copy(witnessed, 2, version=99)
    forged = witnessed.services.store.last_position()
    witnessed.seal()
    witnessed.services.follow_once()
    with pytest.raises(AuditRefused):
        witnessed.checkpoint()
    problem = witnessed.verify(kept(witnessed)).problems[0]
    assert (problem.kind, problem.position) == ("forged", forged)
    witnessed.services.command(witnessed.services.store.change_superior, CELL, "Đảng ủy phường Z",
                               witnessed.services.store.clock().date(), "bithu")
    verdict = witnessed.verify(kept(witnessed))   # a later genuine event is sealed past it
    assert [(p.kind, p.position) for p in verdict.problems] == [("forged", forged)]
    assert verdict.sealed_through == forged + 1


def test_d_tail_cut_with_its_seal_and_checkpoints(witnessed):
    last = witnessed.services.store.last_position()
    tamper.delete(witnessed, last, last - 1, last - 2)
    tamper.reseal_as_insider(witnessed, with_mac=True)
    tamper.delete_checkpoints(witnessed)
    verdict = witnessed.verify(kept(witnessed))
    problem = verdict.problems[0]
    assert problem.kind == "tail_cut" and "nhân chứng" in problem.message
    assert problem.position == last - 2
    assert verdict.warnings


def test_fewer_checkpoints_than_the_witness_is_a_warning(witnessed):
    with witnessed.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_checkpoints WHERE id > (SELECT MIN(id) FROM "
                             "audit_checkpoints)")
    verdict = witnessed.verify(kept(witnessed))
    assert verdict.ok
    assert "giữ 1 điểm kiểm tra, ít hơn nhân chứng (2)" in verdict.warnings[0]


def test_rotated_key_keeps_old_checkpoints_verifying(witnessed):
    old, new = witnessed.rotate_key()
    assert old != new
    checkpoint, verdict = witnessed.checkpoint()
    assert checkpoint.key_fingerprint == new
    assert witnessed.verify(kept(witnessed)).ok
    fingerprints = {c.key_fingerprint for c in witnessed.checkpoints()}
    assert {old, new} <= fingerprints


def test_follower_mode_writes_macs_and_the_follower_seals(witnessed):
    witnessed.services.read_side = "follower"
    recorded = witnessed.services.command(witnessed.services.store.change_superior,
                                          CELL, "Đảng ủy phường Q",
                                          witnessed.services.store.clock().date(), "bithu")
    assert witnessed.verify().problems[0].kind == "unsealed"
    witnessed.services.follow_once()
    verdict = witnessed.verify(kept(witnessed))
    assert verdict.ok and verdict.sealed_through == recorded.log_position

"""Tamper with the real SQLite and PostgreSQL tables; verify must name the first event."""

from __future__ import annotations

import stat

from sqlalchemy import text

from tests.integration.audit import tamper


def first(tools):
    verdict = tools.verify()
    assert not verdict.ok
    return verdict.problems[0]


def test_clean_history_verifies(demo):
    verdict = demo.verify()
    assert verdict.ok, verdict.message
    assert verdict.events == verdict.sealed_through == demo.services.store.last_position()
    assert verdict.events > 200


def test_key_file_is_private_and_outside_the_database(demo):
    demo.checkpoint()
    assert stat.S_IMODE(demo.key_file.stat().st_mode) == 0o600


def test_changed_state_bytes(demo):
    tamper.update_state(demo, 50, b'"actor":"', b'"actor":"x')
    problem = first(demo)
    assert (problem.kind, problem.position) == ("changed", 50)
    assert "50" in problem.message and problem.event_type


def test_deleted_row(demo):
    tamper.delete(demo, 60)
    problem = first(demo)
    assert (problem.kind, problem.position) == ("deleted", 60)


def test_row_inserted_at_the_tail(demo):
    last = demo.services.store.last_position()
    tamper.insert_copy(demo, 2, version=99_999)   # past any stream (the roster is long)
    problem = first(demo)
    assert (problem.kind, problem.position) == ("forged", last + 1)


def test_row_inserted_in_the_middle(demo):
    """Into a position the chain does not hold (a gap, or a renumbered slot)."""
    tamper.delete(demo, 70, with_chain=False)
    with demo.engine.begin() as conn:   # the chain forgets 70 too: now 70 is a gap
        conn.execute(text("DELETE FROM audit_chain WHERE position = 70"))
    tamper.insert_copy(demo, 2, version=99_999, position=70)
    problems = demo.verify().problems
    assert (problems[0].kind, problems[0].position) == ("forged", 70)


def test_swapped_rows(demo):
    tamper.swap(demo, 30, 40)
    problem = first(demo)
    assert (problem.kind, problem.position) == ("reordered", 30)
    assert "40" in problem.message


def test_tail_cut_after_checkpoint(demo):
    checkpoint, _ = demo.checkpoint()
    last = checkpoint.position
    tamper.delete(demo, last, last - 1, last - 2, with_chain=True)
    problem = first(demo)
    assert (problem.kind, problem.position) == ("tail_cut", last - 2)


def test_tail_rows_deleted_but_chain_kept(demo):
    last = demo.services.store.last_position()
    tamper.delete(demo, last, last - 1)
    problem = first(demo)
    assert (problem.kind, problem.position) == ("deleted", last - 1)


def test_forged_checkpoint_signature(demo):
    demo.checkpoint()
    with demo.engine.begin() as conn:
        conn.execute(text("UPDATE audit_checkpoints SET position = position - 1"))
    assert first(demo).kind == "forged_checkpoint"


def test_rewritten_log_and_recomputed_seal_fails_the_checkpoint(demo):
    """Even by an operator holding the MAC key: the signed checkpoints no longer match."""
    demo.checkpoint()
    tamper.update_state(demo, 80, b'"actor":"', b'"actor":"x')
    tamper.reseal_as_insider(demo, with_mac=True)
    problem = first(demo)
    covering = min(c.position for c in demo.checkpoints() if c.tree_size >= 80)
    assert (problem.kind, problem.position) == ("checkpoint_mismatch", covering)


def test_postgres_gap_is_normal_and_an_insert_into_it_is_found(demo):
    if not demo.table.is_postgres:
        return
    tamper.burn_position(demo)
    from service.demo import CELL
    demo.services.command(demo.services.store.change_superior,
                          CELL, "Ban Thường vụ Đảng ủy phường X",
                          demo.services.store.clock().date(), "bithu")
    assert demo.verify().ok
    gap = demo.services.store.last_position() - 1
    tamper.insert_copy(demo, 2, version=99_999, position=gap)
    problem = first(demo)
    assert (problem.kind, problem.position) == ("forged", gap)

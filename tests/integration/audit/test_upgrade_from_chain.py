"""Revision 1700 keeps a log sealed by the old hash chain verifiable: its entries are sealed
into the tree once, and the first signed tree head records where the chain ended."""

from __future__ import annotations

import base64

from sqlalchemy import MetaData, Table, insert, text

from migrations import upgrade
from service.audit import attach, keys
from service.audit.checkpoints import Checkpoint, message
from service.audit.hashing import GENESIS, link
from service.audit.rawstore import StoreTable, to_raw
from service.audit.sealing import cell_of
from service.config import sqlalchemy_url
from service.demo import CELL, load_demo
from service.services import Services
from tests.conftest import FIXED_NOW
from tests.integration.audit import tamper


def old_seal(services, key_file) -> int:
    """What the application did before 1700: chain every event, sign a V1 checkpoint."""
    t = StoreTable.of(services.database_url)
    chain = Table("audit_chain", MetaData(), autoload_with=services.engine)
    checkpoints = Table("audit_checkpoints", MetaData(), autoload_with=services.engine)
    previous, entries = GENESIS, []
    with services.engine.begin() as conn:
        rows = conn.execute(text(f"SELECT {t.position} AS position, originator_id, "
                                 f"originator_version, topic, state FROM {t.name} "
                                 f"ORDER BY {t.position}"))
        for row in [to_raw(r) for r in rows]:
            previous = link(previous, row.position, row.content)
            entries.append({"position": row.position, "originator_id": row.originator_id,
                            "originator_version": row.originator_version, "topic": row.topic,
                            "content_hash": row.content.hex(), "chain_hash": previous.hex(),
                            "cell_code": cell_of(row)})
        conn.execute(insert(chain), entries)
        key = keys.load_or_create(key_file)
        cp = Checkpoint(None, entries[-1]["position"], previous.hex(), "2026-11-01T08:00:00",
                        keys.fingerprint(key.public_key()), "")
        signature = base64.b64encode(key.sign(message(cp))).decode()
        conn.execute(insert(checkpoints), {"position": cp.position, "chain_hash": cp.chain_hash,
             "created_at": cp.created_at, "key_fingerprint": cp.key_fingerprint,
             "signature": signature})
    return entries[-1]["position"]


def test_a_chained_log_upgrades_and_stays_verifiable(database_url, tmp_path):
    url = sqlalchemy_url(database_url)
    upgrade(url, "1000")
    before = Services(database_url, clock=lambda: FIXED_NOW)
    load_demo(before)                                 # recorded without MACs, as before
    key_file = tmp_path / "keys" / "audit.pem"
    chained = old_seal(before, key_file)
    before.close()
    upgrade(url)
    services = Services(database_url, clock=lambda: FIXED_NOW)
    try:
        tools = attach(services, key_file)
        services.command(services.store.change_superior, CELL, "Đảng ủy phường Y", FIXED_NOW.date(),
                         "bithu")
        verdict = tools.verify()
        assert verdict.ok, verdict.message
        assert verdict.tree_size == verdict.events == chained + 1
        checkpoints = tools.checkpoints()
        assert checkpoints[0].chain_hash and not checkpoints[0].is_tree_head
        head = checkpoints[-1]
        assert head.legacy_position == chained and head.tree_size == chained + 1
        tamper.update_state(tools, 40, b'"actor":"', b'"actor":"x')
        tamper.reseal_as_insider(tools)               # legacy entries carry no MAC to check
        kinds = {p.kind for p in tools.verify().problems}
        assert {"checkpoint_mismatch"} <= kinds
    finally:
        services.close()

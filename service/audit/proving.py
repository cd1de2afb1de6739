"""Proofs on demand, against the latest signed checkpoint: that each event of one stream
(say, one candidate's history) is in the log, and that the log extends an earlier size."""

from __future__ import annotations

import json
from uuid import UUID

from service.audit import checkpoints as cps
from service.audit.proofs import consistency, inclusion, leaf_indexes
from service.audit.rawstore import rows_of_streams
from service.audit.tools import AuditRefused


def _latest(tools) -> cps.Checkpoint:
    with tools.engine.connect() as conn:
        checkpoint = cps.latest(conn)
    if checkpoint is None:
        raise AuditRefused("Chưa có điểm kiểm tra nào được ký: chạy `ketnap audit checkpoint`.")
    return checkpoint


def prove_stream(tools, stream_id: str) -> dict:
    """Each event of the stream sealed into the latest checkpoint, with its inclusion proof;
    the events recorded since are listed as not yet covered."""
    try:
        stream_id = str(UUID(stream_id))
    except ValueError:
        raise AuditRefused(f"Mã luồng không hợp lệ: {stream_id}") from None
    checkpoint = _latest(tools)
    with tools.engine.connect() as conn:
        rows = rows_of_streams(conn, tools.table, [stream_id], checkpoint.position)
        index = leaf_indexes(conn, [r.position for r in rows])
        proved = [{"position": r.position, "originator_version": r.originator_version,
                   "content_hash": r.content.hex(), "leaf_index": index[r.position],
                   "inclusion": [h.hex() for h in inclusion(conn, index[r.position],
                                                            checkpoint.tree_size)]}
                  for r in rows if r.position in index]
    return {"checkpoint": json.loads(tools.witness_line(checkpoint)), "events": proved,
            "not_sealed": [r.position for r in rows if r.position not in index]}


def prove_extension(tools, old_size: int) -> dict:
    """The consistency proof from a tree of `old_size` leaves to the latest checkpoint."""
    checkpoint = _latest(tools)
    if not 0 <= old_size <= checkpoint.tree_size:
        raise AuditRefused(f"Cỡ cây {old_size} không nằm trong điểm kiểm tra mới nhất "
                           f"({checkpoint.tree_size} sự kiện).")
    with tools.engine.connect() as conn:
        proof = consistency(conn, old_size, checkpoint.tree_size)
    return {"checkpoint": json.loads(tools.witness_line(checkpoint)), "old_size": old_size,
            "consistency": [h.hex() for h in proof]}

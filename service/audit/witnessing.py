"""This Ketnap as a witness for other cells' logs (usually the superior body's Ketnap).

It keeps, per origin, every checkpoint it accepted, and only ever appends. A checkpoint is
accepted when its signature holds under the key it carries, that key is one the origin used
before (or is endorsed by one: a rotation; the first checkpoint of an origin pins its key
and the account that sent it), and a consistency proof shows that it extends the last
checkpoint held. Refusals: 422 for a
signature or key it cannot trust, 409 for a checkpoint that does not extend the last one
(a rewritten log), with the size held.
"""

from __future__ import annotations

import base64
import json

from cryptography.exceptions import InvalidSignature
from sqlalchemy import Engine, insert, select, text

from service.audit import merkle
from service.audit.checkpoints import Checkpoint, signature_ok
from service.audit.keys import fingerprint, public_from_pem, rotation_message
from service.audit.tables import audit_witnessed


class WitnessRefused(Exception):
    def __init__(self, status: int, message: str, held_size: int | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.held_size = status, message, held_size


def held(engine: Engine, origin: str) -> list[dict]:
    with engine.connect() as conn:
        return _held(conn, origin)


def _held(conn, origin: str) -> list[dict]:
    rows = conn.execute(select(audit_witnessed.c.checkpoint)
                        .where(audit_witnessed.c.origin == origin)
                        .order_by(audit_witnessed.c.id))
    return [json.loads(r.checkpoint) for r in rows]


def receive(engine: Engine, body: dict, sender: str, now: str, is_postgres: bool) -> dict:
    data, checkpoint = _signed_checkpoint(body)
    with engine.begin() as conn:
        if is_postgres:
            conn.execute(text("LOCK TABLE audit_witnessed IN SHARE ROW EXCLUSIVE MODE"))
        else:
            conn.execute(text("DELETE FROM audit_witnessed WHERE 0"))   # the write lock
        kept = _held(conn, checkpoint.origin)
        if kept:
            _same_sender(conn, checkpoint.origin, sender)
            _trusted_key(data, checkpoint, kept)
            _extends(body, checkpoint, Checkpoint.from_dict(kept[-1]))
        conn.execute(insert(audit_witnessed), {
            "origin": checkpoint.origin, "tree_size": checkpoint.tree_size,
            "checkpoint": json.dumps(data, sort_keys=True), "received_at": now,
            "received_from": sender})
    return {"origin": checkpoint.origin, "tree_size": checkpoint.tree_size,
            "held": len(kept) + 1}


def _signed_checkpoint(body: dict) -> tuple[dict, Checkpoint]:
    try:
        data = dict(body["checkpoint"])
        checkpoint = Checkpoint.from_dict(data)
        public = public_from_pem(data["public_key"])
        int(checkpoint.tree_size)
        bytes.fromhex(checkpoint.root_hash)
    except (KeyError, TypeError, ValueError) as error:
        raise WitnessRefused(400, f"Điểm kiểm tra không đọc được: {error}") from None
    if not checkpoint.origin or fingerprint(public) != checkpoint.key_fingerprint or \
            not signature_ok(checkpoint, {checkpoint.key_fingerprint: public}):
        raise WitnessRefused(422, "Chữ ký điểm kiểm tra không hợp lệ với khóa kèm theo.")
    return data, checkpoint


def _same_sender(conn, origin: str, sender: str) -> None:
    """An origin belongs to the account that first pushed it (one per cell): another cell's
    token cannot add to it."""
    first = conn.execute(select(audit_witnessed.c.received_from)
                         .where(audit_witnessed.c.origin == origin)
                         .order_by(audit_witnessed.c.id).limit(1)).scalar()
    if first != sender:
        raise WitnessRefused(403, f"Sổ {origin} do tài khoản khác gửi lên; tài khoản này không "
                                  "được gửi điểm kiểm tra cho sổ đó.")


def _trusted_key(data: dict, checkpoint: Checkpoint, kept: list[dict]) -> None:
    """The key signed for this origin before, or is endorsed by a key that did."""
    known = {c["key_fingerprint"]: c["public_key"] for c in kept}
    if checkpoint.key_fingerprint in known:
        return
    message = rotation_message(checkpoint.origin, checkpoint.key_fingerprint)
    for pem in known.values():
        try:
            public_from_pem(pem).verify(base64.b64decode(data.get("endorsement") or ""),
                                        message)
            return
        except (InvalidSignature, ValueError):
            continue
    raise WitnessRefused(422, "Khóa ký điểm kiểm tra không phải khóa sổ này đã dùng, và "
                              "không được khóa trước đó xác nhận (chuyển khóa).")


def _extends(body: dict, checkpoint: Checkpoint, last: Checkpoint) -> None:
    try:
        old_size = int(body.get("old_size"))
        proof = [bytes.fromhex(h) for h in body.get("consistency") or []]
    except (TypeError, ValueError):
        old_size, proof = -1, []
    if old_size != last.tree_size or not merkle.verify_consistency(
            last.tree_size, checkpoint.tree_size, bytes.fromhex(last.root_hash),
            bytes.fromhex(checkpoint.root_hash), proof):
        raise WitnessRefused(409, f"Điểm kiểm tra không nối tiếp điểm cuối cùng đang giữ "
                                  f"({last.tree_size} sự kiện, lập {last.created_at}): sổ đã "
                                  "bị viết lại, hoặc thiếu bằng chứng nhất quán.",
                             last.tree_size)

"""Signed checkpoints: (position, chain hash, time), signed with the key outside the database.

A checkpoint pasted into the cell's minutes (biên bản sinh hoạt chi bộ) pins the log: any
later rewrite of the events before it, or a cut of the tail after it, no longer matches.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, insert, select

from service.audit.keys import fingerprint, grouped
from service.audit.sealing import chain_tail
from service.audit.tables import audit_checkpoints


@dataclass(frozen=True)
class Checkpoint:
    id: int | None
    position: int
    chain_hash: str
    created_at: str
    key_fingerprint: str
    signature: str

    def as_dict(self) -> dict:
        return {"id": self.id, "position": self.position, "chain_hash": self.chain_hash,
                "created_at": self.created_at, "key_fingerprint": self.key_fingerprint,
                "signature": self.signature}


def message(position: int, chain_hash: str, created_at: str) -> bytes:
    """The exact bytes signed (verify_bundle.py rebuilds them the same way)."""
    return f"KETNAP-CHECKPOINT-V1\n{position}\n{chain_hash}\n{created_at}\n".encode()


def create(conn: Connection, key: Ed25519PrivateKey, now: datetime) -> Checkpoint:
    tail = chain_tail(conn)
    created_at = now.isoformat(timespec="seconds")
    signature = key.sign(message(tail.position, tail.chain_hash.hex(), created_at))
    values = {"position": tail.position, "chain_hash": tail.chain_hash.hex(),
              "created_at": created_at, "key_fingerprint": fingerprint(key.public_key()),
              "signature": base64.b64encode(signature).decode()}
    new_id = conn.execute(insert(audit_checkpoints).returning(audit_checkpoints.c.id),
                          values).scalar_one()
    return Checkpoint(new_id, **values)


def all_checkpoints(conn: Connection) -> list[Checkpoint]:
    rows = conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id))
    return [Checkpoint(**row._mapping) for row in rows]


def signature_ok(cp: Checkpoint, public: Ed25519PublicKey) -> bool:
    if cp.key_fingerprint != fingerprint(public):
        return False
    try:
        public.verify(base64.b64decode(cp.signature),
                      message(cp.position, cp.chain_hash, cp.created_at))
    except (InvalidSignature, ValueError):
        return False
    return True


def minutes_text(cp: Checkpoint, events: int) -> str:
    """What the secretary pastes into the minutes, in Vietnamese."""
    return "\n".join([
        "ĐIỂM KIỂM TRA SỔ GHI SỰ KIỆN KETNAP (niêm phong bằng chuỗi băm SHA-256)",
        f"Số hiệu điểm kiểm tra: {cp.id}",
        f"Thời điểm lập: {cp.created_at}",
        f"Vị trí sự kiện cuối cùng được niêm phong: {cp.position} ({events} sự kiện)",
        f"Mã băm chuỗi: {grouped(cp.chain_hash)}",
        f"Dấu vân tay khóa công khai (SHA-256): {grouped(cp.key_fingerprint)}",
        f"Chữ ký Ed25519: {cp.signature}",
        "Đề nghị ghi nguyên văn đoạn này vào biên bản sinh hoạt chi bộ; khi kiểm tra, "
        "Ủy ban kiểm tra chạy `ketnap audit verify` và đối chiếu mã băm, dấu vân tay với biên bản.",
    ])

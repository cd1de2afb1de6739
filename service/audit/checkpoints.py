"""Signed checkpoints (signed tree heads): the log's origin, the tree's size and root, the
last sealed position and the time, signed with the key outside the database.

A checkpoint pasted into the cell's minutes (biên bản sinh hoạt chi bộ), appended to the
witness file and pushed to the superior body's Ketnap pins the log: a later log must extend
it (consistency proof), and any event in it can be proved in it (inclusion proof).
The first checkpoints (V1, before revision 1700) signed the hash chain's tail instead; they
still verify, and every V2 checkpoint records where that chain ended (`legacy`).
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, insert, select

from service.audit.keys import fingerprint, grouped
from service.audit.sealing import chain_tail, frontier
from service.audit.tables import audit_chain, audit_checkpoints


@dataclass(frozen=True)
class Checkpoint:
    id: int | None
    position: int
    chain_hash: str | None
    created_at: str
    key_fingerprint: str
    signature: str
    origin: str | None = None
    tree_size: int | None = None
    root_hash: str | None = None
    legacy_position: int | None = None
    legacy_chain_hash: str | None = None

    @property
    def is_tree_head(self) -> bool:
        return self.tree_size is not None

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Checkpoint:
        return cls(**{name: data.get(name) for name in cls.__dataclass_fields__})


def message(cp: Checkpoint) -> bytes:
    """The exact bytes signed (verify_bundle.py rebuilds them the same way)."""
    if not cp.is_tree_head:
        return f"KETNAP-CHECKPOINT-V1\n{cp.position}\n{cp.chain_hash}\n{cp.created_at}\n".encode()
    legacy = f"{cp.legacy_position or 0} {cp.legacy_chain_hash or '-'}"
    return (f"KETNAP-CHECKPOINT-V2\n{cp.origin}\n{cp.tree_size}\n{cp.root_hash}\n"
            f"{cp.position}\n{cp.created_at}\n{legacy}\n").encode()


def _legacy_tail(conn: Connection) -> tuple[int | None, str | None]:
    """Where the hash chain of revision 0200 ended (entries sealed before the tree). Every
    tree checkpoint carries it and it never changes once the tree exists, so it is read from
    the latest one; only the first tree checkpoint looks in the chain, whose NULL-skipping
    search walks every entry (1M events: about 0.2 s a checkpoint before this)."""
    previous = latest(conn)
    if previous is not None:
        return previous.legacy_position, previous.legacy_chain_hash
    row = conn.execute(select(audit_chain.c.position, audit_chain.c.chain_hash)
                       .where(audit_chain.c.chain_hash.is_not(None))
                       .order_by(audit_chain.c.position.desc()).limit(1)).first()
    return (row.position, row.chain_hash) if row else (None, None)


def create(conn: Connection, key: Ed25519PrivateKey, now: datetime,
           log_origin: str) -> Checkpoint:
    """Sign the tree as sealed now (the caller holds the seal's lock or has just sealed)."""
    tail = chain_tail(conn)
    legacy_position, legacy_hash = _legacy_tail(conn)
    unsigned = Checkpoint(None, tail.position, None, now.isoformat(timespec="seconds"),
                          fingerprint(key.public_key()), "", log_origin, tail.size,
                          frontier(conn, tail.size).root().hex(), legacy_position,
                          legacy_hash)
    signature = base64.b64encode(key.sign(message(unsigned))).decode()
    values = unsigned.as_dict() | {"signature": signature}
    values.pop("id")
    new_id = conn.execute(insert(audit_checkpoints).returning(audit_checkpoints.c.id),
                          values).scalar_one()
    return Checkpoint(new_id, **values)


def all_checkpoints(conn: Connection) -> list[Checkpoint]:
    rows = conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.id))
    return [Checkpoint(**row._mapping) for row in rows]


def latest(conn: Connection) -> Checkpoint | None:
    row = conn.execute(select(audit_checkpoints).where(audit_checkpoints.c.tree_size.is_not(None))
                       .order_by(audit_checkpoints.c.id.desc()).limit(1)).first()
    return None if row is None else Checkpoint(**row._mapping)


def signature_ok(cp: Checkpoint, keys: dict[str, Ed25519PublicKey]) -> bool:
    public = keys.get(cp.key_fingerprint)
    if public is None:
        return False
    try:
        public.verify(base64.b64decode(cp.signature), message(cp))
    except (InvalidSignature, ValueError):
        return False
    return True


def witness_line(cp: Checkpoint, public_pem: str, endorsement: str | None) -> str:
    """One line of the witness file, and the body pushed to a witness URL: the checkpoint
    with the public key that signed it (and that key's endorsement by the one before)."""
    return json.dumps(cp.as_dict() | {"public_key": public_pem, "endorsement": endorsement},
                      ensure_ascii=False, sort_keys=True)


def minutes_text(cp: Checkpoint, events: int) -> str:
    """What the secretary pastes into the minutes, in Vietnamese."""
    return "\n".join([
        "ĐIỂM KIỂM TRA SỔ GHI SỰ KIỆN KETNAP (cây Merkle SHA-256 theo RFC 9162)",
        f"Số hiệu điểm kiểm tra: {cp.id}",
        f"Sổ: {cp.origin}",
        f"Thời điểm lập: {cp.created_at}",
        f"Số sự kiện đã niêm phong: {cp.tree_size} (đến vị trí {cp.position}; {events} "
        "sự kiện trong sổ)",
        f"Gốc cây Merkle: {grouped(cp.root_hash or '')}",
        f"Dấu vân tay khóa công khai (SHA-256): {grouped(cp.key_fingerprint)}",
        f"Chữ ký Ed25519: {cp.signature}",
        "Đề nghị ghi nguyên văn đoạn này vào biên bản sinh hoạt chi bộ; khi kiểm tra, "
        "Ủy ban kiểm tra chạy `ketnap audit verify` và đối chiếu gốc cây, dấu vân tay với "
        "biên bản.",
    ])

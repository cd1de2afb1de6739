"""`ketnap audit verify`: recompute the chain from the raw store table and compare.

One streaming pass over the raw events and the chain, merged by position, finds each event
changed, deleted, inserted or moved directly in the database; then every checkpoint is checked
(signature, tail cut off after it, chain rewritten before it). Problems come in log order, so
the first one names the first event touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, Engine, select

from service.audit import diagnosis
from service.audit.checkpoints import Checkpoint, all_checkpoints, signature_ok
from service.audit.hashing import GENESIS, event_type, link
from service.audit.problems import Problem, describe
from service.audit.rawstore import RawRow, StoreTable, raw_rows
from service.audit.tables import audit_chain


@dataclass
class Verdict:
    events: int = 0
    sealed_through: int = 0
    last_position: int = 0
    checkpoints: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str:
        if self.ok:
            return (f"Sổ sự kiện nguyên vẹn: {self.events} sự kiện, chuỗi băm đến vị trí "
                    f"{self.sealed_through}, {self.checkpoints} điểm kiểm tra có chữ ký hợp lệ.")
        return f"PHÁT HIỆN CAN THIỆP ({len(self.problems)} vấn đề). Đầu tiên: " \
               f"{self.problems[0].message}"

    def as_dict(self) -> dict:
        return {"ok": self.ok, "message": self.message, "events": self.events,
                "sealed_through": self.sealed_through, "last_position": self.last_position,
                "checkpoints": self.checkpoints,
                "problems": [asdict(p) for p in self.problems]}


def verify(engine: Engine, table: StoreTable, public: Ed25519PublicKey) -> Verdict:
    verdict = Verdict()
    with engine.connect() as conn:
        checkpoints = all_checkpoints(conn)
        at_checkpoint = _walk(conn, table, {c.position for c in checkpoints}, verdict)
        verdict.problems = diagnosis.refine(conn, table, verdict.problems)
        verdict.problems += _check_checkpoints(checkpoints, at_checkpoint, verdict, public)
    verdict.checkpoints = len(checkpoints)
    verdict.problems.sort(key=lambda p: p.position)
    return verdict


def _chain_rows(conn: Connection) -> Iterator:
    query = select(audit_chain).order_by(audit_chain.c.position)
    yield from conn.execute(query, execution_options={"yield_per": 2000})


def _walk(conn: Connection, table: StoreTable, marks: set[int],
          verdict: Verdict) -> dict[int, bytes]:
    """Merge raw rows and chain entries by position; returns the recomputed hash at marks."""
    raws, chain = raw_rows(conn, table), _chain_rows(conn)
    raw, entry = next(raws, None), next(chain, None)
    from_raw, stored, at_mark = GENESIS, GENESIS, {}
    while raw is not None or entry is not None:
        if entry is None or (raw is not None and raw.position < entry.position):
            from_raw = link(from_raw, raw.position, raw.content)
            _unchained(raw, verdict, inserted=entry is not None)
            position, raw = raw.position, next(raws, None)
        else:
            stored = _check_entry(entry, stored, verdict)
            if raw is not None and raw.position == entry.position:
                from_raw = link(from_raw, raw.position, _compare(raw, entry, verdict))
                raw = next(raws, None)
            else:
                verdict.problems.append(describe("deleted", entry))
            position, entry = entry.position, next(chain, None)
        if position in marks:
            at_mark[position] = from_raw
    return at_mark


def _unchained(raw: RawRow, verdict: Verdict, inserted: bool) -> None:
    verdict.events += 1
    verdict.last_position = raw.position
    verdict.problems.append(describe("inserted" if inserted else "unsealed", raw))


def _check_entry(entry, stored: bytes, verdict: Verdict) -> bytes:
    """The chain table itself: each link must follow from the previous one."""
    verdict.sealed_through = entry.position
    if link(stored, entry.position, bytes.fromhex(entry.content_hash)).hex() != entry.chain_hash:
        verdict.problems.append(describe("chain_altered", entry))
    return bytes.fromhex(entry.chain_hash)


def _compare(raw: RawRow, entry, verdict: Verdict) -> bytes:
    verdict.events += 1
    verdict.last_position = raw.position
    content = raw.content
    if content.hex() != entry.content_hash:
        verdict.problems.append(describe("changed", raw, sealed=entry))
    return content


def _check_checkpoints(checkpoints: list[Checkpoint], at_mark: dict[int, bytes],
                       verdict: Verdict, public: Ed25519PublicKey) -> list[Problem]:
    found = []
    for cp in checkpoints:
        if not signature_ok(cp, public):
            found.append(Problem("forged_checkpoint", cp.position,
                                 f"Điểm kiểm tra số {cp.id} (vị trí {cp.position}) có chữ ký "
                                 "không hợp lệ hoặc không do khóa của hệ thống ký: giả mạo."))
        elif cp.position > verdict.last_position:
            found.append(Problem("tail_cut", verdict.last_position + 1,
                                 f"Các sự kiện từ vị trí {verdict.last_position + 1} đến "
                                 f"{cp.position} đã bị xóa khỏi cuối sổ sau điểm kiểm tra số "
                                 f"{cp.id} (lập {cp.created_at})."))
        elif at_mark.get(cp.position, b"").hex() != cp.chain_hash:
            found.append(Problem("checkpoint_mismatch", cp.position,
                                 f"Chuỗi băm tính lại đến vị trí {cp.position} không khớp điểm "
                                 f"kiểm tra số {cp.id} đã ký: sổ sự kiện trước điểm này đã bị "
                                 "viết lại."))
    return found


__all__ = ["Problem", "Verdict", "event_type", "verify"]

"""`ketnap audit verify`: recompute the log's seal from the raw store table and compare.

One streaming pass over the raw events and the sealed entries, merged by position, finds
each event changed, deleted, inserted or moved directly in the database, and each event
without the MAC the application writes with it; meanwhile it rebuilds the Merkle tree from
the raw events (and the old hash chain over the entries sealed before the tree). Then every
checkpoint, signed here or kept by a witness, is checked: signature, a tail cut off after
it, a log rewritten before it. Problems come in log order: the first names the first event
touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from sqlalchemy import Connection, Engine, select

from service.audit import diagnosis, merkle
from service.audit.checkpoints import Checkpoint, all_checkpoints, signature_ok
from service.audit.hashing import GENESIS, event_type, link
from service.audit.mac import mac_ok
from service.audit.problems import Problem, describe
from service.audit.rawstore import RawRow, StoreTable, raw_rows
from service.audit.sealing import frontier, leaf_of
from service.audit.tables import audit_chain


@dataclass
class Verdict:
    events: int = 0
    sealed_through: int = 0
    last_position: int = 0
    tree_size: int = 0
    checkpoints: int = 0
    witnessed: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str:
        if self.ok:
            witnessed = (f", nối tiếp {self.witnessed} điểm kiểm tra do nhân chứng giữ"
                         if self.witnessed else "")
            return (f"Sổ sự kiện nguyên vẹn: {self.events} sự kiện, {self.tree_size} sự kiện "
                    f"đã niêm phong (đến vị trí {self.sealed_through}), {self.checkpoints} "
                    f"điểm kiểm tra có chữ ký hợp lệ{witnessed}.")
        return f"PHÁT HIỆN CAN THIỆP ({len(self.problems)} vấn đề). Đầu tiên: " \
               f"{self.problems[0].message}"

    def as_dict(self) -> dict:
        return {"ok": self.ok, "message": self.message, "events": self.events,
                "sealed_through": self.sealed_through, "last_position": self.last_position,
                "tree_size": self.tree_size, "checkpoints": self.checkpoints,
                "witnessed": self.witnessed, "warnings": self.warnings,
                "problems": [asdict(p) for p in self.problems]}


@dataclass
class Recomputed:
    """What the walk rebuilt from the raw rows, at the sizes and positions asked for."""
    chain_at: dict[int, bytes] = field(default_factory=dict)     # position → old chain hash
    root_at: dict[int, bytes] = field(default_factory=dict)      # tree size → root
    tree: merkle.Frontier = field(default_factory=merkle.Frontier)


def verify(engine: Engine, table: StoreTable, keys: dict, mac_key: bytes,
           witnessed: list[Checkpoint] | None = None) -> Verdict:
    verdict = Verdict()
    witnessed = witnessed or []
    with engine.connect() as conn:
        checkpoints = all_checkpoints(conn)
        marks = Marks.of(checkpoints + witnessed)
        again = _walk(conn, table, marks, _legacy_bound(checkpoints, keys), mac_key, verdict)
        verdict.problems = diagnosis.refine(conn, table, verdict.problems)
        verdict.problems += _check_stored_tree(conn, again, verdict)
        verdict.problems += _check_checkpoints(checkpoints, again, verdict, keys)
        verdict.problems += _check_witnessed(conn, witnessed, again, verdict, keys)
    verdict.checkpoints = len(checkpoints)
    verdict.witnessed = len(witnessed)
    verdict.warnings = _warnings(checkpoints, witnessed)
    verdict.problems.sort(key=lambda p: p.position)
    return verdict


@dataclass(frozen=True)
class Marks:
    """Where the walk must remember what it rebuilt: the old chain at each V1 checkpoint (and
    where a tree head says the chain ended), the tree's root at each tree head's size."""
    positions: frozenset[int]
    sizes: frozenset[int]

    @classmethod
    def of(cls, checkpoints: list[Checkpoint]) -> Marks:
        return cls(frozenset(c.legacy_position or c.position for c in checkpoints),
                   frozenset(c.tree_size for c in checkpoints if c.is_tree_head))


def _legacy_bound(checkpoints: list[Checkpoint], keys: dict) -> int | None:
    """Entries up to here were sealed by the old chain, without a MAC: the first validly
    signed tree head says where that chain ended (None: no tree head yet, trust the chain)."""
    for cp in checkpoints:
        if cp.is_tree_head and signature_ok(cp, keys):
            return cp.legacy_position or 0
    return None


def _chain_rows(conn: Connection) -> Iterator:
    query = select(audit_chain).order_by(audit_chain.c.position)
    yield from conn.execute(query, execution_options={"yield_per": 2000})


def _walk(conn: Connection, table: StoreTable, marks: Marks, legacy_bound: int | None,
          mac_key: bytes, verdict: Verdict) -> Recomputed:
    """Merge raw rows and sealed entries by position, rebuilding chain and tree."""
    raws, chain = raw_rows(conn, table), _chain_rows(conn)
    raw, entry = next(raws, None), next(chain, None)
    from_raw, stored, again = GENESIS, GENESIS, Recomputed()
    while raw is not None or entry is not None:
        if entry is None or (raw is not None and raw.position < entry.position):
            from_raw = link(from_raw, raw.position, raw.content)
            _unsealed(raw, verdict, mac_key, inserted=entry is not None)
            position, raw = raw.position, next(raws, None)
        else:
            stored = _check_entry(entry, stored, again.tree.size, verdict)
            content = bytes.fromhex(entry.content_hash)
            if raw is not None and raw.position == entry.position:
                content = _compare(raw, entry, legacy_bound, mac_key, verdict)
                from_raw = link(from_raw, raw.position, content)
                raw = next(raws, None)
            else:
                verdict.problems.append(describe("deleted", entry))
            again.tree.append(leaf_of(entry.position, content))
            if again.tree.size in marks.sizes:
                again.root_at[again.tree.size] = again.tree.root()
            position, entry = entry.position, next(chain, None)
        if position in marks.positions:
            again.chain_at[position] = from_raw
    verdict.tree_size = again.tree.size
    return again


def _unsealed(raw: RawRow, verdict: Verdict, mac_key: bytes, inserted: bool) -> None:
    verdict.events += 1
    verdict.last_position = raw.position
    if not mac_ok(mac_key, raw.position, raw.content, raw.mac):
        verdict.problems.append(describe("forged", raw))
    else:
        verdict.problems.append(describe("inserted" if inserted else "unsealed", raw))


def _check_entry(entry, stored: bytes, leaves: int, verdict: Verdict) -> bytes:
    """The sealed entries themselves: the old chain's links follow from each other, and
    every entry is the next leaf of the tree."""
    verdict.sealed_through = entry.position
    if entry.leaf_index != leaves:
        verdict.problems.append(describe("chain_altered", entry))
    if entry.chain_hash is None:
        return stored
    if link(stored, entry.position, bytes.fromhex(entry.content_hash)).hex() != entry.chain_hash:
        verdict.problems.append(describe("chain_altered", entry))
    return bytes.fromhex(entry.chain_hash)


def _compare(raw: RawRow, entry, legacy_bound: int | None, mac_key: bytes,
             verdict: Verdict) -> bytes:
    verdict.events += 1
    verdict.last_position = raw.position
    content = raw.content
    if content.hex() != entry.content_hash:
        verdict.problems.append(describe("changed", raw, sealed=entry))
    elif not _legacy(entry, legacy_bound) and not mac_ok(mac_key, raw.position, content,
                                                         raw.mac):
        verdict.problems.append(describe("forged", raw))
    return content


def _legacy(entry, legacy_bound: int | None) -> bool:
    """Sealed by the old chain before the tree existed (so without a MAC)."""
    if entry.chain_hash is None:
        return False
    return legacy_bound is None or entry.position <= legacy_bound


def _check_stored_tree(conn: Connection, again: Recomputed, verdict: Verdict) -> list[Problem]:
    """The stored subtrees (which proofs are built from) give the root the walk rebuilt."""
    try:
        stored = frontier(conn, again.tree.size).root()
    except LookupError:
        stored = None
    if stored == again.tree.root():
        return []
    return [Problem("tree_altered", verdict.sealed_through,
                    "Các nút cây Merkle lưu trong bảng audit_nodes không khớp các sự kiện đã "
                    "niêm phong: bảng này đã bị sửa (các bằng chứng lấy từ đó sẽ sai).")]


def _check_checkpoints(checkpoints: list[Checkpoint], again: Recomputed, verdict: Verdict,
                       keys: dict) -> list[Problem]:
    found = []
    for cp in checkpoints:
        where = f"Điểm kiểm tra số {cp.id} (lập {cp.created_at}, vị trí {cp.position})"
        found += _check_one(cp, where, again, verdict, keys, "checkpoint")
    return found


def _check_one(cp: Checkpoint, where: str, again: Recomputed, verdict: Verdict, keys: dict,
               kind: str) -> list[Problem]:
    if not signature_ok(cp, keys):
        return [Problem(f"forged_{kind}", cp.position,
                        f"{where} có chữ ký không hợp lệ hoặc không do khóa nào của hệ thống "
                        "ký: giả mạo.")]
    cut = cp.tree_size > again.tree.size if cp.is_tree_head else \
        cp.position > verdict.last_position
    if cut:
        start = verdict.sealed_through + 1 if cp.is_tree_head else verdict.last_position + 1
        return [Problem("tail_cut", min(start, cp.position),
                        f"{where}: sổ hiện tại ngắn hơn điểm này ({cp.tree_size or cp.position}"
                        f"); các sự kiện sau vị trí {start - 1} đã bị cắt khỏi cuối sổ.")]
    problems = []
    if cp.is_tree_head and again.root_at.get(cp.tree_size, b"").hex() != cp.root_hash:
        problems.append(Problem(f"{kind}_mismatch", cp.position,
                                f"{where}: cây Merkle dựng lại từ sổ không khớp gốc đã ký "
                                f"({cp.tree_size} sự kiện): sổ trước điểm này đã bị viết lại."))
    legacy = cp.legacy_position if cp.is_tree_head else cp.position
    legacy_hash = cp.legacy_chain_hash if cp.is_tree_head else cp.chain_hash
    if legacy and again.chain_at.get(legacy, b"").hex() != legacy_hash:
        problems.append(Problem(f"{kind}_mismatch", legacy,
                                f"{where}: chuỗi băm cũ tính lại đến vị trí {legacy} không "
                                "khớp bản đã ký: sổ trước điểm này đã bị viết lại."))
    return problems


def _check_witnessed(conn: Connection, witnessed: list[Checkpoint], again: Recomputed,
                     verdict: Verdict, keys: dict) -> list[Problem]:
    """Every checkpoint a witness keeps must be extended by today's log: its root rebuilt
    from the raw events, and a consistency proof from the stored tree to today's root."""
    found, today = [], again.tree.root()
    for number, cp in enumerate(witnessed, start=1):
        where = (f"Điểm kiểm tra thứ {number} do nhân chứng giữ ({cp.tree_size} sự kiện, lập "
                 f"{cp.created_at}): sổ hiện tại không còn nối tiếp điểm này —")
        problems = _check_one(cp, where, again, verdict, keys, "witness")
        if not problems and not _consistent(conn, cp, again.tree.size, today):
            problems = [Problem("witness_mismatch", cp.position,
                                f"{where} bằng chứng nhất quán không khớp.")]
        found += problems
    return found


def _consistent(conn: Connection, cp: Checkpoint, size: int, root: bytes) -> bool:
    from service.audit.proofs import consistency
    try:
        proof = consistency(conn, cp.tree_size, size)
    except LookupError:
        return False
    return merkle.verify_consistency(cp.tree_size, size, bytes.fromhex(cp.root_hash), root,
                                     proof)


def _warnings(checkpoints: list[Checkpoint], witnessed: list[Checkpoint]) -> list[str]:
    heads = [c for c in checkpoints if c.is_tree_head]
    if witnessed and not heads:
        return [f"Cơ sở dữ liệu không còn điểm kiểm tra nào, trong khi nhân chứng giữ "
                f"{len(witnessed)}: các điểm kiểm tra đã bị xóa."]
    if witnessed and len(heads) < len(witnessed):
        return [f"Cơ sở dữ liệu giữ {len(heads)} điểm kiểm tra, ít hơn nhân chứng "
                f"({len(witnessed)}): có điểm kiểm tra đã bị xóa."]
    if not heads:
        return ["Chưa có điểm kiểm tra nào được ký: chỉ nhân chứng bên ngoài mới chứng minh "
                "được sổ không bị viết lại toàn bộ."]
    return []


__all__ = ["Problem", "Verdict", "event_type", "verify"]

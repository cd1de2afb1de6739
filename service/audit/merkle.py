"""The Merkle tree of RFC 9162 (Certificate Transparency 2.0, §2.1) over the sealed events.

Standard library only: `verify_bundle.py` carries the same verification code, so an inspector
checks proofs with nothing but Python and `cryptography`.

    leaf hash   = SHA-256(0x00 || leaf data)         node = SHA-256(0x01 || left || right)
    leaf data   = "ketnap-leaf-v1\\n<position>\\n" || content hash (hashing.py)

Proofs are built from stored perfect subtrees (`audit_nodes`: level, index, hash; the leaves
are level 0), so a proof costs O(log² n) look-ups, fetched in one query, whatever the log's
length. pymerkle implements the same RFC but recomputes subtrees from the leaves (a cold
proof at 1M events hashes them all); it serves as the reference in the tests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

EMPTY_ROOT = hashlib.sha256(b"").digest()
NodeGetter = Callable[[int, int], bytes]   # (level, index) → hash of a perfect subtree


def leaf_data(position: int, content: bytes) -> bytes:
    return f"ketnap-leaf-v1\n{position}\n".encode() + content


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def split(size: int) -> int:
    """The largest power of two smaller than `size` (size > 1)."""
    return 1 << ((size - 1).bit_length() - 1)


# --- building proofs from perfect subtrees --------------------------------------------------

def subtree(start: int, end: int, node: NodeGetter) -> bytes:
    """MTH(D[start:end]); every range the proofs ask for is perfect and aligned, or splits
    into such ranges."""
    size = end - start
    if size == 0:
        return EMPTY_ROOT
    if size & (size - 1) == 0:
        level = size.bit_length() - 1
        return node(level, start >> level)
    k = split(size)
    return node_hash(subtree(start, start + k, node), subtree(start + k, end, node))


def inclusion_path(index: int, size: int, node: NodeGetter) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1, leaf first."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    return _path(index, 0, size, node)


def _path(m: int, start: int, end: int, node: NodeGetter) -> list[bytes]:
    size = end - start
    if size == 1:
        return []
    k = split(size)
    if m < k:
        return _path(m, start, start + k, node) + [subtree(start + k, end, node)]
    return _path(m - k, start + k, end, node) + [subtree(start, start + k, node)]


def consistency_path(first: int, second: int, node: NodeGetter) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1."""
    if not 0 <= first <= second:
        raise ValueError(f"no consistency proof from {first} to {second}")
    if first in (0, second):
        return []
    return _subproof(first, 0, second, True, node)


def _subproof(m: int, start: int, end: int, whole: bool, node: NodeGetter) -> list[bytes]:
    size = end - start
    if m == size:
        return [] if whole else [subtree(start, end, node)]
    k = split(size)
    if m <= k:
        return _subproof(m, start, start + k, whole, node) + [subtree(start + k, end, node)]
    return _subproof(m - k, start + k, end, False, node) + [subtree(start, start + k, node)]


def nodes_needed(build: Callable[[NodeGetter], object]) -> set[tuple[int, int]]:
    """Which stored subtrees a proof reads: run it once with a recording getter, so that the
    caller can fetch them all in one query."""
    asked: set[tuple[int, int]] = set()

    def record(level: int, index: int) -> bytes:
        asked.add((level, index))
        return EMPTY_ROOT
    build(record)
    return asked


# --- verifying (RFC 9162 §2.1.3.2 and §2.1.4.2) ---------------------------------------------

def root_from_inclusion(index: int, size: int, leaf: bytes, path: list[bytes]) -> bytes | None:
    """The root the path leads to, or None when the path cannot belong to such a tree."""
    if not 0 <= index < size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return r if sn == 0 else None


def verify_inclusion(index: int, size: int, leaf: bytes, path: list[bytes],
                     root: bytes) -> bool:
    return root_from_inclusion(index, size, leaf, path) == root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: list[bytes]) -> bool:
    if not 0 <= first <= second:
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof
    if first & (first - 1) == 0:
        proof = [first_root, *proof]
    if not proof:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == first_root and sr == second_root and sn == 0


# --- growing the tree one leaf at a time ----------------------------------------------------

class Frontier:
    """The right edge of the tree (its perfect subtrees, largest first): enough to append a
    leaf, to list the subtrees it completes, and to compute the root, in O(log n)."""

    def __init__(self, size: int = 0, edge: Iterable[bytes] = ()) -> None:
        self.size = size
        self.edge = list(edge)   # one hash per set bit of `size`, highest bit first

    @staticmethod
    def edge_nodes(size: int) -> list[tuple[int, int]]:
        """(level, index) of the perfect subtrees on the right edge of a tree of `size`."""
        found, start = [], 0
        for level in range(size.bit_length() - 1, -1, -1):
            if size >> level & 1:
                found.append((level, start >> level))
                start += 1 << level
        return found

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf; returns every (level, index, hash) it completes, the leaf included."""
        index, level, h = self.size, 0, leaf
        made = [(0, index, leaf)]
        while index >> level & 1:
            h = node_hash(self.edge.pop(), h)
            level += 1
            made.append((level, index >> level, h))
        self.edge.append(h)
        self.size += 1
        return made

    def root(self) -> bytes:
        if not self.edge:
            return EMPTY_ROOT
        r = self.edge[-1]
        for left in reversed(self.edge[:-1]):
            r = node_hash(left, r)
        return r

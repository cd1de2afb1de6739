"""RFC 9162 arithmetic of service/audit/merkle.py against the RFC's recursive definitions and
against pymerkle (an independent implementation of the same RFC)."""

from __future__ import annotations

import pytest
from pymerkle import InmemoryTree

from service.audit import merkle

SIZES = range(1, 34)


def leaves(n: int) -> list[bytes]:
    return [merkle.leaf_hash(f"leaf {i}".encode()) for i in range(n)]


def mth(hashes: list[bytes]) -> bytes:
    """MTH of RFC 9162 §2.1.1, written as the RFC states it."""
    if not hashes:
        return merkle.EMPTY_ROOT
    if len(hashes) == 1:
        return hashes[0]
    k = merkle.split(len(hashes))
    return merkle.node_hash(mth(hashes[:k]), mth(hashes[k:]))


def getter(hashes: list[bytes]):
    def node(level: int, index: int) -> bytes:
        return mth(hashes[index << level:(index + 1) << level])
    return node


def grown(n: int) -> merkle.Frontier:
    frontier = merkle.Frontier()
    for leaf in leaves(n):
        frontier.append(leaf)
    return frontier


def test_roots_match_pymerkle():
    tree = InmemoryTree(algorithm="sha256")
    frontier = merkle.Frontier()
    for i in range(1, 70):
        data = f"entry {i}".encode()
        tree.append_entry(data)
        frontier.append(merkle.leaf_hash(data))
        assert frontier.root() == tree.get_state(i) == mth(
            [merkle.leaf_hash(f"entry {j}".encode()) for j in range(1, i + 1)])


def test_empty_tree_root_is_the_hash_of_nothing():
    assert merkle.Frontier().root() == bytes.fromhex(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")


def test_frontier_lists_every_completed_subtree():
    frontier, hashes, made = merkle.Frontier(), leaves(13), {}
    for leaf in hashes:
        made.update({(lv, ix): h for lv, ix, h in frontier.append(leaf)})
    node = getter(hashes)
    assert made == {key: node(*key) for key in made}
    assert (3, 0) in made and (3, 1) not in made
    assert merkle.Frontier.edge_nodes(13) == [(3, 0), (2, 2), (0, 12)]


@pytest.mark.parametrize("n", SIZES)
def test_every_inclusion_proof_verifies_and_any_change_fails(n):
    hashes, root = leaves(n), mth(leaves(n))
    for m in range(n):
        path = merkle.inclusion_path(m, n, getter(hashes))
        assert merkle.verify_inclusion(m, n, hashes[m], path, root)
        assert not merkle.verify_inclusion(m, n, merkle.leaf_hash(b"forged"), path, root)
        if n > 1:
            assert not merkle.verify_inclusion((m + 1) % n, n, hashes[m], path, root)
        if path:
            bad = [path[0][:-1] + bytes([path[0][-1] ^ 1]), *path[1:]]
            assert not merkle.verify_inclusion(m, n, hashes[m], bad, root)


@pytest.mark.parametrize("n", SIZES)
def test_every_consistency_proof_verifies_and_a_rewrite_fails(n):
    hashes = leaves(n)
    for m in range(1, n + 1):
        proof = merkle.consistency_path(m, n, getter(hashes))
        old, new = mth(hashes[:m]), mth(hashes)
        assert merkle.verify_consistency(m, n, old, new, proof)
        rewritten = mth([merkle.leaf_hash(b"rewritten"), *hashes[1:m]])
        assert not merkle.verify_consistency(m, n, rewritten, new, proof)
        if m < n:
            assert not merkle.verify_consistency(m, n, old, mth(hashes[:n - 1] + [rewritten]),
                                                 proof)


def test_a_tree_cut_below_the_old_size_has_no_proof():
    with pytest.raises(ValueError):
        merkle.consistency_path(5, 4, getter(leaves(5)))
    assert not merkle.verify_consistency(5, 4, b"a" * 32, b"b" * 32, [])


def test_proof_fetches_few_nodes_at_a_million():
    needed = merkle.nodes_needed(lambda node: merkle.inclusion_path(123_457, 1_000_003, node))
    assert 0 < len(needed) <= 60
    needed = merkle.nodes_needed(lambda node: merkle.consistency_path(999_000, 1_000_003, node))
    assert 0 < len(needed) <= 60


def test_the_standalone_verifier_computes_as_the_application():
    """verify_bundle.py repeats the verification arithmetic: both give the same root."""
    from service.audit import verify_bundle
    from service.audit.sealing import leaf_of
    hashes = [leaf_of(p, bytes([p]) * 32) for p in range(1, 12)]
    assert hashes[3] == verify_bundle.leaf_hash(4, bytes([4]) * 32)
    for m in range(11):
        path = merkle.inclusion_path(m, 11, getter(hashes))
        assert verify_bundle.root_from_inclusion(m, 11, hashes[m], path) == mth(hashes)

"""The tree, proofs and verifiers against the recursive definitions of RFC 9162."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.audit import verify_export as standalone
from kanmon.audit._merkle import (
    EMPTY_ROOT,
    Frontier,
    Tree,
    consistency_proof,
    leaf_hash,
    node_hash,
    root,
    verify_consistency,
    verify_inclusion,
)


def _path(leaves: list[bytes], m: int) -> list[bytes]:
    """PATH(m, D[n]) exactly as RFC 9162 2.1.3.1 writes it."""
    n = len(leaves)
    if n == 1:
        return []
    k = 1 << ((n - 1).bit_length() - 1)
    if m < k:
        return [*_path(leaves[:k], m), root(leaves[k:])]
    return [*_path(leaves[k:], m - k), root(leaves[:k])]


def _leaves(n: int) -> list[bytes]:
    return [leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


def test_hash_domains() -> None:
    assert leaf_hash(b"") == hashlib.sha256(b"\x00").digest()
    assert node_hash(b"a", b"b") == hashlib.sha256(b"\x01ab").digest()
    assert root([]) == EMPTY_ROOT == hashlib.sha256(b"").digest()
    a, b, c = _leaves(3)
    assert root([a, b, c]) == node_hash(node_hash(a, b), c)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=300), st.data())
def test_proofs_match_the_rfc_and_verify(n: int, data: st.DataObject) -> None:
    leaves = _leaves(n)
    top = root(leaves)
    f = Frontier()
    for x in leaves:
        f.append(x)
    assert f.root() == top == Tree(leaves).root()
    assert Frontier(f.size, f.nodes).root() == top
    m = data.draw(st.integers(min_value=0, max_value=n - 1))
    proof = Tree(leaves).inclusion(m)
    assert proof == _path(leaves, m)
    assert verify_inclusion(leaves[m], m, n, proof, top)
    assert standalone.verify_inclusion(leaves[m], m, n, proof, top)
    if n > 1:
        other = (m + 1) % n
        assert not verify_inclusion(leaves[m], other, n, proof, top)
        assert not standalone.verify_inclusion(leaves[other], m, n, proof, top)
    size = data.draw(st.integers(min_value=1, max_value=n))
    cp = consistency_proof(leaves, size)
    old = root(leaves[:size])
    assert verify_consistency(size, n, old, top, cp)
    assert standalone.verify_consistency(size, n, old, top, cp)
    if size < n:
        assert not verify_consistency(size, n, leaf_hash(b"x"), top, cp)
        assert not standalone.verify_consistency(size, n, old, leaf_hash(b"x"), cp)

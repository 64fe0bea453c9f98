"""The bytes that are hashed and signed. Changing anything here breaks every existing log, so
each format carries a version tag (see docs/audit.md, which a third-party verifier follows)."""

from __future__ import annotations

LEAF_TAG = b"kanmon.audit.leaf.v1\n"
HEAD_TAG = b"kanmon.audit.head.v1\n"


def leaf_bytes(index: int, record: str) -> bytes:
    """A leaf is its index and the record text exactly as stored: an edited, moved or
    re-numbered record no longer hashes to its leaf."""
    return LEAF_TAG + str(index).encode() + b"\n" + record.encode()


def head_message(tree_size: int, root_hex: str, ts: str) -> bytes:
    """What a tree head signature covers."""
    return HEAD_TAG + f"{tree_size}\n{root_hex}\n{ts}\n".encode()

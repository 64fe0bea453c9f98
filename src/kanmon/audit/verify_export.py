#!/usr/bin/env python3
"""Standalone verifier for a Kanmon audit export (``kanmon audit export``).

Needs only Python 3.9+ and the ``cryptography`` package; it imports nothing from Kanmon, so a
third party can read all of it (format: docs/audit.md). Usage::

    python verify_export.py export.jsonl --public-key kanmon-audit.pub

Checks: the tree head's Ed25519 signature; every record hashes to its leaf hash (RFC 9162 leaf
hash over tag, index and record text); every leaf is included in the signed tree (RFC 9162
inclusion proof); kept content matches the digest in its record; a consistency line, if any,
proves the older signed tree is a prefix of the newer. Exit status 0 only if all hold.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def _h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return _h(b"\x01" + left + right)


def verify_inclusion(leaf: bytes, index: int, size: int, proof: list[bytes], root: bytes) -> bool:
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = _node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = _node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(m: int, n: int, old: bytes, new: bytes, proof: list[bytes]) -> bool:
    if m == 0 or m > n:
        return False
    if m == n:
        return not proof and old == new
    path = ([old] if m & (m - 1) == 0 else []) + proof
    if not path:
        return False
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = _node(c, fr), _node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = _node(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old and sr == new and sn == 0


def _public_key(text: str) -> Ed25519PublicKey:
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_public_key(text.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise SystemExit("the public key is not an Ed25519 key")
        return key
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def _head_ok(key: Ed25519PublicKey, tag: str, head: dict) -> bool:  # type: ignore[type-arg]
    msg = f"{tag}{head['tree_size']}\n{head['root_hash']}\n{head['ts']}\n".encode()
    try:
        key.verify(bytes.fromhex(head["signature"]), msg)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify(lines: list[str], key: Ed25519PublicKey | None) -> list[str]:
    """Problems found, first one first; empty means the export verifies."""
    problems: list[str] = []
    header = json.loads(lines[0])
    if header.get("type") != "header" or header.get("format") != "kanmon.audit.export.v1":
        return ["line 1: not a kanmon.audit.export.v1 header"]
    if key is None:
        key = _public_key(header["public_key"])
    head = header["tree_head"]
    leaf_tag, head_tag = header["leaf_tag"].encode(), header["head_tag"]
    if not _head_ok(key, head_tag, head):
        return ["tree head: signature does not verify with this public key"]
    size, root = head["tree_size"], bytes.fromhex(head["root_hash"])
    start, stop = header["range"]
    expected = start
    for n, line in enumerate(lines[1:], start=2):
        item = json.loads(line)
        if item["type"] == "consistency":
            old = item["from"]
            if not _head_ok(key, head_tag, old):
                problems.append(f"line {n}: older tree head signature does not verify")
            elif not verify_consistency(
                old["tree_size"],
                size,
                bytes.fromhex(old["root_hash"]),
                root,
                [bytes.fromhex(p) for p in item["proof"]],
            ):
                problems.append(f"line {n}: tree {old['tree_size']} is not a prefix of {size}")
            continue
        i = item["leaf_index"]
        if i != expected:
            problems.append(f"leaf {expected}: missing from the export (next is {i})")
        expected = i + 1
        record = item["record"]
        leaf = _h(b"\x00" + leaf_tag + str(i).encode() + b"\n" + record.encode())
        if leaf.hex() != item["leaf_hash"]:
            problems.append(f"leaf {i}: record does not match its leaf hash")
            continue
        proof = [bytes.fromhex(p) for p in item["inclusion"]]
        if not verify_inclusion(leaf, i, size, proof, root):
            problems.append(f"leaf {i}: not included in the signed tree of size {size}")
        content = item.get("content")
        described = json.loads(record).get("content") or {}
        if content is not None:
            digest = hashlib.sha256(content.encode()).hexdigest()
            if described.get("sha256") != digest:
                problems.append(f"leaf {i}: content does not match its record's digest")
        elif described.get("sha256") and not item.get("erased_at"):
            problems.append(f"leaf {i}: content removed without an erasure mark")
    if expected != stop:
        problems.append(f"leaf {expected}: export ends early (range ends at {stop})")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("export", help="JSONL file written by `kanmon audit export`")
    ap.add_argument("--public-key", help="PEM or base64 Ed25519 public key you trust")
    args = ap.parse_args(argv)
    with open(args.export, encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    key = None
    if args.public_key:
        with open(args.public_key, encoding="utf-8") as f:
            key = _public_key(f.read())
    else:
        print("warning: trusting the public key inside the export", file=sys.stderr)
    problems = verify(lines, key) if lines else ["empty export"]
    if problems:
        print(f"FAILED: {problems[0]} ({len(problems)} problem(s))")
        return 1
    header = json.loads(lines[0])
    print(
        f"OK: {len(lines) - 1} lines verified against the signed tree head of size "
        f"{header['tree_head']['tree_size']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Proofs served from the database: inclusion of a record in a signed tree, consistency of an
older signed tree with a newer one, and the JSONL export a third party verifies on its own
(format in docs/audit.md; verifier in ``kanmon/audit/verify_export.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
from sqlalchemy import select

from kanmon.audit._format import HEAD_TAG, LEAF_TAG
from kanmon.audit._merkle import Tree, consistency_proof
from kanmon.errors import NotFoundError
from kanmon.store import Database, audit_records, audit_tree_heads

EXPORT_FORMAT = "kanmon.audit.export.v1"
#: No log grows past this many leaves (nor its heads' sizes): a bound for every index and size
#: a caller names, well inside a signed 64-bit column.
MAX_TREE_SIZE = 2**62


def head_json(row: Any) -> dict[str, Any]:
    return {
        "tree_size": int(row.tree_size),
        "root_hash": row.root_hash,
        "ts": row.ts,
        "key_id": row.key_id,
        "signature": row.signature,
    }


def signed_head(db: Database, size: int | None = None) -> dict[str, Any]:
    """The newest signed tree head, or the one at exactly ``size``."""
    if size is not None and not 0 <= size <= MAX_TREE_SIZE:
        raise NotFoundError(f"no signed tree head at size {size}", code="tree_head_not_found")
    h = audit_tree_heads.c
    q = select(audit_tree_heads)
    q = q.where(h.tree_size == size) if size is not None else q.order_by(h.tree_size.desc())
    with db.engine.connect() as conn:
        row = conn.execute(q.limit(1)).first()
    if row is None:
        what = f"at size {size}" if size is not None else "yet"
        raise NotFoundError(f"no signed tree head {what}", code="tree_head_not_found")
    return head_json(row)


def _leaves(db: Database, size: int) -> list[bytes]:
    r = audit_records.c
    with db.engine.connect() as conn:
        got = conn.execute(
            select(r.leaf_hash).where(r.leaf_index < size).order_by(r.leaf_index)
        ).scalars()
        leaves = [bytes.fromhex(x) for x in got]
    if len(leaves) != size:
        raise NotFoundError(f"the log has fewer than {size} leaves", code="leaf_not_found")
    return leaves


def inclusion(db: Database, leaf_index: int, tree_size: int | None = None) -> dict[str, Any]:
    head = signed_head(db, tree_size)
    if not 0 <= leaf_index < head["tree_size"]:
        raise NotFoundError(
            f"leaf {leaf_index} is not in the signed tree of size {head['tree_size']}",
            code="leaf_not_found",
        )
    proof = Tree(_leaves(db, head["tree_size"])).inclusion(leaf_index)
    return {"leaf_index": leaf_index, "tree_head": head, "proof": [p.hex() for p in proof]}


def consistency(db: Database, first: int, second: int | None = None) -> dict[str, Any]:
    old = signed_head(db, first)
    new = signed_head(db, second)
    proof = consistency_proof(_leaves(db, new["tree_size"]), first)
    return {"from": old, "to": new, "proof": [p.hex() for p in proof]}


def export_lines(
    db: Database,
    public_key_b64: str,
    *,
    start: int = 0,
    end: int | None = None,
    since: int | None = None,
) -> Iterator[bytes]:
    """JSONL: a header with the signed head, one line per record in [start, end) with its
    inclusion proof, and (with ``since``) a consistency proof from an older signed head."""
    head = signed_head(db)
    size = head["tree_size"]
    stop = size if end is None else min(end, size)
    tree = Tree(_leaves(db, size))
    yield (
        orjson.dumps(
            {
                "type": "header",
                "format": EXPORT_FORMAT,
                "leaf_tag": LEAF_TAG.decode(),
                "head_tag": HEAD_TAG.decode(),
                "public_key": public_key_b64,
                "tree_head": head,
                "range": [start, stop],
            }
        )
        + b"\n"
    )
    r = audit_records.c
    with db.engine.connect() as conn:
        rows = conn.execution_options(yield_per=2000).execute(
            select(r.leaf_index, r.record, r.leaf_hash, r.content, r.erased_at)
            .where(r.leaf_index >= start, r.leaf_index < stop)
            .order_by(r.leaf_index)
        )
        for index, record, lh, content, erased in rows:
            yield (
                orjson.dumps(
                    {
                        "type": "record",
                        "leaf_index": index,
                        "record": record,
                        "leaf_hash": lh,
                        "content": content,
                        "erased_at": erased,
                        "inclusion": [p.hex() for p in tree.inclusion(index)],
                    }
                )
                + b"\n"
            )
    if since is not None and 0 < since < size:
        old = signed_head(db, since)
        proof = consistency_proof(tree.levels[0], since)
        yield (
            orjson.dumps(
                {
                    "type": "consistency",
                    "from": old,
                    "to_size": size,
                    "proof": [p.hex() for p in proof],
                }
            )
            + b"\n"
        )

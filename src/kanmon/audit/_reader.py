"""Reading audit records back (CLI and admin API)."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import select

from kanmon.store import Database, audit_records


def read_records(
    db: Database,
    *,
    limit: int = 50,
    request_id: str | None = None,
    key_id: str | None = None,
    after_seq: int | None = None,
) -> list[dict[str, Any]]:
    """Newest first unless ``after_seq`` is given (then oldest first, for tailing)."""
    c = audit_records.c
    q = select(c.seq, c.record, c.leaf_index, c.erased_at)
    if request_id:
        q = q.where(audit_records.c.request_id == request_id)
    if key_id:
        q = q.where(audit_records.c.key_id == key_id)
    if after_seq is not None:
        q = q.where(audit_records.c.seq > after_seq).order_by(audit_records.c.seq)
    else:
        q = q.order_by(audit_records.c.seq.desc())
    q = q.limit(max(1, min(limit, 10_000)))
    with db.engine.connect() as conn:
        out = []
        for seq, record, leaf_index, erased_at in conn.execute(q):
            rec = orjson.loads(record)
            rec["seq"] = seq
            rec["leaf_index"] = leaf_index  # its place in the Merkle log (proofs, export)
            if erased_at is not None:
                rec["content_erased_at"] = erased_at
            out.append(rec)
        return out

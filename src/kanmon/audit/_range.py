"""Reading a stretch of the log in order (reports, counters built from it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import orjson
from sqlalchemy import select

from kanmon.store import Database, audit_records


def iso_utc(when: dt.datetime) -> str:
    """``when`` as the log writes timestamps (ISO 8601 in UTC), for comparing with them."""
    if when.tzinfo is None:
        raise ValueError("a timestamp without a timezone")
    return when.astimezone(dt.UTC).isoformat()


def iter_records(
    db: Database,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    after_seq: int | None = None,
    batch: int = 2000,
) -> Iterator[dict[str, Any]]:
    """Records with ``since <= ts < until`` (either open) after row ``after_seq``, in log
    order, each with its ``seq``, ``leaf_index`` and ``leaf_hash``. Read in batches of
    ``batch`` rows, each in its own short transaction, so a long read holds no lock."""
    c = audit_records.c
    cursor = after_seq if after_seq is not None else 0
    lo = iso_utc(since) if since is not None else None
    hi = iso_utc(until) if until is not None else None
    while True:
        q = select(c.seq, c.record, c.leaf_index, c.leaf_hash).where(c.seq > cursor)
        if lo is not None:
            q = q.where(c.ts >= lo)
        if hi is not None:
            q = q.where(c.ts < hi)
        q = q.order_by(c.seq).limit(batch)
        with db.engine.connect() as conn:
            rows = conn.execute(q).all()
        for seq, record, leaf_index, leaf_hash in rows:
            rec = orjson.loads(record)
            rec["seq"] = seq
            rec["leaf_index"] = leaf_index
            rec["leaf_hash"] = leaf_hash
            yield rec
        if len(rows) < batch:
            return
        cursor = rows[-1][0]

"""Reading the log at scale: filtered search newest first with keyset pagination (a cursor of
(ts, seq), never an offset), and traffic totals per time bucket for charts. Each filter has an
index (migration 0007), so a page costs the same on the millionth record as on the first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import case, func, select, tuple_

from kanmon.store import Database, audit_records

#: Filters a search takes, each a column with an index over (column, ts, seq).
FILTERS = (
    "key_id",
    "team",
    "model_requested",
    "deployment",
    "decision",
    "data_class",
    "approval_id",
)


@dataclass(frozen=True, slots=True)
class Page:
    records: list[dict[str, Any]]
    #: Pass as ``before`` for the next (older) page; None on the last page.
    next_cursor: str | None


def _cursor(ts: str, seq: int) -> str:
    return f"{ts}~{seq}"


def parse_cursor(text: str) -> tuple[str, int] | None:
    ts, _, seq = text.rpartition("~")
    return (ts, int(seq)) if ts and seq.isdigit() else None


def search_records(
    db: Database,
    *,
    filters: dict[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    endpoint_prefix: str | None = None,
    before: str | None = None,
    limit: int = 50,
) -> Page:
    """Records matching every filter (exact values) and the time range [since, until), newest
    first, ``limit`` at a time after the cursor ``before``."""
    c = audit_records.c
    q = select(c.seq, c.record, c.leaf_index, c.erased_at, c.ts)
    for name, value in (filters or {}).items():
        if name not in FILTERS:
            raise ValueError(f"unknown filter {name!r}")
        col = c[name]
        q = q.where(col == value)
        if name == "decision" and value != "allow":
            q = q.where(col != "allow")  # the partial index holds only these
        if name == "approval_id":
            q = q.where(col.is_not(None))
    if since:
        q = q.where(c.ts >= since)
    if until:
        q = q.where(c.ts < until)
    if endpoint_prefix:
        q = q.where(c.endpoint.like(endpoint_prefix.replace("%", "") + "%"))
    cur = parse_cursor(before) if before else None
    if cur is not None:
        q = q.where(tuple_(c.ts, c.seq) < tuple_(*cur))
    n = max(1, min(limit, 500))
    q = q.order_by(c.ts.desc(), c.seq.desc()).limit(n + 1)
    with db.engine.connect() as conn:
        rows = conn.execute(q).all()
    out = []
    for seq, record, leaf_index, erased_at, _ in rows[:n]:
        rec = orjson.loads(record)
        rec["seq"], rec["leaf_index"] = seq, leaf_index
        if erased_at is not None:
            rec["content_erased_at"] = erased_at
        out.append(rec)
    nxt = _cursor(rows[n - 1].ts, rows[n - 1].seq) if len(rows) > n else None
    return Page(out, nxt)


def record_by_id(db: Database, request_id: str) -> tuple[dict[str, Any], str | None] | None:
    """One record and its stored content envelope (None when none is kept or it was erased)."""
    c = audit_records.c
    q = select(c.seq, c.record, c.leaf_index, c.leaf_hash, c.content, c.erased_at).where(
        c.request_id == request_id
    )
    with db.engine.connect() as conn:
        row = conn.execute(q).first()
    if row is None:
        return None
    rec = orjson.loads(row.record)
    rec.update(seq=row.seq, leaf_index=row.leaf_index, leaf_hash=row.leaf_hash)
    if row.erased_at is not None:
        rec["content_erased_at"] = row.erased_at
    return rec, row.content


@dataclass(frozen=True, slots=True)
class Bucket:
    """Model traffic in one time bucket for one deployment, decision and data class."""

    bucket: str
    deployment: str | None
    decision: str
    data_class: str | None
    requests: int
    errors: int
    fallbacks: int
    tokens: int
    #: The known costs only; ``cost_unknown`` requests (no price, or no rate) are not in it.
    cost_usd: float
    cost_unknown: int = 0


def traffic(db: Database, *, since: str, bucket_chars: int = 13) -> list[Bucket]:
    """Model calls (records that name a model) since ``since``, grouped by the first
    ``bucket_chars`` characters of the timestamp (13: the hour, 10: the day) and by deployment,
    decision and data class. One indexed range scan and one GROUP BY."""
    c = audit_records.c
    bucket = func.substr(c.ts, 1, bucket_chars)
    q = (
        select(
            bucket,
            c.deployment,
            c.decision,
            c.data_class,
            func.count(),
            func.sum(case((c.status >= 400, 1), else_=0)),
            func.coalesce(func.sum(c.fallbacks), 0),
            func.coalesce(func.sum(c.tokens), 0),
            func.coalesce(func.sum(c.cost_usd), 0.0),
            func.sum(case((c.cost_usd.is_(None), 1), else_=0)),
        )
        .where(c.ts >= since, c.model_requested.is_not(None))
        .group_by(bucket, c.deployment, c.decision, c.data_class)
    )
    with db.engine.connect() as conn:
        return [
            Bucket(
                b, dep, dec, cls, int(n), int(err or 0), int(fb), int(tok), float(cost), int(u or 0)
            )
            for b, dep, dec, cls, n, err, fb, tok, cost, u in conn.execute(q)
        ]

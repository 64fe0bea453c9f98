"""Reading the log at scale: filtered search newest first with keyset pagination (a cursor of
(ts, seq), never an offset), and traffic totals per time bucket for charts. Each filter has an
index (in ``audit_facets``, migration 0013, or on the records for time and key), so a page
costs the same on the millionth record as on the first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, Select, case, func, select, tuple_

from kanmon.store import Database, audit_facets, audit_records

#: Filters a search takes, each a column with an index over (column, ts, seq) in
#: ``audit_facets`` (``key_id``: over (key_id, ts) on the records).
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
    filters = filters or {}
    for name in filters:
        if name not in FILTERS:
            raise ValueError(f"unknown filter {name!r}")
    cur = parse_cursor(before) if before else None
    n = max(1, min(limit, 500))
    q = _Query(filters, since, until, endpoint_prefix, cur, n + 1)
    with db.engine.connect() as conn:
        if "key_id" in filters or not filters:
            rows = q.records(conn)
        else:
            rows = q.faceted(conn)
    out = []
    for seq, record, leaf_index, erased_at, _ in rows[:n]:
        rec = orjson.loads(record)
        rec["seq"], rec["leaf_index"] = seq, leaf_index
        if erased_at is not None:
            rec["content_erased_at"] = erased_at
        out.append(rec)
    nxt = _cursor(rows[n - 1][4], rows[n - 1][0]) if len(rows) > n else None
    return Page(out, nxt)


#: seq, record, leaf_index, erased_at, ts
_Hit = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Query:
    filters: dict[str, str]
    since: str | None
    until: str | None
    endpoint_prefix: str | None
    cursor: tuple[str, int] | None
    limit: int

    def _where(self, q: Select[Any], t: Any, *, ts: bool = True) -> Select[Any]:
        for name, value in self.filters.items():
            col = t.c[name]
            q = q.where(col == value)
            if name == "decision" and value != "allow":
                q = q.where(col != "allow")  # the partial index holds only these
            if name == "approval_id":
                q = q.where(col.is_not(None))
        if self.endpoint_prefix:
            q = q.where(audit_records.c.endpoint.like(self.endpoint_prefix.replace("%", "") + "%"))
        if ts:
            if self.since:
                q = q.where(t.c.ts >= self.since)
            if self.until:
                q = q.where(t.c.ts < self.until)
            if self.cursor is not None:
                q = q.where(tuple_(t.c.ts, t.c.seq) < tuple_(*self.cursor))
        return q

    def records(self, conn: Connection) -> list[_Hit]:
        """From ``audit_records`` alone: its time and key indexes serve these."""
        c = audit_records.c
        q = self._where(select(c.seq, c.record, c.leaf_index, c.erased_at, c.ts), audit_records)
        q = q.order_by(c.ts.desc(), c.seq.desc()).limit(self.limit)
        return [tuple(r) for r in conn.execute(q)]

    def faceted(self, conn: Connection) -> list[_Hit]:
        """Through ``audit_facets``'s indexes up to its highest ``seq``, and the records past
        it (the writer's last unindexed batch) read in ``seq`` order and merged."""
        c, f = audit_records.c, audit_facets.c
        top = int(conn.execute(select(func.coalesce(func.max(f.seq), 0))).scalar_one())
        cols = (c.seq, c.record, c.leaf_index, c.erased_at, f.ts)
        q = select(*cols).select_from(audit_facets.join(audit_records, c.seq == f.seq))
        # ``seq + 0``: a bound the planner cannot use as the index to walk (the filter's is)
        q = self._where(q, audit_facets).where(f.seq + 0 <= top)
        indexed = [
            tuple(r) for r in conn.execute(q.order_by(f.ts.desc(), f.seq.desc()).limit(self.limit))
        ]
        # The tail's time bounds are checked here, not in SQL: there, the time index on the
        # whole log could look cheaper to the planner than the short range of ``seq``.
        t = select(c.seq, c.record, c.leaf_index, c.erased_at, c.ts).where(c.seq > top)
        tail = [tuple(r) for r in conn.execute(self._where(t, audit_records, ts=False))]
        tail = [r for r in tail if self._in(r)]
        if not tail:
            return indexed
        both = sorted([*indexed, *tail], key=lambda r: (r[4], r[0]), reverse=True)
        return both[: self.limit]

    def _in(self, row: _Hit) -> bool:
        seq, ts = row[0], row[4]
        if self.since and ts < self.since:
            return False
        if self.until and ts >= self.until:
            return False
        return self.cursor is None or (ts, seq) < self.cursor


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

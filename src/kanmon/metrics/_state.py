"""Gauges of shared state, read from the store when scraped: the review queue, the approvals
and the audit log's unsigned tail. Every worker would read the same rows, so whichever serves
the scrape reads them, with a few indexed queries bounded by a row limit, at most once per
``state_ttl_s`` however often (or by how many scrapers) it is asked."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from kanmon.store import Database, audit_log_state, audit_tree_heads, gov_approvals, review_items

log = logging.getLogger("kanmon.metrics")

#: Approvals read per scrape at most; a deployment × use case is one row each, so a gateway
#: with more than this has a bigger problem than a gauge cut short.
APPROVALS_MAX = 2000
_STATES = ("active", "suspended", "expired", "revoked", "superseded")


class StateCollector(Collector):
    """A ``prometheus_client`` collector over the store (see the module docstring)."""

    def __init__(self, db: Database, *, ttl_s: float, signed: bool) -> None:
        self.db = db
        self.ttl_s = ttl_s
        self.signed = signed
        self._lock = threading.Lock()
        self._at = -1e18
        self._families: list[GaugeMetricFamily] = []

    def collect(self) -> Iterator[GaugeMetricFamily]:
        with self._lock:
            now = time.monotonic()
            if now - self._at >= self.ttl_s:
                self._families = self._read()
                self._at = now
            families = self._families
        yield from families

    def _read(self) -> list[GaugeMetricFamily]:
        ok = GaugeMetricFamily(
            "kanmon_state_read_ok",
            "1 when the last read of the store's state for these gauges succeeded",
        )
        try:
            with self.db.engine.connect() as conn:
                out = self._review(conn) + self._approvals(conn)
                if self.signed:
                    out += self._unsigned(conn)
        except Exception as e:  # the store is down: readiness says so; the scrape still works
            log.warning("metrics: store state not read: %s", type(e).__name__)
            ok.add_metric([], 0)
            return [ok]
        ok.add_metric([], 1)
        return [*out, ok]

    def _review(self, conn: Any) -> list[GaugeMetricFamily]:
        count, oldest = conn.execute(
            select(func.count(), func.min(review_items.c.created_at)).where(
                review_items.c.status == "pending"
            )
        ).one()
        depth = GaugeMetricFamily(
            "kanmon_review_queue_depth", "Held requests waiting for a reviewer"
        )
        depth.add_metric([], count)
        age = GaugeMetricFamily(
            "kanmon_review_queue_oldest_age_seconds",
            "How long the oldest held request has waited (0: none waits)",
        )
        age.add_metric([], _age_s(oldest))
        return [depth, age]

    def _approvals(self, conn: Any) -> list[GaugeMetricFamily]:
        rows = conn.execute(
            select(
                gov_approvals.c.deployment,
                gov_approvals.c.use_case,
                gov_approvals.c.status,
                gov_approvals.c.expires_at,
            ).limit(APPROVALS_MAX)
        ).all()
        now = dt.datetime.now(dt.UTC)
        counts = dict.fromkeys(_STATES, 0)
        soonest: dict[tuple[str, str], float] = {}
        for dep, use_case, status, expires in rows:
            days = (_utc(expires) - now).total_seconds() / 86_400
            if status == "active" and days <= 0:
                status = "expired"  # the reconciler has not got to it yet
            counts[status] = counts.get(status, 0) + 1
            if status == "active":
                k = (dep, use_case)
                soonest[k] = min(days, soonest.get(k, days))
        by_state = GaugeMetricFamily("kanmon_approvals", "Approvals by state", labels=["state"])
        for state, n in counts.items():
            by_state.add_metric([state], n)
        expiry = GaugeMetricFamily(
            "kanmon_approval_expiry_days",
            "Days until the active approval of a deployment for a use case expires (the "
            "soonest, when several are active)",
            labels=["deployment", "use_case"],
        )
        for (dep, use_case), days in sorted(soonest.items()):
            expiry.add_metric([dep, use_case], round(days, 3))
        return [by_state, expiry]

    def _unsigned(self, conn: Any) -> list[GaugeMetricFamily]:
        size = conn.execute(
            select(audit_log_state.c.tree_size).where(audit_log_state.c.id == 1)
        ).scalar()
        head = conn.execute(
            select(audit_tree_heads.c.tree_size, audit_tree_heads.c.ts)
            .order_by(audit_tree_heads.c.tree_size.desc())
            .limit(1)
        ).first()
        signed, ts = (int(head[0]), head[1]) if head is not None else (0, None)
        g = GaugeMetricFamily(
            "kanmon_audit_unsigned_records",
            "Records on the audit log not yet under a signed tree head",
        )
        g.add_metric([], max(0, int(size or 0) - signed))
        out = [g]
        if ts is not None:
            at = GaugeMetricFamily(
                "kanmon_audit_last_signed_head_timestamp_seconds",
                "Unix time of the newest signed tree head",
            )
            at.add_metric([], _utc(dt.datetime.fromisoformat(ts)).timestamp())
            out.append(at)
        return out


def _utc(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def _age_s(t: dt.datetime | None) -> float:
    if t is None:
        return 0.0
    return max(0.0, (dt.datetime.now(dt.UTC) - _utc(t)).total_seconds())

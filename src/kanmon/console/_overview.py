"""Overview: model traffic over time by deployment, jurisdiction and processing region;
decisions and data classes; errors, fallbacks, cost and tokens; approvals expiring soon; the
review queue's depth. The last hour is one grouped query over an indexed time range; the day
and the week come from hourly roll-ups (``kanmon.audit.TrafficRollup``), grouped once and then
kept up with the log's tail, filled in the background when the console starts."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select

from kanmon.audit import Bucket, TrafficRollup, traffic
from kanmon.console._charts import bars, stacked_bars
from kanmon.console._http import Response
from kanmon.console._pages import OVERVIEW, Host, View, page
from kanmon.store import review_items

#: window name → (length, timestamp prefix that makes a bucket, label)
WINDOWS = {
    "1h": (dt.timedelta(hours=1), 15, "the last hour, by 10 minutes"),
    "24h": (dt.timedelta(hours=24), 13, "the last 24 hours, by hour"),
    "7d": (dt.timedelta(days=7), 10, "the last 7 days, by day"),
}


def _series(
    rows: list[Bucket], buckets: list[str], key: Any, value: Any = lambda b: b.requests
) -> dict[str, list[float]]:
    index = {b: i for i, b in enumerate(buckets)}
    out: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(buckets))
    for r in rows:
        out[str(key(r))][index[r.bucket]] += value(r)
    top = sorted(out, key=lambda k: -sum(out[k]))
    if len(top) > 7:  # the rest in one series, or the legend outgrows the chart
        rest = [sum(out[k][i] for k in top[7:]) for i in range(len(buckets))]
        return {**{k: out[k] for k in top[:7]}, "others": rest}
    return {k: out[k] for k in top}


def _totals(rows: list[Bucket], key: Any, value: Any = lambda b: b.requests) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for r in rows:
        out[str(key(r))] += value(r)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _buckets(now: dt.datetime, length: dt.timedelta, chars: int) -> list[str]:
    """Every bucket in the window, empty ones included (a gap in traffic shows as a gap)."""
    step = {15: dt.timedelta(minutes=10), 13: dt.timedelta(hours=1), 10: dt.timedelta(days=1)}
    out: list[str] = []
    t = now - length
    while t <= now:
        label = t.isoformat()[:chars]
        if not out or out[-1] != label:
            out.append(label)
        t += step[chars]
    last = now.isoformat()[:chars]
    if out[-1] != last:
        out.append(last)
    return out


log = logging.getLogger("kanmon.console")


class OverviewPage:
    def __init__(self, console: Host) -> None:
        self.c = console
        self.rollup = TrafficRollup(console.services.db)
        threading.Thread(target=self._warm, name="kanmon-rollup", daemon=True).start()

    def _warm(self) -> None:
        """Group the week once before anyone asks, so the first view is as quick as the rest."""
        try:
            since = dt.datetime.now(dt.UTC) - WINDOWS["7d"][0]
            self.rollup.traffic(since=since.isoformat(), bucket_chars=10)
        except Exception as e:  # e.g. the store is down or closing: the first view loads it
            log.debug("traffic roll-up not warmed: %s", e)

    def _data(self, window: str) -> dict[str, Any]:
        s = self.c.services
        length, chars, label = WINDOWS[window]
        now = dt.datetime.now(dt.UTC)
        since = (now - length).isoformat()
        if chars == 15:
            rows = traffic(s.db, since=since, bucket_chars=chars)
        else:
            rows = self.rollup.traffic(since=since, bucket_chars=chars)
        buckets = _buckets(now, length, chars)
        known = set(buckets)
        rows = [r for r in rows if r.bucket in known]
        deps = s.catalog.deployments

        def region(r: Bucket) -> str:
            d = deps.get(r.deployment or "")
            return d.processing_region if d else "not served"

        def jurisdiction(r: Bucket) -> str:
            d = deps.get(r.deployment or "")
            return d.provider_jurisdiction if d else "not served"

        short = [b[chars - 2 :] if chars == 13 else b[5:] for b in buckets]
        short = [b.replace("T", " ") for b in short]
        charts = {
            "deployment": stacked_bars(
                short,
                _series(rows, buckets, lambda r: r.deployment or "not served"),
                title=f"Requests by deployment, {label}",
            ),
            "region": stacked_bars(
                short,
                _series(rows, buckets, region),
                title=f"Requests by processing region, {label}",
            ),
            "jurisdiction": stacked_bars(
                short,
                _series(rows, buckets, jurisdiction),
                title=f"Requests by provider jurisdiction, {label}",
            ),
            "decisions": bars(_totals(rows, lambda r: r.decision), title="Decisions"),
            "classes": bars(
                _totals(rows, lambda r: r.data_class or "unclassified"), title="Data classes"
            ),
            "health": stacked_bars(
                short,
                {
                    "errors": [
                        float(sum(r.errors for r in rows if r.bucket == b)) for b in buckets
                    ],
                    "fallbacks": [
                        float(sum(r.fallbacks for r in rows if r.bucket == b)) for b in buckets
                    ],
                },
                title=f"Errors and fallbacks, {label}",
            ),
            "tokens": stacked_bars(
                short,
                _series(rows, buckets, lambda r: r.deployment or "not served", lambda r: r.tokens),
                title=f"Tokens by deployment, {label}",
            ),
            "cost": bars(
                # a bucket whose every request has an unknown cost is no $0 bar
                _totals(
                    [r for r in rows if r.cost_unknown < r.requests],
                    lambda r: r.deployment or "not served",
                    lambda r: r.cost_usd,
                ),
                title="Cost by deployment (USD, known costs)",
                fmt="${:,.4f}",
            ),
        }
        totals = {
            "requests": sum(r.requests for r in rows),
            "errors": sum(r.errors for r in rows),
            "fallbacks": sum(r.fallbacks for r in rows),
            "tokens": sum(r.tokens for r in rows),
            "cost": sum(r.cost_usd for r in rows),
            # not in "cost": the total says how many it leaves out rather than under-count
            "cost_unknown": sum(r.cost_unknown for r in rows),
        }
        with s.db.engine.connect() as conn:
            depth, oldest = conn.execute(
                select(func.count(), func.min(review_items.c.created_at)).where(
                    review_items.c.status == "pending"
                )
            ).one()
        expiring = []
        if s.governance is not None:
            soon = now + dt.timedelta(days=30)
            expiring = sorted(
                (a for a in s.governance.service.approvals(("active",)) if a.expires_at <= soon),
                key=lambda a: a.expires_at,
            )
        return {
            "charts": charts,
            "totals": totals,
            "depth": int(depth),
            "oldest": oldest,
            "expiring": expiring,
            "window": window,
            "windows": list(WINDOWS),
            "label": label,
        }

    @page("GET", "/console/", "console.overview", roles=OVERVIEW)
    async def overview(self, v: View) -> Response:
        window = v.req.query.get("window", "24h")
        if window not in WINDOWS:
            window = "24h"
        data = await asyncio.to_thread(self._data, window)
        return self.c.page(v, "overview.html.j2", **data)

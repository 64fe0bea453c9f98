"""Tables the processes of a gateway share state through when there is no Redis: the limits'
counters (``limit_*``, see ``_limits``), and the workers' board (``gateway_*``, see
``_workers``): who runs, which policy and catalog each runs, and the reload signals."""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Column, Float, Index, Integer, String, Table

from kanmon.store._metadata import metadata

# One row per key and budget window (``period_no``: epoch seconds // budget period).
limit_budgets = Table(
    "limit_budgets",
    metadata,
    Column("key_id", String(64), primary_key=True),
    Column("period_no", BigInteger, primary_key=True),
    Column("spent_tokens", BigInteger, nullable=False),
    Column("held_tokens", BigInteger, nullable=False),
    Column("spent_nano", BigInteger, nullable=False),
    Column("held_nano", BigInteger, nullable=False),
    Column("expires_at", Float, nullable=False),  # epoch s: the window is over, the row may go
    Index("ix_limit_budgets_expires", "expires_at"),
)

# One row per request in flight against a budget: a settle names its hold, so a retried one
# charges once, and a hold whose process died is given back at ``released_at``.
limit_holds = Table(
    "limit_holds",
    metadata,
    Column("hold_id", String(40), primary_key=True),
    Column("key_id", String(64), nullable=False),
    Column("period_no", BigInteger, nullable=False),
    Column("tokens", BigInteger, nullable=False),
    Column("nano", BigInteger, nullable=False),
    Column("released_at", Float, nullable=False),
    Column("released", Boolean, nullable=False),
    Index("ix_limit_holds_released_at", "released_at"),
)

# Requests per key and minute (epoch seconds // 60), for requests-per-minute limits.
limit_rpm = Table(
    "limit_rpm",
    metadata,
    Column("key_id", String(64), primary_key=True),
    Column("minute", BigInteger, primary_key=True),
    Column("count", Integer, nullable=False),
)

# Each running worker process (of every replica on this store): its heartbeat and what it runs.
gateway_workers = Table(
    "gateway_workers",
    metadata,
    Column("worker_id", String(80), primary_key=True),
    Column("host", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("started_at", Float, nullable=False),
    Column("seen_at", Float, nullable=False),
    # {"policy": version, "catalog": content hash, "generations": {signal: n}, "errors": {..}}
    Column("state", JSON, nullable=False),
)

# A counter per kind of reload (policy, catalog, keys): a worker that sees it grow reloads.
gateway_signals = Table(
    "gateway_signals",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("generation", BigInteger, nullable=False),
    Column("at", Float, nullable=False),
    Column("by", String(80), nullable=False),
)

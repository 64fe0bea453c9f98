"""Evaluation tables: dataset versions, runs, per-item results and the call cache."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Float, Index, Integer, String, Table, Text

from kanmon.store._metadata import metadata

eval_datasets = Table(
    "eval_datasets",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("version", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("n_items", Integer, nullable=False),
    Column("source", String(1000)),
    Column("created_at", String(40), nullable=False),
    Column("content", Text, nullable=False),
)

eval_runs = Table(
    "eval_runs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("spec", JSON, nullable=False),
    Column("spec_hash", String(64), nullable=False),
    Column("content_hash", String(64)),
    Column("summary", JSON),
)

eval_items = Table(
    "eval_items",
    metadata,
    Column("run_id", String(64), primary_key=True),
    Column("suite", String(200), primary_key=True),
    Column("model", String(200), primary_key=True),
    Column("item_id", String(200), primary_key=True),
    Column("deployment", String(200)),
    Column("request_id", String(40)),
    Column("status", String(32), nullable=False),
    Column("score", Float, nullable=False),
    Column("passed", Boolean, nullable=False),
    Column("lang", String(16)),
    Column("latency_ms", Float, nullable=False),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    # NULL: the cost is unknown (no price, or no rate for its currency); see migration 0012
    Column("cost_usd", Float),
    Column("cached", Boolean, nullable=False),
    Column("output", Text, nullable=False),
    Column("detail", JSON, nullable=False),
    Index("ix_eval_items_run", "run_id", "suite", "model"),
)

eval_cache = Table(
    "eval_cache",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("created_at", String(40), nullable=False),
    Column("response", Text, nullable=False),
)

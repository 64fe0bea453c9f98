"""Tables of the Merkle audit log: the shared tree state, the signed tree heads, and the
facets the console searches by.

The per-record columns (``leaf_index``, ``leaf_hash``, ``content``, ``erased_at``) live on
``audit_records`` itself; migration 0002 adds them.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, String, Table, Text, text

from kanmon.store._metadata import _Seq, metadata

#: One row (id = 1): how far the log has grown and the frontier needed to append to it. Every
#: writer, in every process and replica, locks this row to append, which makes the log one
#: sequence.
audit_log_state = Table(
    "audit_log_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("tree_size", BigInteger, nullable=False),
    Column("root_hash", String(64), nullable=False),
    Column("frontier", Text, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

#: Signed tree heads (RFC 9162 style): Ed25519 over size, root and time.
audit_tree_heads = Table(
    "audit_tree_heads",
    metadata,
    Column("tree_size", BigInteger, primary_key=True, autoincrement=False),
    Column("root_hash", String(64), nullable=False),
    Column("ts", String(40), nullable=False),
    Column("key_id", String(32), nullable=False),
    Column("signature", String(128), nullable=False),
)

#: What the console filters by, one row per audit record (same ``seq``), each filter with an
#: index over (column, ts, seq) for keyset pagination newest first; the rare values only
#: where most records share one (allowed, no approval). The audit writer fills it in batches,
#: inside its append transaction, from the records past the highest ``seq`` here (migration
#: 0013): six index updates per request's commit cost a single-client gateway about a tenth
#: of its throughput, the same updates in batches almost nothing. A search reads this table up
#: to its highest ``seq`` and the few records past it directly.
audit_facets = Table(
    "audit_facets",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=False),
    Column("ts", String(40), nullable=False),
    Column("team", String(200)),
    Column("model_requested", String(200)),
    Column("deployment", String(200)),
    Column("data_class", String(64)),
    Column("decision", String(32), nullable=False),
    Column("approval_id", String(32)),
    Index("ix_facets_team_ts", "team", "ts", "seq"),
    Index("ix_facets_model_ts", "model_requested", "ts", "seq"),
    Index("ix_facets_deployment_ts", "deployment", "ts", "seq"),
    Index("ix_facets_class_ts", "data_class", "ts", "seq"),
    Index(
        "ix_facets_decision_ts",
        "decision",
        "ts",
        "seq",
        sqlite_where=text("decision <> 'allow'"),
        postgresql_where=text("decision <> 'allow'"),
    ),
    Index(
        "ix_facets_approval_ts",
        "approval_id",
        "ts",
        "seq",
        sqlite_where=text("approval_id IS NOT NULL"),
        postgresql_where=text("approval_id IS NOT NULL"),
    ),
)

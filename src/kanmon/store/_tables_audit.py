"""Tables of the Merkle audit log: the shared tree state and the signed tree heads.

The per-record columns (``leaf_index``, ``leaf_hash``, ``content``, ``erased_at``) live on
``audit_records`` itself; migration 0002 adds them.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, String, Table, Text

from kanmon.store._metadata import metadata

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

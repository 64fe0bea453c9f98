"""Tables of the operator console: signed-in sessions (and OIDC sign-ins under way)."""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Index, String, Table

from kanmon.store._metadata import metadata

console_sessions = Table(
    "console_sessions",
    metadata,
    # SHA-256 of the cookie's value: a stolen copy of the table signs nobody in.
    Column("id", String(64), primary_key=True),
    # "key" (a virtual key was exchanged for it), "oidc", or "pending" (an OIDC sign-in that
    # waits for the provider's answer: state, nonce and PKCE verifier in ``data``).
    Column("kind", String(8), nullable=False),
    Column("key_id", String(32)),
    Column("data", JSON, nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    Index("ix_console_sessions_seen", "seen_at"),
)

"""Persistence: SQLAlchemy tables, Alembic migrations, engine setup (SQLite default)."""

from kanmon.store._db import Database, migrate
from kanmon.store._keys import KeyInfo, KeyStore, hash_key
from kanmon.store._tables import api_keys, audit_records, metadata

__all__ = [
    "Database",
    "KeyInfo",
    "KeyStore",
    "hash_key",
    "api_keys",
    "audit_records",
    "metadata",
    "migrate",
]

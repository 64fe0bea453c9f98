"""Real PostgreSQL and Redis for the tests that need them. They must be running (as on CI):
a missing service is an error, never a skip. Each session gets its own database and each test
its own Redis key prefix, so engineers can run the suite side by side on one machine."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import psycopg
import pytest
import redis

PG_ADMIN = os.environ.get("KANMON_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("KANMON_TEST_REDIS", "redis://127.0.0.1:6379/0")


def _admin_conn() -> psycopg.Connection[tuple[object, ...]]:
    try:
        return psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as e:
        pytest.fail(f"PostgreSQL is required for this test and is not reachable: {e}")


def _sa_url(dbname: str) -> str:
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{base}/{dbname}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[list[str]]:
    """Creates databases on demand (``new_pg_db``); drops them all at the end of the session."""
    made: list[str] = []
    yield made
    if made:
        with _admin_conn() as conn:
            for name in made:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server: list[str]) -> str:
    """A fresh, empty PostgreSQL database for one test (SQLAlchemy URL, psycopg 3)."""
    name = f"kanmon_t_{secrets.token_hex(6)}"
    with _admin_conn() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    pg_server.append(name)
    return _sa_url(name)


@pytest.fixture
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=5).ping()
    except redis.RedisError as e:
        pytest.fail(f"Redis is required for this test and is not reachable: {e}")
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    prefix = f"kanmon_t_{secrets.token_hex(6)}:"
    yield prefix
    r = redis.Redis.from_url(redis_url)
    keys = list(r.scan_iter(match=prefix + "*"))
    if keys:
        r.delete(*keys)
    r.close()

"""A store that cannot be used now is a 503 store_unavailable with Retry-After, never a 500 with
a traceback; known keys keep working from the cache for a bounded grace; /readyz tells."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

import httpx
import pytest
from sqlalchemy.exc import OperationalError

from kanmon.auth import Authenticator
from kanmon.core.principal import Principal
from kanmon.errors import AuthenticationError, StoreUnavailableError
from kanmon.gateway._errors import error_body, error_headers
from tests.conftest import GatewayFactory

_ALICE = Principal(key_id="k1", name="alice", team="t", roles=frozenset({"app"}))


class _Keys:
    """A key store whose database goes away on demand."""

    def __init__(self) -> None:
        self.down = False
        self.calls = 0

    def lookup(self, secret: str) -> Principal | None:
        self.calls += 1
        if self.down:
            raise StoreUnavailableError("The database is unavailable now; retry shortly.")
        return _ALICE if secret == "km-alice" else None


def _auth(keys: _Keys, ttl: float, grace: float) -> Authenticator:
    return Authenticator(
        keys,  # type: ignore[arg-type]
        cache_ttl_s=ttl,
        bootstrap_admin_key=None,
        stale_grace_s=grace,
    )


def _bearer(key: str) -> list[tuple[bytes, bytes]]:
    return [(b"authorization", f"Bearer {key}".encode())]


async def test_known_keys_are_served_from_the_cache_for_a_grace_while_the_store_is_down() -> None:
    keys = _Keys()
    auth = _auth(keys, ttl=0.05, grace=0.4)
    assert await auth.authenticate(_bearer("km-alice")) == _ALICE
    keys.down = True
    await asyncio.sleep(0.1)  # past the cache entry, inside the grace
    assert await auth.authenticate(_bearer("km-alice")) == _ALICE
    with pytest.raises(StoreUnavailableError):  # never seen: nothing to fall back on
        await auth.authenticate(_bearer("km-bob"))
    await asyncio.sleep(0.4)  # past the grace
    with pytest.raises(StoreUnavailableError):
        await auth.authenticate(_bearer("km-alice"))


async def test_after_a_failed_read_lookups_fail_at_once_for_a_moment() -> None:
    keys = _Keys()
    keys.down = True
    auth = _auth(keys, ttl=0.0, grace=0.0)
    for _ in range(5):
        with pytest.raises(StoreUnavailableError):
            await auth.authenticate(_bearer("km-alice"))
    assert keys.calls == 1
    keys.down = False
    auth._down = None  # the moment has passed
    assert await auth.authenticate(_bearer("km-alice")) == _ALICE
    with pytest.raises(AuthenticationError):
        await auth.authenticate(_bearer("km-nobody"))


def test_a_driver_error_of_an_unavailable_store_maps_to_503(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    exc = OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))
    status, body, code = error_body(exc, "req_1")
    assert (status, code) == (503, "store_unavailable")
    assert b"Traceback" not in body and b"locked" not in body
    assert error_headers(exc) == [(b"retry-after", b"2")]
    assert not [r for r in caplog.records if r.exc_info]  # no traceback in the log either
    # A bug stays a 500 (with its traceback in the log, under the request id).
    status, _, code = error_body(ValueError("boom"), "req_2")
    assert (status, code) == (500, "internal_error")


def test_readyz_reports_each_dependency(gateway: GatewayFactory) -> None:
    gw = gateway()
    r = httpx.get(gw.root_url + "/readyz")
    assert r.status_code == 200, r.text
    got: dict[str, Any] = r.json()
    assert got["status"] == "ready"
    assert set(got["checks"]) == {"store", "audit_writer", "routes"}  # no Redis configured
    assert all(c["ok"] for c in got["checks"].values())
    assert got["checks"]["audit_writer"]["queued"] >= 0
    assert httpx.get(gw.root_url + "/healthz").status_code == 200

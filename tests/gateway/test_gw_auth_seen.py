"""A key seen lately is known by the header it came in (no decoding, no hashing per request);
a revocation, the cache's expiry and a refused key all still take effect."""

from __future__ import annotations

import asyncio

import pytest

from kanmon.auth import Authenticator
from kanmon.core.principal import Principal
from kanmon.errors import AuthenticationError, PermissionDeniedError
from kanmon.request import Exchange

_APP = Principal(key_id="k-app", name="app", team="t", roles=frozenset({"app"}))
_AUDITOR = Principal(key_id="k-aud", name="aud", team="t", roles=frozenset({"auditor"}))


class _Keys:
    def __init__(self) -> None:
        self.calls = 0
        self.valid = {"km-app": _APP, "km-aud": _AUDITOR}

    def lookup(self, secret: str) -> Principal | None:
        self.calls += 1
        return self.valid.get(secret)


def _auth(keys: _Keys, ttl: float = 60.0) -> Authenticator:
    return Authenticator(keys, cache_ttl_s=ttl, bootstrap_admin_key=None)  # type: ignore[arg-type]


def _ex(*headers: tuple[bytes, bytes] | list[bytes]) -> Exchange:
    return Exchange(endpoint="chat.completions", request_headers=headers)  # type: ignore[arg-type]


async def test_a_seen_key_is_served_from_its_header_until_it_is_forgotten() -> None:
    keys = _Keys()
    auth = _auth(keys)
    header = (b"authorization", b"Bearer km-app")
    for _ in range(3):
        ex = _ex((b"host", b"x"), header)
        await auth.step(ex)
        assert ex.principal is _APP
    assert keys.calls == 1
    del keys.valid["km-app"]  # revoked in the store ...
    await auth.step(_ex(header))  # ... still cached: the revocation has not been announced
    auth.forget("k-app")  # announced (the revoke endpoint, or another worker's sync)
    with pytest.raises(AuthenticationError):
        await auth.step(_ex(header))


async def test_the_header_entry_expires_with_the_cache() -> None:
    keys = _Keys()
    auth = _auth(keys, ttl=0.05)
    header = (b"x-api-key", b"km-app")
    await auth.step(_ex(header))
    await asyncio.sleep(0.1)
    await auth.step(_ex([b"x-api-key", b"km-app"]))  # ASGI allows lists; read again: expired
    assert keys.calls == 2


async def test_a_wrong_key_or_role_is_refused_every_time() -> None:
    keys = _Keys()
    auth = _auth(keys)
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            await auth.step(_ex((b"authorization", b"Bearer km-nobody")))
        with pytest.raises(PermissionDeniedError) as e:
            await auth.step(_ex((b"authorization", b"Bearer km-aud")))
        assert e.value.code == "insufficient_role"
    assert keys.calls == 2  # each key read once: the cache also remembers an unknown one

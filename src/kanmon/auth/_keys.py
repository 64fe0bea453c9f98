"""Authentication: virtual key → Principal, with a short-lived per-process cache so the
database is read once per key per ``cache_ttl_s``, not once per request.

The key comes as ``Authorization: Bearer <key>`` (OpenAI clients) or ``x-api-key: <key>``
(Anthropic clients); both are documented in docs/gateway.md.

While the store cannot be read, a key seen before keeps working for ``stale_grace_s`` past its
cache entry (revocations cannot be written during the outage either); an unknown key, or one
seen longer ago, gets 503 ``store_unavailable``. After a failed read, lookups fail at once for
``_RETRY_S`` instead of each waiting for the database's timeout.
"""

from __future__ import annotations

import asyncio
import hmac
import time
from collections.abc import Sequence

from kanmon.auth._failures import AuthFailures
from kanmon.auth._roles import require
from kanmon.core.principal import Principal
from kanmon.errors import AuthenticationError, StoreUnavailableError
from kanmon.limits import Limits, LocalLimits
from kanmon.request import Exchange
from kanmon.store import KeyStore, hash_key

_RETRY_S = 1.0

_BOOTSTRAP = Principal(
    key_id="bootstrap-admin", name="bootstrap admin", team="kanmon", roles=frozenset({"admin"})
)


def bearer(headers: Sequence[tuple[bytes, bytes]]) -> str:
    for name, value in headers:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise AuthenticationError("Authorization header must be 'Bearer <key>'.")
            return token.strip()
        if name == b"x-api-key":
            return value.decode("latin-1").strip()
    raise AuthenticationError(
        "No API key provided. Send 'Authorization: Bearer <kanmon key>'.", code="missing_api_key"
    )


class Authenticator:
    def __init__(
        self,
        keys: KeyStore,
        *,
        cache_ttl_s: float,
        bootstrap_admin_key: str | None,
        limits: Limits | None = None,
        failures: AuthFailures | None = None,
        stale_grace_s: float = 30.0,
    ) -> None:
        self._keys = keys
        self._ttl = cache_ttl_s
        self._grace = stale_grace_s
        self._cache: dict[str, tuple[Principal | None, float]] = {}
        #: The header a valid key came in, as sent → its principal and until when: a request
        #: with a key seen lately is known by one dict lookup, without decoding the header or
        #: hashing the key (the hash and the checks ran when the entry was made, and run again
        #: when it expires with the entry above).
        self._seen: dict[tuple[bytes, bytes], tuple[Principal, float]] = {}
        self._down: tuple[float, StoreUnavailableError] | None = None  # until, why
        self._bootstrap_hash = hash_key(bootstrap_admin_key) if bootstrap_admin_key else None
        self.limits: Limits = limits if limits is not None else LocalLimits()
        self.failures = failures

    async def authenticate(self, headers: Sequence[tuple[bytes, bytes]]) -> Principal:
        token = bearer(headers)
        return await self._principal(token, hash_key(token))

    async def _principal(self, token: str, h: str) -> Principal:
        now = time.monotonic()
        hit = self._cache.get(h)
        if hit is not None and hit[1] > now:
            principal = hit[0]
        else:
            try:
                principal = await self._resolve(token, h)
            except StoreUnavailableError:
                if hit is None or hit[0] is None or now > hit[1] + self._grace:
                    raise
                principal = hit[0]  # known and active when last read: serve it a while
            else:
                if len(self._cache) > 100_000:  # bound memory under a key-guessing flood
                    self._cache.clear()
                self._cache[h] = (principal, now + self._ttl)
        if principal is None:
            raise AuthenticationError("Invalid or revoked API key.")
        if principal.rpm_limit is not None:
            await self.limits.admit(principal)
        return principal

    async def _resolve(self, token: str, h: str) -> Principal | None:
        if self._bootstrap_hash is not None and hmac.compare_digest(h, self._bootstrap_hash):
            return _BOOTSTRAP
        down = self._down
        if down is not None:
            if time.monotonic() < down[0]:
                raise StoreUnavailableError(down[1].message)
            self._down = None
        try:
            return await asyncio.to_thread(self._keys.lookup, token)
        except StoreUnavailableError as e:
            self._down = (time.monotonic() + _RETRY_S, e)
            raise

    async def identify(self, ex: Exchange) -> Principal:
        """The caller of ``ex`` by its key. A failure counts against the source address; a
        source with too many failures is refused before its key is looked up, unless the key
        is one this process authenticated lately (so callers sharing an address with an
        attacker, behind a proxy say, keep working)."""
        for name, value in ex.request_headers:
            if name == b"authorization" or name == b"x-api-key":
                header = (name, value)  # ASGI servers may give lists: a tuple hashes
                seen = self._seen.get(header)
                if seen is not None and seen[1] > time.monotonic():
                    p = seen[0]
                    if p.rpm_limit is not None:
                        await self.limits.admit(p)
                    ex.principal = p
                    return p
                p = await self._identify(ex)
                if len(self._seen) > 100_000:  # bound memory, as the cache above
                    self._seen.clear()
                hit = self._cache.get(hash_key(bearer((header,))))
                if hit is not None and hit[0] is p:
                    self._seen[header] = (p, hit[1])
                return p
        return await self._identify(ex)

    async def _identify(self, ex: Exchange) -> Principal:
        failures = self.failures
        try:
            token = bearer(ex.request_headers)
            h = hash_key(token)
            if failures is not None:
                failures.check(ex.client, h)
            p = await self._principal(token, h)
        except AuthenticationError as e:
            if failures is not None:
                failures.failed(ex.client, ex.endpoint, e.code)
            raise
        if failures is not None:
            failures.vouch(h)
        ex.principal = p
        return p

    async def step(self, ex: Exchange) -> None:
        """The auth step: the caller behind the request's key, allowed to call models. A
        request that arrives already authenticated (the review queue running an approved
        request for the key that sent it) keeps its principal."""
        p = ex.principal if ex.principal is not None else await self.identify(ex)
        if "app" not in p.roles and "admin" not in p.roles:
            require(p, "app")  # refuses, with the message every role check gives

    def forget(self, key_id: str | None = None) -> None:
        """Drop cached keys (after a revoke) so this process enforces it at once."""
        self._seen.clear()  # rare (a revocation, a reload): cheaper than finding the key's headers
        if key_id is None:
            self._cache.clear()
            return
        for h, (p, _) in list(self._cache.items()):
            if p is not None and p.key_id == key_id:
                del self._cache[h]

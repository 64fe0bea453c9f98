"""Authentication: bearer virtual key → Principal, with a short-lived per-process cache so the
database is read once per key per ``cache_ttl_s``, not once per request."""

from __future__ import annotations

import asyncio
import hmac
import time

from kanmon.core.principal import Principal, Role
from kanmon.errors import AuthenticationError, PermissionDeniedError
from kanmon.limits import Limits, LocalLimits
from kanmon.store._keys import KeyStore, hash_key

_BOOTSTRAP = Principal(
    key_id="bootstrap-admin", name="bootstrap admin", team="kanmon", roles=frozenset({"admin"})
)


def bearer(headers: list[tuple[bytes, bytes]]) -> str:
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
    ) -> None:
        self._keys = keys
        self._ttl = cache_ttl_s
        self._cache: dict[str, tuple[Principal | None, float]] = {}
        self._bootstrap_hash = hash_key(bootstrap_admin_key) if bootstrap_admin_key else None
        self.limits: Limits = limits if limits is not None else LocalLimits()

    async def authenticate(self, headers: list[tuple[bytes, bytes]]) -> Principal:
        token = bearer(headers)
        h = hash_key(token)
        now = time.monotonic()
        hit = self._cache.get(h)
        if hit is not None and hit[1] > now:
            principal = hit[0]
        else:
            principal = await self._resolve(token, h)
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
        return await asyncio.to_thread(self._keys.lookup, token)

    def forget(self, key_id: str | None = None) -> None:
        """Drop cached keys (after a revoke) so this process enforces it at once."""
        if key_id is None:
            self._cache.clear()
            return
        for h, (p, _) in list(self._cache.items()):
            if p is not None and p.key_id == key_id:
                del self._cache[h]


def require_own(principal: Principal, role: Role) -> None:
    """The key must hold ``role`` itself; ``admin`` does not imply it. Reading the audit log is
    the auditor's duty, kept apart from those who administer the gateway."""
    if role not in principal.roles:
        raise PermissionDeniedError(
            f"This endpoint needs a key with role {role} (admin does not include it); key "
            f"{principal.key_id!r} has {', '.join(sorted(principal.roles))}.",
            code="insufficient_role",
        )


def require(principal: Principal, *roles: str) -> None:
    if not any(principal.has(r) for r in roles):  # type: ignore[arg-type]
        raise PermissionDeniedError(
            f"This endpoint needs role {' or '.join(roles)}; key {principal.key_id!r} has "
            f"{', '.join(sorted(principal.roles))}.",
            code="insufficient_role",
        )

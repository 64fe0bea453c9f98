"""Single sign-on through an OpenID Connect provider: the authorisation code flow with PKCE
(Authlib's OAuth 2 client), the ID token checked against the provider's keys (joserfc: signature,
issuer, audience, expiry, nonce), and Kanmon roles mapped from a claim."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Mapping
from typing import Any

from kanmon.config import OidcSettings, resolve_secret
from kanmon.core.principal import ROLES, Principal, Role
from kanmon.errors import AuthenticationError, ConfigError, PermissionDeniedError

_CACHE_S = 300.0


class OidcClient:
    def __init__(self, settings: OidcSettings) -> None:
        try:
            import authlib  # noqa: F401
            import joserfc  # noqa: F401
        except ImportError:
            raise ConfigError("console.oidc needs Authlib: pip install 'kanmon[oidc]'") from None
        self.s = settings
        self.secret = (
            resolve_secret(env=settings.client_secret_env, file=None, what="OIDC client secret")
            if settings.client_secret_env
            else None
        )
        self._meta: tuple[float, dict[str, Any], Any] | None = None

    def _client(self, redirect_uri: str) -> Any:
        from authlib.integrations.httpx_client import AsyncOAuth2Client

        return AsyncOAuth2Client(
            client_id=self.s.client_id,
            client_secret=self.secret,
            scope=" ".join(self.s.scopes),
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            token_endpoint_auth_method="client_secret_basic" if self.secret else "none",
            timeout=10.0,
        )

    async def _metadata(self) -> tuple[dict[str, Any], Any]:
        """The provider's discovery document and its signing keys, cached for a few minutes."""
        from joserfc.jwk import KeySet

        if self._meta is not None and self._meta[0] > time.monotonic():
            return self._meta[1], self._meta[2]
        url = self.s.issuer.rstrip("/") + "/.well-known/openid-configuration"
        async with self._client("") as http:
            try:
                meta = (
                    (await http.request("GET", url, withhold_token=True)).raise_for_status().json()
                )
                jwks = await http.request("GET", meta["jwks_uri"], withhold_token=True)
                keys = KeySet.import_key_set(jwks.raise_for_status().json())
            except Exception as e:
                raise AuthenticationError(
                    f"The identity provider could not be reached ({type(e).__name__}).",
                    code="oidc_unavailable",
                ) from None
        if meta.get("issuer") != self.s.issuer:
            raise AuthenticationError(
                "The identity provider names another issuer.", code="oidc_invalid"
            )
        self._meta = (time.monotonic() + _CACHE_S, meta, keys)
        return meta, keys

    def _redirect_uri(self, origin: str) -> str:
        return self.s.redirect_url or origin + "/console/oidc/callback"

    async def start(self, origin: str) -> tuple[str, dict[str, Any]]:
        """The provider's authorisation URL, and what the callback must find again."""
        meta, _ = await self._metadata()
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        verifier = secrets.token_urlsafe(48)
        redirect_uri = self._redirect_uri(origin)
        async with self._client(redirect_uri) as http:
            url, _ = http.create_authorization_url(
                meta["authorization_endpoint"], state=state, nonce=nonce, code_verifier=verifier
            )
        return url, {"state": state, "nonce": nonce, "verifier": verifier, "redirect": redirect_uri}

    async def finish(self, query: Mapping[str, str], pending: dict[str, Any] | None) -> Principal:
        """The signed-in principal, from the provider's answer to ``start``."""
        from joserfc import jwt
        from joserfc.errors import JoseError
        from joserfc.jwt import JWTClaimsRegistry

        if pending is None or not secrets.compare_digest(
            query.get("state", ""), str(pending.get("state", ""))
        ):
            raise AuthenticationError(
                "The sign-in expired or did not start here; sign in again.", code="oidc_state"
            )
        if "error" in query:
            raise AuthenticationError(
                f"The identity provider refused the sign-in: {query['error'][:200]}",
                code="oidc_refused",
            )
        meta, keys = await self._metadata()
        async with self._client(pending["redirect"]) as http:
            try:
                token = await http.fetch_token(
                    meta["token_endpoint"],
                    grant_type="authorization_code",
                    code=query.get("code", ""),
                    code_verifier=pending["verifier"],
                )
            except Exception as e:
                raise AuthenticationError(
                    f"The identity provider did not issue a token ({type(e).__name__}).",
                    code="oidc_invalid",
                ) from None
        try:
            decoded = jwt.decode(str(token.get("id_token", "")), keys)
            JWTClaimsRegistry(
                iss={"essential": True, "value": self.s.issuer},
                aud={"essential": True, "value": self.s.client_id},
                sub={"essential": True},
                exp={"essential": True},
                nonce={"essential": True, "value": pending["nonce"]},
            ).validate(decoded.claims)
        except (JoseError, ValueError) as e:
            raise AuthenticationError(
                f"The identity provider's ID token is not valid ({e}).", code="oidc_invalid"
            ) from None
        return self.principal(decoded.claims)

    def principal(self, claims: Mapping[str, Any]) -> Principal:
        """Roles from ``roles_claim`` through ``role_map``; someone with none is refused."""
        groups = claims.get(self.s.roles_claim) or []
        if isinstance(groups, str):
            groups = [groups]
        roles: set[Role] = set()
        for g in groups:
            for r in self.s.role_map.get(str(g), []):
                if r in ROLES:
                    roles.add(r)
        roles.discard("app")  # a person in the console never calls models as an app
        name = str(claims.get(self.s.name_claim) or claims["sub"])
        if not roles:
            raise PermissionDeniedError(
                f"{name} has no Kanmon role: none of their groups is mapped in "
                "console.oidc.role_map.",
                code="insufficient_role",
            )
        team = str(claims.get(self.s.team_claim) or "sso") if self.s.team_claim else "sso"
        subject = f"{claims['iss']}|{claims['sub']}"
        return Principal(
            key_id="sso-" + hashlib.sha256(subject.encode()).hexdigest()[:16],
            name=name,
            team=team,
            roles=frozenset(roles),
            owner=name,
        )

"""Signing in and out: a virtual key exchanged for a session (the key is checked exactly as the
API checks it, failures counted per source address), or an OIDC provider's sign-in; and the
console's static files."""

from __future__ import annotations

import asyncio
import secrets
from pathlib import Path

from kanmon.console._http import Response, local_path, redirect, static_response
from kanmon.console._pages import CONSOLE_ROLES, OVERVIEW, Host, View, page
from kanmon.console._render import HERE, may, nav_for, render
from kanmon.console._session import COOKIE, LOGIN_COOKIE, same
from kanmon.core.principal import Principal
from kanmon.errors import BadRequestError, KanmonError, NotFoundError, PermissionDeniedError

_STATIC: dict[str, bytes] = {
    ".css": b"text/css; charset=utf-8",
    ".js": b"text/javascript; charset=utf-8",
    ".txt": b"text/plain; charset=utf-8",
}


class SignIn:
    def __init__(self, console: Host) -> None:
        self.c = console
        self.static_dir = HERE / "static"
        self._static: dict[str, tuple[bytes, bytes]] = {}
        oidc = console.settings.oidc
        self.oidc = None
        if oidc is not None:
            from kanmon.console._oidc import OidcClient

            self.oidc = OidcClient(oidc)

    def _login_page(self, v: View, *, status: int = 200, error: str | None = None) -> Response:
        token = secrets.token_urlsafe(24)
        resp = Response(
            status,
            render(
                "login.html.j2",
                principal=None,
                nav=[],
                csrf="",
                here=v.req.path,
                login_csrf=token,
                next=local_path(v.req.query.get("next", "/console/")),
                why=v.req.query.get("why") if error is None else None,
                error=error,
                oidc=self.c.settings.oidc.button if self.c.settings.oidc else None,
            ),
        )
        resp.cookie(LOGIN_COOKIE, token, tls=v.req.tls, path="/console", max_age=3600)
        return resp

    @page("GET", "/console/login", "console.login", public=True, audit=False)
    async def login_form(self, v: View) -> Response:
        return self._login_page(v)

    @page("POST", "/console/login", "console.login", public=True)
    async def login(self, v: View) -> Response:
        """A virtual key for a session. The key goes through the API's own authentication (its
        cache, revocation, and the count of failures per source address)."""
        form = await v.req.form()
        if not same((form.get("csrf") or [""])[0], v.req.cookies.get(LOGIN_COOKIE, "")):
            raise PermissionDeniedError(
                "The sign-in form's security token is missing or stale; reload the page.",
                code="csrf_failed",
            )
        key = (form.get("key") or [""])[0].strip()
        try:
            if not key or len(key) > 512 or not key.isprintable():
                raise BadRequestError("Enter a Kanmon key.", param="key")
            v.ex.request_headers = [
                (b"authorization", b"Bearer " + key.encode("latin-1", "replace"))
            ]
            p = await self.c.services.auth.identify(v.ex)
            if not any(p.has(r) for r in CONSOLE_ROLES):
                raise PermissionDeniedError(
                    f"Key {p.key_id} has only the roles {', '.join(sorted(p.roles))}; the console "
                    "is for keys with an operator role (admin, auditor, reviewer, assessor, "
                    "approver).",
                    code="insufficient_role",
                )
        except KanmonError as e:  # shown on the form again, recorded like a refused API call
            err = await self.c.services.path.fail(v.ex, e)
            v.recorded = True
            status = err.status if isinstance(err, KanmonError) else 500
            return self._login_page(v, status=status, error=str(err))
        kind = "key" if p.key_id != "bootstrap-admin" else "boot"
        token, _ = await asyncio.to_thread(self.c.sessions.create, kind, p, key_id=p.key_id)
        v.ex.reasons.append(f"console sign-in with key {p.key_id}")
        return self._signed_in(v, token, (form.get("next") or ["/console/"])[0], p)

    def _signed_in(self, v: View, token: str, target: str, p: Principal) -> Response:
        target = local_path(target)
        if target == "/console/" and not may(p, OVERVIEW):  # their first page instead
            target = nav_for(p)[0][1] if nav_for(p) else target
        resp = redirect(target)
        resp.cookie(COOKIE, token, tls=v.req.tls, path="/console")
        resp.cookie(LOGIN_COOKIE, "", tls=v.req.tls, path="/console", max_age=0)
        return resp

    @page("POST", "/console/logout", "console.logout", roles=CONSOLE_ROLES)
    async def logout(self, v: View) -> Response:
        await asyncio.to_thread(self.c.sessions.end, v.req.cookies.get(COOKIE, ""))
        v.ex.reasons.append("console sign-out")
        resp = redirect("/console/login?why=Signed+out.")
        resp.cookie(COOKIE, "", tls=v.req.tls, path="/console", max_age=0)
        return resp

    # -- OIDC ----------------------------------------------------------------------------------

    @page("GET", "/console/oidc/start", "console.login", public=True, audit=False)
    async def oidc_start(self, v: View) -> Response:
        if self.oidc is None:
            raise NotFoundError("Single sign-on is not configured.", code="not_found")
        url, pending = await self.oidc.start(v.req.origin)
        token = await asyncio.to_thread(self.c.sessions.pending, pending)
        resp = redirect(url, 302)
        resp.cookie(LOGIN_COOKIE, token, tls=v.req.tls, path="/console", max_age=600)
        return resp

    @page("GET", "/console/oidc/callback", "console.login", public=True)
    async def oidc_callback(self, v: View) -> Response:
        if self.oidc is None:
            raise NotFoundError("Single sign-on is not configured.", code="not_found")
        pending = await asyncio.to_thread(
            self.c.sessions.take_pending, v.req.cookies.get(LOGIN_COOKIE, "")
        )
        p = await self.oidc.finish(v.req.query, pending)
        v.ex.principal = p
        token, _ = await asyncio.to_thread(self.c.sessions.create, "oidc", p)
        v.ex.reasons.append(f"console sign-in through single sign-on as {p.name}")
        return self._signed_in(v, token, "/console/", p)

    # -- static files --------------------------------------------------------------------------

    @page("GET", "/console/static/{name}", "console.static", public=True, audit=False)
    async def static(self, v: View) -> Response:
        name = v.params["name"]
        hit = self._static.get(name)
        if hit is None:
            path = self.static_dir / name
            kind = _STATIC.get(Path(name).suffix)
            if kind is None or "/" in name or name.startswith(".") or not path.is_file():
                raise NotFoundError(f"No file {name}.", code="not_found")
            hit = self._static[name] = (path.read_bytes(), kind)
        return static_response(*hit)

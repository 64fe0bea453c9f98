"""The console's ASGI app, mounted by the gateway under ``/console``: find the page, sign-in
and role check, CSRF on every POST, the handler, one audit record, one error page."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from kanmon.console._audit import AuditPages
from kanmon.console._catalog import CatalogPages
from kanmon.console._evals import EvalPages
from kanmon.console._governance import GovernancePages
from kanmon.console._http import Request, Response, redirect
from kanmon.console._keys import KeyPages
from kanmon.console._overview import OverviewPage
from kanmon.console._pages import Page, PageTable, View, pages_of
from kanmon.console._policy import PolicyPages
from kanmon.console._render import nav_for, render
from kanmon.console._reviews import ReviewPages
from kanmon.console._session import COOKIE, Session, Sessions, same
from kanmon.console._signin import SignIn
from kanmon.errors import (
    AuthenticationError,
    KanmonError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
)
from kanmon.gateway import Receive, Scope, Send
from kanmon.request import Exchange, status_of
from kanmon.wiring import Services

log = logging.getLogger("kanmon.console")


class Console:
    """``Console(services)`` serves the operator console under ``/console``."""

    prefix = "/console"

    def __init__(self, services: Services) -> None:
        self.services = services
        self.settings = services.config.console
        self.sessions = Sessions(services.db, services.keys, self.settings)
        self.signin = SignIn(self)
        self.table = PageTable(
            pages_of(
                self.signin,
                OverviewPage(self),
                ReviewPages(self),
                AuditPages(self),
                GovernancePages(self),
                CatalogPages(self),
                EvalPages(self),
                PolicyPages(self),
                KeyPages(self),
            )
        )

    @property
    def pages(self) -> list[Page]:
        return self.table.pages

    # -- rendering -----------------------------------------------------------------------------

    def page(self, v: View, template: str, http_status: int = 200, **ctx: Any) -> Response:
        """A full page with the navigation of the signed-in principal."""
        p = v.session.principal if v.session else None
        body = render(
            template,
            principal=p,
            nav=nav_for(p) if p else [],
            csrf=v.session.csrf if v.session else "",
            here=v.req.path,
            **ctx,
        )
        return Response(http_status, body)

    def page_nav(self, v: View) -> list[tuple[str, str]]:
        return nav_for(v.session.principal) if v.session else []

    def fragment(self, template: str, **ctx: Any) -> Response:
        return Response(200, render(template, **ctx))

    # -- dispatch ------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        req = Request.of(scope, receive)
        found = self.table.find(req.method, req.path)
        if not isinstance(found, tuple):
            exc: KanmonError = (
                NotFoundError(f"No page {req.path}.", code="not_found")
                if found is None
                else MethodNotAllowedError(f"{req.method} is not allowed on {req.path}.")
            )
            await self._error(req, None, exc).send(send)
            return
        pg, params = found
        ex = Exchange(endpoint=pg.name, request_headers=scope["headers"], client=req.client)
        session: Session | None = None
        try:
            if not pg.public:
                session, why = await self._session(req)
                if session is None:
                    await self._signed_out(req, why).send(send)
                    return
                ex.principal = session.principal
                if not pg.allows(session.principal):
                    roles = " or ".join(pg.roles)
                    extra = " (admin does not include it)" if pg.own else ""
                    raise PermissionDeniedError(
                        f"This page needs role {roles}{extra}; you have "
                        f"{', '.join(sorted(session.principal.roles))}.",
                        code="insufficient_role",
                    )
                if req.method == "POST":
                    await self._check_csrf(req, session)
            view = View(req, params, session, ex)
            resp = await pg.handler(view)
            if pg.audit and not view.recorded:
                ex.status = resp.status
                if resp.stream is not None:  # recorded once the stream has ended
                    resp.stream = self._audited(resp.stream, ex)
                else:
                    await self.services.path.finish_call(ex)
        except Exception as e:
            shown: BaseException = e
            if pg.audit:
                shown = await self.services.path.fail(ex, e)
            resp = self._error(req, session, shown, ex.request_id)
        await resp.send(send)

    async def _audited(self, stream: AsyncIterator[bytes], ex: Exchange) -> AsyncIterator[bytes]:
        async for chunk in stream:
            yield chunk
        await self.services.path.finish_quietly(ex)

    async def _session(self, req: Request) -> tuple[Session | None, str | None]:
        import asyncio

        return await asyncio.to_thread(self.sessions.load, req.cookies.get(COOKIE, ""))

    async def _check_csrf(self, req: Request, session: Session) -> None:
        origin = req.headers.get(b"origin")
        if origin is not None and origin.decode("latin-1") != req.origin:
            raise PermissionDeniedError(
                "The form came from another site (Origin does not match).", code="csrf_failed"
            )
        if not same(await req.field("csrf"), session.csrf):
            raise PermissionDeniedError(
                "The form's security token is missing or stale; reload the page and try again.",
                code="csrf_failed",
            )

    def _signed_out(self, req: Request, why: str | None) -> Response:
        if req.method == "GET" and b"hx-request" not in req.headers:
            from urllib.parse import quote

            target = "/console/login?next=" + quote(req.path, safe="/")
            if why:
                target += "&why=" + quote(why)
            return redirect(target)
        return self._error(req, None, AuthenticationError(why or "Sign in first."))

    def _error(
        self,
        req: Request,
        session: Session | None,
        exc: BaseException,
        request_id: str | None = None,
    ) -> Response:
        status, code = status_of(exc)
        if isinstance(exc, KanmonError):
            message = exc.message
        else:
            log.error("console page %s failed (%s)", req.path, request_id, exc_info=exc)
            message = f"Internal error in the console (request {request_id})."
        p = session.principal if session else None
        body = render(
            "error.html.j2",
            principal=p,
            nav=nav_for(p) if p else [],
            csrf=session.csrf if session else "",
            here=req.path,
            status=status,
            code=code,
            message=message,
            request_id=request_id,
        )
        return Response(status, body)

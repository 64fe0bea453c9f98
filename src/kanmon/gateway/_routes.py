"""The route table: every endpoint with its method, path, audit name, the roles it accepts and
the schemas of its body and query, declared beside its handler with ``@endpoint``.

Admin-style handlers are plain functions of a ``Call`` returning a ``Reply``; authentication,
the role check, parsing, the one audit call and the one error path are done here for all of
them. ``raw`` endpoints (the model calls, whose responses may stream) take the ASGI triple and
run the request path themselves. The same table drives dispatch, the OpenAPI document and the
role tests, so an endpoint cannot exist without its roles.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson
from pydantic import BaseModel

from kanmon.auth import Authenticator, require, require_own
from kanmon.core.principal import Principal, Role
from kanmon.errors import MethodNotAllowedError, NotFoundError
from kanmon.gateway._errors import error_body, error_headers
from kanmon.gateway._http import (
    JSON_HEADERS,
    ClientDisconnected,
    Receive,
    Scope,
    Send,
    client,
    query_params,
    read_body,
    response_headers,
    send_bytes,
)
from kanmon.gateway._mounts import Mount, mount_for
from kanmon.gateway._schemas import parse_json, validate
from kanmon.request import Exchange, RequestPath

Params = dict[str, str]
#: Writes an error in a wire format: (exception, request id) → (status, body). The default
#: is OpenAI's; the Messages endpoint answers in Anthropic's.
ErrorRender = Callable[[BaseException, str | None], tuple[int, bytes]]
RawHandler = Callable[[Scope, Receive, Send, Params], Awaitable[None]]


@dataclass(slots=True)
class Call:
    """One admin-style call as its handler sees it: already authenticated, role-checked and
    parsed. Handlers add reasons, ids and the like to ``ex``, which becomes the audit record."""

    ex: Exchange
    principal: Principal
    body: Any
    query: Any
    params: Params


@dataclass(slots=True)
class Reply:
    data: Any = None
    status: int = 200
    #: A body that is not JSON (e.g. an NDJSON export), sent as is with ``content_type``.
    raw: bytes | None = None
    content_type: bytes = b"application/json"


Handler = Callable[[Call], Awaitable[Reply]]


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    path: str
    #: The endpoint's name in audit records.
    name: str
    #: Roles that may call it (``admin`` includes each unless ``own``); empty: no key needed.
    roles: tuple[Role, ...]
    own: bool = False
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    status: int = 200
    kind: Literal["call", "raw"] = "call"
    max_body: int = 256 * 1024
    summary: str = ""
    handler: Any = field(default=None, compare=False)


_MARK = "__kanmon_route__"


def endpoint(
    method: str,
    path: str,
    name: str,
    *,
    roles: Sequence[Role],
    own: bool = False,
    body: type[BaseModel] | None = None,
    query: type[BaseModel] | None = None,
    status: int = 200,
    raw: bool = False,
    max_body: int = 256 * 1024,
) -> Callable[[Any], Any]:
    """Declare a handler method as an endpoint (see the module docstring)."""

    def mark(fn: Any) -> Any:
        doc = (fn.__doc__ or "").strip().split("\n\n")[0]
        setattr(
            fn,
            _MARK,
            Route(
                method,
                path,
                name,
                tuple(roles),
                own,
                body,
                query,
                status,
                "raw" if raw else "call",
                max_body,
                " ".join(doc.split()),
            ),
        )
        return fn

    return mark


def routes_of(*apis: object) -> list[Route]:
    """The endpoints declared on handler objects, each bound to its handler."""
    out = []
    for api in apis:
        for attr in dir(type(api)):
            route = getattr(getattr(type(api), attr), _MARK, None)
            if isinstance(route, Route):
                out.append(_bind(route, getattr(api, attr)))
    return out


def _bind(route: Route, handler: Any) -> Route:
    return Route(
        route.method,
        route.path,
        route.name,
        route.roles,
        route.own,
        route.body,
        route.query,
        route.status,
        route.kind,
        route.max_body,
        route.summary,
        handler,
    )


_PARAM = re.compile(r"\{(\w+)\}")


class RouteTable:
    """Exact paths in a dict (the model calls are found with one lookup); templated paths
    (``/admin/reviews/{review_id}``) matched segment by segment."""

    def __init__(
        self,
        routes: Sequence[Route],
        auth: Authenticator,
        path: RequestPath,
        mounts: Sequence[Mount] = (),
    ) -> None:
        self.routes = list(routes)
        #: Apps under a path prefix (the console), asked only for paths no route matches.
        self.mounts = list(mounts)
        self.auth = auth
        self.path = path
        self._exact: dict[str, dict[str, Route]] = {}
        self._templated: list[tuple[tuple[str, ...], dict[str, Route]]] = []
        for r in self.routes:
            if "{" not in r.path:
                self._exact.setdefault(r.path, {})[r.method] = r
                continue
            parts = tuple(r.path.strip("/").split("/"))
            for known, methods in self._templated:
                if known == parts:
                    methods[r.method] = r
                    break
            else:
                self._templated.append((parts, {r.method: r}))

    def find(self, path: str) -> tuple[dict[str, Route], Params] | None:
        methods = self._exact.get(path) or self._exact.get(path.rstrip("/"))
        if methods is not None:
            return methods, {}
        given = path.strip("/").split("/")
        for parts, methods in self._templated:
            if len(parts) != len(given):
                continue
            params: Params = {}
            for want, got in zip(parts, given, strict=True):
                if want.startswith("{"):
                    if not got:
                        break
                    params[want[1:-1]] = got
                elif want != got:
                    break
            else:
                return methods, params
        return None

    def dispatch(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        """The coroutine that answers the request (returned, not awaited here: see Gateway)."""
        found = self.find(scope["path"])
        if found is None:
            mount = mount_for(self.mounts, scope["path"]) if self.mounts else None
            if mount is not None:
                return mount(scope, receive, send)
            return self._refuse(
                send, NotFoundError(f"No endpoint {scope['path']}.", code="not_found")
            )
        methods, params = found
        route = methods.get(scope["method"])
        if route is None:
            allowed = ", ".join(sorted(methods))
            return self._refuse(
                send,
                MethodNotAllowedError(
                    f"{scope['method']} not allowed on {scope['path']} (allowed: {allowed})."
                ),
                [(b"allow", allowed.encode())],
            )
        if route.kind == "raw":
            return route.handler(scope, receive, send, params)  # type: ignore[no-any-return]
        return self.run(route, scope, receive, send, params)

    async def run(
        self, route: Route, scope: Scope, receive: Receive, send: Send, params: Params
    ) -> None:
        """An admin-style call: auth, role, parse, handler, one audit call, one error path."""
        ex = Exchange(endpoint=route.name, request_headers=scope["headers"], client=client(scope))
        try:
            p = await self.auth.identify(ex)
            if route.own:
                require_own(p, route.roles[0])
            else:
                require(p, *route.roles)
            query = validate(route.query, query_params(scope)) if route.query else None
            body = None
            if route.body is not None:
                raw = await read_body(scope, receive, route.max_body)
                body = validate(route.body, parse_json(raw) if raw.strip() else {})
            reply = await route.handler(Call(ex, p, body, query, params))
            ex.status = reply.status
            await self.path.finish_call(ex)
        except ClientDisconnected:
            ex.status, ex.error_code = 499, "client_disconnected"
            await self.path.finish_quietly(ex)
            return
        except Exception as e:
            await self.fail(send, ex, e)
            return
        headers = [(b"x-request-id", ex.request_id.encode())]
        if reply.raw is not None:
            out = reply.raw
            headers.append((b"content-type", reply.content_type))
        else:
            out = orjson.dumps(reply.data)
            headers = [*JSON_HEADERS, *headers]
        await send_bytes(send, reply.status, out, headers)

    async def fail(
        self, send: Send, ex: Exchange, exc: BaseException, errors: ErrorRender | None = None
    ) -> None:
        """The one error path: record the failure, answer with its error (OpenAI-style unless
        the entry point's wire format says otherwise)."""
        err = await self.path.fail(ex, exc)
        if errors is not None:
            status, body = errors(err, ex.request_id)
        else:
            status, body, _ = error_body(err, ex.request_id)
        await send_bytes(
            send, status, body, [*JSON_HEADERS, *response_headers(ex), *error_headers(err)]
        )

    async def _refuse(
        self, send: Send, exc: Exception, headers: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        status, body, _ = error_body(exc)
        await send_bytes(send, status, body, [*JSON_HEADERS, *(headers or ())])


def path_params(route: Route) -> list[str]:
    return _PARAM.findall(route.path)

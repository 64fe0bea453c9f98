"""The console's side of HTTP: a request with its cookies, query and form, and HTML responses
that carry the security headers every page needs (a strict Content-Security-Policy: scripts
and styles only from the console's own static files, nothing inline, no framing)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl

from kanmon.errors import BadRequestError
from kanmon.gateway import Receive, Scope, Send, client, read_body

#: No inline script or style anywhere: a held request's content that slips past escaping still
#: cannot run. ``frame-src 'self'`` lets the Evals page embed the stored report.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
#: The eval report (a stored, self-contained page with its own inline styles and SVG): no
#: script at all, shown only inside the console.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
    "base-uri 'none'; form-action 'none'; sandbox"
)
_SECURITY = [
    (b"x-content-type-options", b"nosniff"),
    # same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" on the
    # console's own forms, and the Origin check below needs the real one
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
MAX_FORM = 256 * 1024


@dataclass(slots=True)
class Request:
    scope: Scope
    receive: Receive
    method: str
    path: str
    query: dict[str, str]
    cookies: dict[str, str]
    headers: dict[bytes, bytes]
    client: str | None
    _form: dict[str, list[str]] | None = None

    @classmethod
    def of(cls, scope: Scope, receive: Receive) -> Request:
        headers = {k.lower(): v for k, v in scope["headers"]}
        raw = scope.get("query_string", b"").decode("latin-1")
        return cls(
            scope,
            receive,
            scope["method"],
            scope["path"],
            dict(parse_qsl(raw)) if raw else {},
            _cookies(headers.get(b"cookie", b"").decode("latin-1")),
            headers,
            client(scope),
        )

    @property
    def tls(self) -> bool:
        return self.scope.get("scheme") == "https"

    @property
    def origin(self) -> str:
        host = self.headers.get(b"host", b"").decode("latin-1")
        return f"{'https' if self.tls else 'http'}://{host}"

    async def form(self) -> dict[str, list[str]]:
        """The urlencoded form of a POST (each field's values in order)."""
        if self._form is None:
            body = await read_body(self.scope, self.receive, MAX_FORM)
            kind = self.headers.get(b"content-type", b"").split(b";")[0].strip()
            if body and kind != b"application/x-www-form-urlencoded":
                raise BadRequestError("Expected a form (application/x-www-form-urlencoded).")
            out: dict[str, list[str]] = {}
            try:
                pairs = parse_qsl(body.decode(), keep_blank_values=True, max_num_fields=2000)
            except (UnicodeDecodeError, ValueError):
                raise BadRequestError("The form is not valid.") from None
            for k, v in pairs:
                out.setdefault(k, []).append(v)
            self._form = out
        return self._form

    async def field(self, name: str, default: str = "") -> str:
        values = (await self.form()).get(name)
        return values[0] if values else default


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        return {}
    return {k: m.value for k, m in jar.items()}


@dataclass(slots=True)
class Response:
    status: int = 200
    body: bytes = b""
    content_type: bytes = b"text/html; charset=utf-8"
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    #: A streamed body (the audit verification's progress); ``body`` is then ignored.
    stream: AsyncIterator[bytes] | None = None
    csp: str = CSP

    def cookie(
        self, name: str, value: str, *, tls: bool, max_age: int | None = None, path: str = "/"
    ) -> None:
        parts = [f"{name}={value}", f"Path={path}", "HttpOnly", "SameSite=Strict"]
        if tls:
            parts.append("Secure")
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        self.headers.append((b"set-cookie", "; ".join(parts).encode()))

    async def send(self, send: Send) -> None:
        own = {k for k, _ in self.headers}
        headers = [
            (b"content-type", self.content_type),
            (b"content-security-policy", self.csp.encode()),
            *(h for h in _SECURITY if h[0] not in own),
            *self.headers,
        ]
        if self.csp == CSP:
            headers.append((b"x-frame-options", b"DENY"))
        if self.stream is None:
            headers.append((b"content-length", str(len(self.body)).encode()))
            await send({"type": "http.response.start", "status": self.status, "headers": headers})
            await send({"type": "http.response.body", "body": self.body})
            return
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        async for chunk in self.stream:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def redirect(location: str, status: int = 303) -> Response:
    return Response(status, headers=[(b"location", location.encode())])


def static_response(body: bytes, content_type: bytes) -> Response:
    r = Response(200, body, content_type)
    r.headers = [(b"cache-control", b"public, max-age=86400")]
    return r


def local_path(target: str, default: str = "/console/") -> str:
    """``target`` if it is a path inside the console, else ``default`` (no open redirect)."""
    if target.startswith("/console") and not target.startswith("//") and "\\" not in target:
        return target
    return default

"""Client connections: read deadlines, a cap per worker, and HTTP/1.0 streams.

uvicorn's httptools protocol gives a client all the time it wants until its request is read: a
socket that never sends, headers sent a byte at a time, a body slower than a trickle or shorter
than its ``Content-Length`` all stayed open for as long as the client liked, and enough of them
used up the process's file descriptors until a normal caller could not connect (slowloris).

``KanmonHttpProtocol`` keeps uvicorn's parsing and ASGI plumbing and adds, per connection:

* a phase (fresh, idle between requests, reading headers, reading the body, busy in the app)
  that the parser callbacks set with a field write and a clock read, never a timer operation;
* one timer, armed when the connection opens and re-armed only when it fires: it looks at the
  phase and closes the connection if its deadline passed (408 if a request was under way), or
  re-arms itself for the phase's deadline. Phases change thousands of times a second under
  load; the timer fires about once per ``keepalive_timeout_s`` per connection. It replaces
  uvicorn's keep-alive timer, which was armed and cancelled on every request;
* a place in an LRU of the worker's connections: past ``max_connections`` a new connection
  closes the one idle the longest (then the oldest still sending its request, with a 503); only
  when every other connection is busy in the app is the newcomer refused, with a 503.

The body deadline is a minimum rate after a grace period (as Apache's mod_reqtimeout does): the
whole body is due by ``grace + received / min_rate`` after the headers, so a client that keeps
sending at the rate is never cut and one that stalls is cut within the grace.

This relies on internals of uvicorn's httptools protocol (the parser callbacks, ``cycle``,
``pipeline``, ``flow``); pyproject pins the uvicorn versions it was checked against.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

from kanmon.config import KanmonConfig
from kanmon.errors import KanmonError, RequestTimeoutError, ServiceUnavailableError
from kanmon.gateway._errors import error_body

log = logging.getLogger("kanmon.gateway")

# Phases of a connection, in the order the shedding prefers them (lowest is shed first).
_FRESH = 0  # connected, no byte of a request yet
_IDLE = 1  # keep-alive, between requests
_HEAD = 2  # request line and headers under way
_BODY = 3  # body under way
_BUSY = 4  # request read; the app is answering
_CLOSED = 5

# File descriptors a worker keeps beside its client connections: the upstream pool is sized by
# config, the rest (store, Redis, event loop, logs) is a few dozen.
_OTHER_FDS = 128


@dataclass(frozen=True)
class ConnLimits:
    """The connection settings of ``gateway:`` plus the descriptors the worker needs besides."""

    header_timeout_s: float
    body_grace_s: float
    body_min_bytes_per_s: int
    keepalive_timeout_s: float
    max_connections: int
    reserve_fds: int

    @classmethod
    def from_config(cls, config: KanmonConfig) -> ConnLimits:
        gw = config.gateway
        return cls(
            header_timeout_s=gw.header_timeout_s,
            body_grace_s=gw.body_grace_s,
            body_min_bytes_per_s=gw.body_min_bytes_per_s,
            keepalive_timeout_s=gw.keepalive_timeout_s,
            max_connections=gw.max_connections,
            reserve_fds=config.upstream.pool_size + _OTHER_FDS,
        )


def _raw_response(status: int, reason: bytes, exc: KanmonError) -> bytes:
    """A whole response written straight to the socket, for when no request cycle can answer."""
    _, body, _ = error_body(exc)
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n" % (
        status,
        reason,
        len(body),
    )
    return head + b"connection: close\r\n\r\n" + body


_OVERLOADED = ServiceUnavailableError(
    "The gateway is at its connection limit; retry shortly.", code="connection_limit"
)
_TIMED_OUT = _raw_response(
    408,
    b"Request Timeout",
    RequestTimeoutError("The request was not received in time; the connection is closed."),
)
_SHED = _raw_response(503, b"Service Unavailable", _OVERLOADED)
_OVERLOADED_BODY = error_body(_OVERLOADED)[1]


async def _refuse(scope: Any, receive: Any, send: Any) -> None:
    """The app of a connection admitted over the cap: its request is answered 503."""
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_OVERLOADED_BODY)).encode()),
                (b"retry-after", b"1"),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _OVERLOADED_BODY})


class _Pool:
    """The worker's open connections, least recently idle first."""

    def __init__(self, limits: ConnLimits, cap: int) -> None:
        self.limits = limits
        self.cap = cap
        self.tick = min(limits.header_timeout_s, limits.keepalive_timeout_s)
        self.conns: OrderedDict[KanmonHttpProtocol, None] = OrderedDict()
        self._counts = {"idle": 0, "sending": 0, "refused": 0}
        self._reported = 0.0

    def make_room(self, newcomer: KanmonHttpProtocol) -> bool:
        """Close one connection to make room for ``newcomer`` (the last one in). False when
        every other connection is busy in the app."""
        sending: KanmonHttpProtocol | None = None
        for conn in self.conns:
            if conn is newcomer:
                break
            phase = conn._phase
            if phase <= _IDLE:
                conn._close(None)
                self._note("idle")
                return True
            if sending is None and phase <= _BODY:
                sending = conn
        if sending is not None:
            sending._close(_SHED)
            self._note("sending")
            return True
        self._note("refused")
        return False

    def _note(self, what: str) -> None:
        self._counts[what] += 1
        now = time.monotonic()
        if now - self._reported >= 10.0:
            c = self._counts
            log.warning(
                "connection cap (%d per worker) reached: closed %d idle and %d still sending, "
                "refused %d new (since the last report)",
                self.cap,
                c["idle"],
                c["sending"],
                c["refused"],
            )
            self._reported = now
            self._counts = dict.fromkeys(c, 0)


class KanmonHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with read deadlines and a connection cap (module doc).
    Made per server by ``http_protocol``, which binds the worker's ``_Pool``."""

    _pool: ClassVar[_Pool]

    def __init__(
        self,
        config: uvicorn.Config,
        server_state: Any,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self._phase = _FRESH
        self._since = 0.0
        self._received = 0
        self._watch: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        pool = self._pool
        self._since = now = self.loop.time()
        self._watch = self.loop.call_at(now + pool.limits.header_timeout_s, self._check)
        pool.conns[self] = None
        if len(pool.conns) > pool.cap and not pool.make_room(self):
            self.app = _refuse

    def connection_lost(self, exc: Exception | None) -> None:
        self._phase = _CLOSED
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        self._pool.conns.pop(self, None)
        super().connection_lost(exc)

    # Parser callbacks: a field write each, and a clock read where a phase starts.

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._phase != _FRESH:  # a fresh connection's header time runs from connect
            self._since = self.loop.time()
        self._phase = _HEAD

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._phase = _BODY
        self._since = self.loop.time()
        self._received = 0
        cycle = self.cycle
        if self.scope["http_version"] == "1.0" and cycle is not None and cycle.scope is self.scope:
            # The cycle was made by uvicorn a line above and its task has not run yet.
            cycle.__class__ = _Http10Cycle

    def on_body(self, body: bytes) -> None:
        self._received += len(body)
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._phase = _BUSY
        super().on_message_complete()

    def on_response_complete(self) -> None:
        # uvicorn's, without arming its keep-alive timer: the watch timer covers idle time.
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self.flow.resume_reading()
        if self.pipeline:
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
        elif self._phase == _BUSY:  # not when the next request is already being read
            self._phase = _IDLE
            self._since = self.loop.time()
            self._pool.conns.move_to_end(self)

    # The one timer.

    def _check(self) -> None:
        phase = self._phase
        if phase == _CLOSED:
            return
        limits = self._pool.limits
        now = self.loop.time()
        if phase == _BUSY or self.flow.read_paused:
            # The app is answering, or the server stopped reading (a body waiting for the app, a
            # pipelined request): nothing is owed by the client now, so its clock starts again.
            if phase == _HEAD:
                self._since = now
            elif phase == _BODY:
                self._since = now - self._received / limits.body_min_bytes_per_s
            due = now + self._pool.tick
        elif phase == _BODY:
            due = self._since + limits.body_grace_s + self._received / limits.body_min_bytes_per_s
            if now >= due:
                started = self.cycle is not None and self.cycle.response_started
                self._close(None if started else _TIMED_OUT)
                return
        else:
            wait = limits.keepalive_timeout_s if phase == _IDLE else limits.header_timeout_s
            due = self._since + wait
            if now >= due:
                self._close(_TIMED_OUT if phase == _HEAD else None)
                return
        self._watch = self.loop.call_at(due, self._check)

    def _close(self, response: bytes | None) -> None:
        """Close now, leaving the pool at once (a shed connection must not be picked twice
        before the loop reports it lost). ``response`` is written first if given."""
        self._phase = _CLOSED
        self._pool.conns.pop(self, None)
        if self.transport.is_closing():
            return
        if response is not None:
            self.transport.write(response)
        self.transport.close()


class _Http10Cycle(RequestResponseCycle):
    """HTTP/1.0 has no chunked transfer coding (RFC 9112 §6.1: a server must not send it to a
    1.0 client). A response without ``Content-Length`` is sent close-delimited instead: no
    framing header, the body as is, and the connection closed at its end."""

    _close_delimited = False

    async def send(self, message: Any) -> None:
        kind = message["type"]
        if kind == "http.response.start" and not self.response_started:
            headers = message.get("headers", ())
            if (
                self.scope["method"] != "HEAD"
                and message["status"] not in (204, 304)
                and not any(name.lower() == b"content-length" for name, _ in headers)
            ):
                self._close_delimited = True
                self.chunked_encoding = False  # uvicorn would choose chunked when it is None
                self.keep_alive = False  # uvicorn then adds ``connection: close``
        elif kind == "http.response.body" and self._close_delimited:
            # uvicorn counts a Content-Length down per message; let it count this one alone.
            self.expected_content_length = len(message.get("body", b""))
        await super().send(message)


_fd_warned = False


def raise_fd_limit() -> int:
    """Raise this process's soft limit on open files to its hard limit, so the connection cap,
    not EMFILE, is what bounds connections. Returns the soft limit in force; logs once if it
    could not be raised."""
    global _fd_warned
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    inf = resource.RLIM_INFINITY
    target = hard if hard != inf else 1 << 20  # Linux refuses more than fs.nr_open (2^20)
    if soft != inf and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError) as e:
            if not _fd_warned:
                _fd_warned = True
                log.warning("cannot raise the open-file limit from %d to %d: %s", soft, target, e)
    return soft


def connection_cap(limits: ConnLimits) -> int:
    """``max_connections``, lowered to what the open-file limit leaves room for."""
    soft = raise_fd_limit()
    if soft == resource.RLIM_INFINITY:
        return limits.max_connections
    room = soft - limits.reserve_fds
    if room >= limits.max_connections:
        return limits.max_connections
    cap = max(room, 16)
    log.warning(
        "gateway.max_connections %d lowered to %d per worker: the open-file limit is %d and "
        "%d are kept for upstream and store connections (raise the hard limit: ulimit -Hn)",
        limits.max_connections,
        cap,
        soft,
        limits.reserve_fds,
    )
    return cap


def http_protocol(limits: ConnLimits) -> type[KanmonHttpProtocol]:
    """The protocol class for one server, with its own pool of connections."""
    pool = _Pool(limits, connection_cap(limits))
    return cast(
        "type[KanmonHttpProtocol]",
        type("KanmonHttpProtocol", (KanmonHttpProtocol,), {"_pool": pool}),
    )


def uvicorn_config(app: Any, limits: ConnLimits, **options: Any) -> uvicorn.Config:
    """The one uvicorn configuration of the gateway (``kanmon serve``, its workers, the thread
    of the tests and the demo)."""
    return uvicorn.Config(
        app,
        http=http_protocol(limits),
        ws="none",  # the gateway serves no WebSocket; an Upgrade header is ignored
        lifespan="on",
        access_log=False,
        **options,
    )

"""Client connections: read deadlines, a cap per worker, and HTTP/1.0 streams.

uvicorn's httptools protocol gives a client all the time it wants until its request is read: a
socket that never sends, headers sent a byte at a time, a body slower than a trickle or shorter
than its ``Content-Length`` all stayed open for as long as the client liked, and enough of them
used up the process's file descriptors until a normal caller could not connect (slowloris).

``KanmonHttpProtocol`` keeps uvicorn's parsing and ASGI plumbing and adds, per connection:

* one timer, armed when the connection opens and re-armed only when it fires. It reads the
  connection's phase off uvicorn's own state (no request cycle yet, a request's body still
  coming, the app answering, idle after an answer, a next request begun) and closes the
  connection if the phase's deadline passed (408 if a request was under way), else re-arms for
  that deadline. The hot path only notes when a request starts and when its answer ends (a
  clock read each) and counts body bytes; the timer fires about once per
  ``keepalive_timeout_s`` per connection. It replaces uvicorn's keep-alive timer, which was
  armed and cancelled on every request;
* a place in the worker's queues of connections (``_conn_pool.Pool``): past ``max_connections``
  a new connection closes the one idle the longest (then the oldest still sending its request,
  with a 503); only when every other connection is busy in the app is the newcomer refused,
  with a 503. At start the open-file limit is raised and the cap fitted under it;
* its writes collected per turn of the event loop and handed to the socket as one
  (``_conn_write.Corked``).

The body deadline is a minimum rate after a grace period (as Apache's mod_reqtimeout does): the
whole body is due by ``grace + received / min_rate`` after the headers, so a client that keeps
sending at the rate is never cut and one that stalls is cut within the grace.

This relies on internals of uvicorn's httptools protocol (``scope``, ``cycle``, ``pipeline``,
``flow``, ``_start_asgi_task``, and the bodies of ``on_body`` and ``on_response_complete``,
copied to save a call per request); pyproject pins the uvicorn versions it was checked against.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar, cast

import uvicorn
from uvicorn.protocols.http.flow_control import HIGH_WATER_LIMIT
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

from kanmon.errors import BadRequestError, RequestTimeoutError
from kanmon.gateway._conn_pool import (
    BODY,
    BUSY,
    FRESH,
    HEAD,
    IDLE,
    OVERLOADED,
    ConnLimits,
    Pool,
    connection_cap,
    raw_response,
)
from kanmon.gateway._conn_write import Corked
from kanmon.gateway._errors import error_body

_TIMED_OUT = raw_response(
    408,
    b"Request Timeout",
    RequestTimeoutError("The request was not received in time; the connection is closed."),
)
_OVERLOADED_BODY = error_body(OVERLOADED)[1]
#: Request line and headers together, in bytes: httptools sets no limit of its own, so a
#: client could otherwise fill memory with one endless header inside its header deadline.
MAX_HEAD_BYTES = 64 * 1024
_HEAD_TOO_LARGE = raw_response(
    431,
    b"Request Header Fields Too Large",
    BadRequestError(
        f"The request line and headers exceed {MAX_HEAD_BYTES} bytes.", code="headers_too_large"
    ),
)


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


class KanmonHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with read deadlines and a connection cap (module doc).
    Made per server by ``http_protocol``, which binds the worker's ``Pool``."""

    _pool: ClassVar[Pool]

    def __init__(
        self,
        config: uvicorn.Config,
        server_state: Any,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        # When the phase began: the connect, the request's headers, or the end of the last
        # answer (what the phase is comes from uvicorn's state, see ``_phase``).
        self._since = 0.0
        self._received = 0
        self._closed = False
        self._watch: asyncio.TimerHandle | None = None
        # Bytes of a request head that is still incomplete (httptools buffers a header line
        # until it ends and sets no limit); ``_in_head`` from a message's first byte to the
        # end of its headers.
        self._head = 0
        self._in_head = True
        self._began_here = self._ended_here = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(cast(asyncio.Transport, Corked(transport, self.loop)))
        pool = self._pool
        self._since = now = self.loop.time()
        self._watch = self.loop.call_at(now + pool.limits.header_timeout_s, self._check)
        pool.open += 1
        pool.quiet[self] = None
        if pool.open > pool.cap and not pool.make_room(self):
            self.app = _refuse

    def connection_lost(self, exc: Exception | None) -> None:
        self._forget()
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        super().connection_lost(exc)

    def _forget(self) -> None:
        if not self._closed:
            self._closed = True
            pool = self._pool
            pool.open -= 1
            pool.quiet.pop(self, None)
            pool.sending.pop(self, None)

    # The head's size.

    def data_received(self, data: bytes) -> None:
        self._began_here = self._ended_here = False
        super().data_received(data)
        # A read that ended one message and began the next (pipelining) is not counted: how
        # much of it is the new head is not known; the reads after it are.
        if self._in_head and not (self._began_here and self._ended_here) and not self._closed:
            self._head += len(data)
            if self._head > MAX_HEAD_BYTES:
                self._close(_HEAD_TOO_LARGE)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head = 0
        self._in_head = self._began_here = True

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._ended_here = True
        super().on_message_complete()

    # The hot path.

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: Any) -> None:
        # Headers read (or a pipelined request's turn come): the body clock starts.
        self._since = self.loop.time()
        self._received = 0
        if cycle.scope["http_version"] == "1.0":
            # The cycle's task is made just below; it has not looked up ``send`` yet.
            cycle.__class__ = _Http10Cycle
        super()._start_asgi_task(cycle, app)

    def on_body(self, body: bytes) -> None:
        self._received += len(body)
        # uvicorn's own, inline rather than through super(): this runs for every body chunk.
        if (
            self.parser.should_upgrade() and self._should_upgrade()
        ) or self.cycle.response_complete:
            return
        self.cycle.body += body
        if len(self.cycle.body) > HIGH_WATER_LIMIT:
            self.flow.pause_reading()
        self.cycle.message_event.set()

    def on_response_complete(self) -> None:
        # uvicorn's, without arming its keep-alive timer: the watch timer covers idle time.
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self.flow.resume_reading()
        if self.pipeline:
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
        else:
            self._since = self.loop.time()
            try:
                self._pool.quiet.move_to_end(self)
            except KeyError:  # a search took it out while it was in a request
                self._pool.quiet[self] = None

    # The one timer.

    def _phase(self) -> int:
        cycle = self.cycle
        if cycle is None:  # uvicorn makes a scope at a request's first byte, a cycle at its end
            return FRESH if self.scope is None else HEAD
        if not cycle.response_complete:
            return BODY if cycle.more_body else BUSY
        return IDLE if self.scope is cycle.scope else HEAD

    def _check(self) -> None:
        if self._closed:
            return
        limits = self._pool.limits
        now = self.loop.time()
        phase = self._phase()
        if phase == BUSY or self.flow.read_paused:
            # The app is answering, or the server stopped reading (a body waiting for the app, a
            # pipelined request): nothing is owed by the client now; a body clock starts again.
            if phase == BODY:
                self._since = now - self._received / limits.body_min_bytes_per_s
            due = now + self._pool.tick
        elif phase == BODY:
            due = self._since + limits.body_grace_s + self._received / limits.body_min_bytes_per_s
            if now >= due:
                self._close(None if self.cycle.response_started else _TIMED_OUT)
                return
        else:
            if phase == IDLE:
                wait = limits.keepalive_timeout_s
            elif self.cycle is None:  # the first request: its headers are due from the connect
                wait = limits.header_timeout_s
            else:  # a next request begun while idle: idle time and header time, at most
                wait = limits.keepalive_timeout_s + limits.header_timeout_s
            due = self._since + wait
            if now >= due:
                self._close(_TIMED_OUT if phase == HEAD else None)
                return
        self._watch = self.loop.call_at(due, self._check)

    def _close(self, response: bytes | None) -> None:
        """Close now, leaving the pool at once (a shed connection must not be picked twice
        before the loop reports it lost). ``response`` is written first if given."""
        self._forget()
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


def http_protocol(limits: ConnLimits) -> type[KanmonHttpProtocol]:
    """The protocol class for one server, with its own pool of connections."""
    pool = Pool(limits, connection_cap(limits))
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
        # Said, not guessed: the app's __call__ returns the coroutine of the request rather
        # than being one (see kanmon.gateway.Gateway), which uvicorn would take for ASGI 2.
        interface="asgi3",
        access_log=False,
        # Callers are not told the server's software ("server: uvicorn"); every response header
        # is also one more that uvicorn checks by two regex searches.
        server_header=False,
        # uvicorn's loggers go through the process' own handler (kanmon.telemetry), so a
        # JSON log stays JSON; their level is still uvicorn's log_level
        log_config=None,
        **options,
    )

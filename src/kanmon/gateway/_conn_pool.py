"""The worker's connection budget: settings, the shedding queues, the open-file limit.

``gateway/_conn.py`` (the protocol) reports connections in and out; this module decides who is
closed when the worker is at ``max_connections`` and what that cap can be under ``ulimit -n``.
"""

from __future__ import annotations

import logging
import resource
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Protocol

from kanmon.config import KanmonConfig
from kanmon.errors import KanmonError, ServiceUnavailableError
from kanmon.gateway._errors import error_body

log = logging.getLogger("kanmon.gateway")


class Connection(Protocol):
    """What the pool asks of a connection (the protocol in ``_conn.py``)."""

    cycle: Any

    def _phase(self) -> int: ...

    def _close(self, answer: bytes | None) -> None: ...


# Phases of a connection, in the order the shedding prefers them (lowest is shed first).
FRESH = 0  # connected, no byte of a request yet
IDLE = 1  # keep-alive, between requests
HEAD = 2  # request line and headers under way
BODY = 3  # body under way
BUSY = 4  # request read; the app is answering

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


def raw_response(status: int, reason: bytes, exc: KanmonError) -> bytes:
    """A whole response written straight to the socket, for when no request cycle can answer."""
    _, body, _ = error_body(exc)
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n" % (
        status,
        reason,
        len(body),
    )
    return head + b"connection: close\r\n\r\n" + body


OVERLOADED = ServiceUnavailableError(
    "The gateway is at its connection limit; retry shortly.", code="connection_limit"
)
SHED = raw_response(503, b"Service Unavailable", OVERLOADED)


class Pool:
    """The worker's open connections, and two queues of candidates for shedding.

    ``quiet`` holds connections in the order they connected or last finished an answer, so its
    front is the one idle the longest; ``sending`` holds those a search found partway through a
    request. Neither is kept exact on the request path: a search drops what it finds in the
    wrong queue (a connection in a request is put back in ``quiet`` when its answer ends). So
    each connection is looked at about once per change of phase, and a flood of new
    connections against a worker full of busy or sending ones costs O(1) each, not O(cap)."""

    def __init__(self, limits: ConnLimits, cap: int) -> None:
        self.limits = limits
        self.cap = cap
        self.open = 0
        self.tick = min(limits.header_timeout_s, limits.keepalive_timeout_s)
        self.quiet: OrderedDict[Connection, None] = OrderedDict()
        self.sending: OrderedDict[Connection, None] = OrderedDict()
        self._counts = {"idle": 0, "sending": 0, "refused": 0}
        self._reported = 0.0

    def make_room(self, newcomer: Connection) -> bool:
        """Close one connection to make room for ``newcomer`` (the last one in): the one idle
        the longest, else the one found sending first. False when all others are busy."""
        quiet, sending = self.quiet, self.sending
        victim: Connection | None = None
        looked: list[tuple[Connection, int]] = []
        for conn in quiet:
            if conn is newcomer:
                break
            phase = conn._phase()
            if phase <= IDLE:
                victim = conn
                break
            looked.append((conn, phase))
        for conn, phase in looked:
            del quiet[conn]
            if phase <= BODY:
                sending[conn] = None
        if victim is not None:
            victim._close(None)
            self._note("idle")
            return True
        stale: list[Connection] = []
        for conn in sending:
            if HEAD <= conn._phase() <= BODY:
                victim = conn
                break
            stale.append(conn)
        for conn in stale:
            del sending[conn]
        if victim is not None:
            started = victim.cycle is not None and victim.cycle.response_started
            victim._close(None if started else SHED)
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

"""One pooled aiohttp client per process, with the retry rules every adapter shares."""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

import aiohttp

from kanmon import __version__
from kanmon.errors import UpstreamError, UpstreamRateLimitError, UpstreamTimeoutError

T = TypeVar("T")

#: Headers the current upstream attempt adds to its calls (W3C ``traceparent``/``tracestate``,
#: a child of the attempt's span). The router sets it per attempt only when the request is
#: traced; untraced, an adapter pays one lookup that finds None.
TRACE_HEADERS: ContextVar[dict[str, str] | None] = ContextVar("TRACE_HEADERS", default=None)

RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 521, 522, 524, 529})


class UpstreamHTTPError(Exception):
    """The upstream answered with a non-2xx status."""

    def __init__(self, status: int, body: bytes, retry_after: float | None = None) -> None:
        super().__init__(f"upstream returned HTTP {status}")
        self.status = status
        self.body = body[:2048]
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.status in RETRYABLE_STATUS


class UpstreamProtocolError(Exception):
    """The upstream answered 2xx with something that is not the API it claims to speak."""


#: What an upstream call may raise: each is described, retried or fallen back from.
UPSTREAM_FAILURES = (UpstreamHTTPError, UpstreamProtocolError, aiohttp.ClientError, TimeoutError)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 2
    base_delay_s: float = 0.1
    max_delay_s: float = 2.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay_s)
        # Full jitter: spreads retries of many callers so they do not hit a recovering upstream
        # in lock-step.
        return random.uniform(0, min(self.max_delay_s, self.base_delay_s * (2**attempt)))


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def describe(exc: BaseException) -> str:
    """A short failure label for audit records and error messages, never containing secrets."""
    if isinstance(exc, UpstreamHTTPError):
        return f"http_{exc.status}"
    if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError):
        return "timeout"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return "connect_error"
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError):
        return "connection_reset"
    if isinstance(exc, UpstreamProtocolError | aiohttp.ClientPayloadError | ValueError):
        return "bad_response"
    if isinstance(exc, aiohttp.ClientError):
        return "client_error"
    return type(exc).__name__


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, UpstreamHTTPError):
        return exc.retryable
    # A truncated or garbled 200 is usually a proxy or connection hiccup: worth one more try.
    return isinstance(
        exc,
        asyncio.TimeoutError
        | aiohttp.ClientConnectionError
        | aiohttp.ClientPayloadError
        | UpstreamProtocolError,
    )


async def with_retries(
    call: Callable[[], Awaitable[T]], policy: RetryPolicy, on_retry: Callable[[str], None]
) -> T:
    """Run ``call``, retrying retryable failures with backoff; re-raise the last failure."""
    attempt = 0
    while True:
        try:
            return await call()
        except UPSTREAM_FAILURES as e:
            if attempt >= policy.max_retries or not is_retryable(e):
                raise
            on_retry(describe(e))
            retry_after = e.retry_after if isinstance(e, UpstreamHTTPError) else None
            await asyncio.sleep(policy.delay(attempt, retry_after))
            attempt += 1


#: What upstreams see as the client: the gateway and its version, never the caller's own.
USER_AGENT = f"kanmon/{__version__}"


class HttpClient:
    """Lazily created pooled session: aiohttp sessions must be created inside a running loop."""

    def __init__(self, *, pool_size: int = 512, keepalive_s: float = 30.0) -> None:
        self._pool_size = pool_size
        self._keepalive_s = keepalive_s
        self._session: aiohttp.ClientSession | None = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._pool_size,
                limit_per_host=0,
                keepalive_timeout=self._keepalive_s,
                ttl_dns_cache=300,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                # Upstreams may send large SSE lines (reasoning traces, tool calls).
                read_bufsize=2**16,
                max_line_size=2**20,
                max_field_size=2**16,
                auto_decompress=True,
                # Upstreams see the gateway's name, not aiohttp's. A default header rather than
                # skip_auto_headers: skipping sends every request down aiohttp's slower header path.
                headers={"User-Agent": USER_AGENT},
                # One session serves every caller: a cookie an upstream sets must never ride
                # along on another caller's request (nor cost a cookie-jar lookup per call).
                cookie_jar=aiohttp.DummyCookieJar(),
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None


def failure_error(
    attempts: list[str], *, timed_out: bool, retry_after: list[float | None] | None = None
) -> UpstreamError:
    """The error for a request every candidate failed. ``retry_after`` holds one entry per
    candidate when each of them answered 429 (its Retry-After, or None)."""
    summary = ", ".join(attempts) if attempts else "no deployment was available"
    if retry_after is not None and len(retry_after) == len(attempts) and attempts:
        waits = [w for w in retry_after if w is not None]
        return UpstreamRateLimitError(
            f"Every upstream deployment is rate-limiting this request ({summary}).",
            attempts=attempts,
            retry_after_s=max(1, math.ceil(min(waits))) if waits else 1,
        )
    if timed_out:
        return UpstreamTimeoutError(
            f"All upstream deployments timed out ({summary}).", attempts=attempts
        )
    return UpstreamError(f"All upstream deployments failed ({summary}).", attempts=attempts)

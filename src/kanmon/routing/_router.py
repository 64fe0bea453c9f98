"""Route a request to its candidate deployments in order, with per-deployment retries, a simple
circuit breaker, and fallback to the next deployment when one fails."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.core.record import Attempt
from kanmon.errors import BadRequestError, NotFoundError, PermissionDeniedError, UpstreamError
from kanmon.providers import (
    TRACE_HEADERS,
    UPSTREAM_FAILURES,
    ChunkStream,
    Provider,
    RetryPolicy,
    UpstreamHTTPError,
    UpstreamProtocolError,
    describe,
    failure_error,
    is_retryable,
)
from kanmon.request import Exchange, new_span_id

T = TypeVar("T")


@dataclass(slots=True)
class _Health:
    consecutive_failures: int = 0
    open_until: float = 0.0


class Breaker:
    """After ``threshold`` consecutive failures a deployment goes to the back of every chain for
    ``cooldown_s``: a dead primary then costs nothing per request, yet is still tried last."""

    def __init__(self, threshold: int, cooldown_s: float) -> None:
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self._health: dict[str, _Health] = {}
        #: When the last circuit to close closes: until then, chains are looked through.
        self._open_until = 0.0

    def order(self, deps: Sequence[Deployment]) -> list[Deployment]:
        now = time.monotonic()
        if self._open_until <= now:  # no circuit open: most of the time
            return list(deps)
        up = [d for d in deps if self._health.get(d.id, _NEVER).open_until <= now]
        if len(up) == len(deps):
            return list(deps)
        return up + [d for d in deps if d not in up]

    def success(self, dep_id: str) -> None:
        h = self._health.get(dep_id)
        if h is not None:
            h.consecutive_failures = 0
            h.open_until = 0.0

    def failure(self, dep_id: str) -> None:
        h = self._health.setdefault(dep_id, _Health())
        h.consecutive_failures += 1
        if h.consecutive_failures >= self.threshold:
            h.open_until = time.monotonic() + self.cooldown_s
            self._open_until = max(self._open_until, h.open_until)

    def health(self, dep_id: str) -> tuple[int, float]:
        """Consecutive failures and how long the circuit stays open (0: closed), in seconds."""
        h = self._health.get(dep_id, _NEVER)
        return h.consecutive_failures, max(0.0, h.open_until - time.monotonic())

    def state(self) -> dict[str, dict[str, float]]:
        now = time.monotonic()
        return {
            k: {
                "consecutive_failures": h.consecutive_failures,
                "open_for_s": max(0, h.open_until - now),
            }
            for k, h in self._health.items()
        }


_NEVER = _Health()


class Router:
    def __init__(
        self,
        routes: Mapping[str, Sequence[Deployment]],
        providers: Mapping[str, Provider],
        *,
        retry: RetryPolicy,
        breaker: Breaker,
        direct: Mapping[str, Deployment] | None = None,
    ) -> None:
        self.routes = {k: list(v) for k, v in routes.items()}
        self.providers = providers
        self.retry = retry
        self.breaker = breaker
        self.direct = dict(direct or {})

    def model_names(self) -> list[str]:
        return sorted(set(self.routes) | set(self.direct))

    async def plan(self, ex: Exchange) -> None:
        """The route step: the deployments that may serve ``ex.model``, healthy ones first."""
        assert ex.principal is not None and ex.model is not None
        ex.candidates = self.candidates(ex.model, ex.principal)

    def chain(self, model: str) -> list[Deployment] | None:
        """The deployments behind a model name (a route, or a deployment served directly)."""
        chain = self.routes.get(model)
        if chain is None:
            dep = self.direct.get(model)
            return [dep] if dep is not None else None
        return chain

    def candidates(self, model: str, principal: Principal) -> list[Deployment]:
        if not principal.may_use(model):
            raise PermissionDeniedError(
                f"Key {principal.key_id!r} may not use model {model!r}.", code="model_not_allowed"
            )
        chain = self.routes.get(model)
        if chain is None:
            dep = self.direct.get(model)
            if dep is None:
                raise NotFoundError(
                    f"The model {model!r} does not exist or is not routed by this gateway; "
                    "GET /v1/models lists the models you can use.",
                    param="model",
                )
            chain = [dep]
        return self.breaker.order(chain)

    async def _each(
        self,
        ex: Exchange,
        body: dict[str, Any],
        call: Callable[[Provider, dict[str, Any]], Awaitable[T]],
    ) -> T:
        failures: list[str] = []
        all_timeouts = True
        limited: list[float | None] | None = []  # each candidate's Retry-After while all say 429
        trace = ex.trace
        span = ""
        for dep in ex.candidates:
            provider = self.providers[dep.id]
            upstream_body = {**body, "model": dep.model_alias}
            if trace is not None:
                # the attempt's span id, drawn now so its calls carry it as their parent
                span = new_span_id() if trace.sampled else trace.parent_id or ""
                TRACE_HEADERS.set(trace.upstream_headers(span))
            t0 = time.perf_counter()
            retries = 0
            max_retries = dep.max_retries
            while True:
                try:
                    result = await call(provider, upstream_body)
                except UPSTREAM_FAILURES as e:
                    label = describe(e)
                    if _is_client_fault(e):
                        self._note(ex, dep, label, t0, retries, span)
                        raise _client_error(e) from None
                    if retries < max_retries and is_retryable(e):
                        retries += 1
                        after = e.retry_after if isinstance(e, UpstreamHTTPError) else None
                        await asyncio.sleep(self.retry.delay(retries - 1, after))
                        continue
                    self._note(ex, dep, label, t0, retries, span)
                    self.breaker.failure(dep.id)
                    failures.append(f"{dep.id}: {label}")
                    all_timeouts = all_timeouts and label == "timeout"
                    if limited is not None and isinstance(e, UpstreamHTTPError) and e.status == 429:
                        limited.append(e.retry_after)
                    else:
                        limited = None
                    break
                self._note(ex, dep, "ok", t0, retries, span)
                self.breaker.success(dep.id)
                ex.deployment = dep
                return result
        raise failure_error(
            failures, timed_out=bool(failures) and all_timeouts, retry_after=limited
        )

    @staticmethod
    def _note(
        ex: Exchange, dep: Deployment, status: str, t0: float, retries: int, span: str
    ) -> None:
        ex.attempts.append(
            Attempt(dep.id, status, round((time.perf_counter() - t0) * 1000, 3), retries)
        )
        if ex.marks is None:  # nobody is timing: skip building the detail
            return
        # deployment and outcome first: the metrics read them by position
        if span:
            ex.mark("attempt", t0, (("deployment", dep.id), ("outcome", status), ("span_id", span)))
        else:
            ex.mark("attempt", t0, (("deployment", dep.id), ("outcome", status)))

    # The call step's methods hand back ``_each``'s coroutine rather than awaiting it in one of
    # their own: a frame less at each resumption of the call.

    def chat(self, ex: Exchange, body: dict[str, Any]) -> Coroutine[Any, Any, dict[str, Any]]:
        return self._each(ex, body, _chat)

    def open_stream(self, ex: Exchange, body: dict[str, Any]) -> Coroutine[Any, Any, ChunkStream]:
        return self._each(ex, body, _open_primed)

    def embeddings(self, ex: Exchange, body: dict[str, Any]) -> Coroutine[Any, Any, dict[str, Any]]:
        return self._each(ex, body, _embeddings)


def _chat(provider: Provider, body: dict[str, Any]) -> Awaitable[dict[str, Any]]:
    return provider.chat(body)


def _embeddings(provider: Provider, body: dict[str, Any]) -> Awaitable[dict[str, Any]]:
    return provider.embeddings(body)


def _is_client_fault(e: BaseException) -> bool:
    """A 400/422 from the upstream means the request itself is wrong: another deployment of the
    same API would refuse it too, so the caller hears about it instead of a fallback."""
    return isinstance(e, UpstreamHTTPError) and e.status in (400, 422)


def _client_error(e: BaseException) -> BadRequestError:
    assert isinstance(e, UpstreamHTTPError)
    message = "The upstream rejected the request as invalid."
    try:
        import orjson

        data = orjson.loads(e.body)
        inner = data.get("error") if isinstance(data, dict) else None
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            message = f"The upstream rejected the request: {inner['message'][:500]}"
        elif isinstance(inner, str):
            message = f"The upstream rejected the request: {inner[:500]}"
    except ValueError:
        pass
    return BadRequestError(message, code="upstream_rejected_request")


async def _open_primed(provider: Provider, body: dict[str, Any]) -> ChunkStream:
    """Open the stream and read its first event before the caller sees a byte: an upstream that
    says 200 and then sends nothing usable is still a failure we can retry or fall back from."""
    stream = await provider.open_stream(body)
    try:
        first = await anext(stream)
    except StopAsyncIteration:
        raise UpstreamProtocolError("upstream ended the stream without any event") from None
    except BaseException:
        await _aclose(stream)
        raise
    return _prepend(first, stream)


async def _prepend(first: dict[str, Any], rest: ChunkStream) -> ChunkStream:
    """The stream the caller reads: a failure after the first byte can no longer fall back,
    so it becomes an ``UpstreamError`` that ends the stream with an error event."""
    try:
        yield first
        async for chunk in rest:
            yield chunk
    except UPSTREAM_FAILURES as e:
        raise UpstreamError(
            f"The upstream stream failed mid-response ({describe(e)}).",
            code="upstream_stream_failed",
        ) from None
    finally:
        await _aclose(rest)


async def _aclose(stream: ChunkStream) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        await aclose()

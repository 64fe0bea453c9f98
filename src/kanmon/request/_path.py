"""``RequestPath`` runs the declared step list for one exchange, the same way for every entry
point: JSON (``complete``), streams (``open_stream``), and refusals (``fail``)."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncGenerator
from typing import Any

from kanmon.core import MORE_IN_HAND
from kanmon.errors import (
    AuthenticationError,
    KanmonError,
    RequestError,
    ServiceUnavailableError,
)
from kanmon.request._exchange import Exchange
from kanmon.request._steps import ChunkFilter, ChunkStream, Observer, StepList
from kanmon.store import unavailable
from kanmon.wire import call_names, count

log = logging.getLogger("kanmon.request")


def status_of(exc: BaseException) -> tuple[int, str]:
    """The HTTP status and error code a failure is recorded and answered with."""
    if isinstance(exc, KanmonError):
        return exc.status, exc.code or "error"
    return 500, "internal_error"


class RequestPath:
    """``steps`` is replaced whole when the policy is reloaded; a request keeps the list it
    started with, so no request ever mixes two policies."""

    def __init__(self, steps: StepList) -> None:
        self.steps = steps

    async def start(self, ex: Exchange) -> StepList:
        """The steps before the call (auth … reserve). Returns the list this request runs to
        its end: after parse the entry point knows whether to ``respond`` or ``open_stream``."""
        steps = self.steps
        if not steps.observers:
            for _, step in steps.before:
                await step(ex)
            return steps
        for begin in steps.begin:
            try:
                begin(ex)
            except Exception:  # observation never fails a request
                log.exception("observer %s failed on %s", begin, ex.request_id)
        call, timed = steps.time_call, steps.time_steps
        if call == "sampled" or timed == "sampled":
            sampled = ex.trace is not None and ex.trace.sampled
            call = sampled if call == "sampled" else call
            timed = sampled if timed == "sampled" else timed
        if call:
            ex.marks = []
        if not timed:
            for _, step in steps.before:
                await step(ex)
            return steps
        for name, step in steps.before:
            t0 = time.perf_counter()
            try:
                await step(ex)
            finally:
                ex.mark(name, t0)
        return steps

    async def complete(self, ex: Exchange) -> dict[str, Any]:
        """Every step of a JSON request; the body the caller gets, once its record is durable."""
        return await self.respond(ex, await self.start(ex))

    async def respond(self, ex: Exchange, steps: StepList) -> dict[str, Any]:
        """The call and every step after it, for a JSON response."""
        body = ex.body
        assert body is not None
        # read the clock only for someone timing: three marks are a tenth of what this costs
        timed = ex.marks is not None
        t0 = time.perf_counter() if timed else 0.0
        if ex.operation == "embeddings":
            result = await steps.call.embeddings(ex, body)
        else:
            result = await steps.call.chat(ex, body)
        if timed:
            ex.mark("call", t0)
        for _, served in steps.served:
            served(ex)
        take_usage(ex, result.get("usage"))
        result["model"] = ex.model
        if ex.operation == "chat":
            if steps.output:
                t0 = time.perf_counter()
                for _, f in steps.output:
                    result = f.on_response(ex, result)
                ex.mark("output", t0)
            for choice in result.get("choices") or ():
                msg = choice.get("message") if isinstance(choice, dict) else None
                if isinstance(msg, dict) and msg.get("tool_calls"):
                    count(call_names(msg["tool_calls"]), ex.tool_calls_out)
        if steps.finish.keeps_content(ex):
            ex.response = result
        ex.status = 200
        if timed:
            t0 = time.perf_counter()
            await steps.finish.finish(ex)  # a failure here is observed by ``fail``
            ex.mark("audit", t0)
        else:
            await steps.finish.finish(ex)
        observe(ex, steps.observers)
        return result

    async def open_stream(self, ex: Exchange, steps: StepList) -> StreamRun:
        """The call, up to the first chunk; the caller pumps the rest through ``StreamRun``."""
        assert ex.body is not None
        t0 = time.perf_counter()
        upstream = await steps.call.open_stream(ex, ex.body)
        ex.mark("call", t0)
        for _, served in steps.served:
            served(ex)
        return StreamRun(ex, steps, upstream)

    async def fail(self, ex: Exchange, exc: BaseException) -> BaseException:
        """Record a refused or failed request; the error to answer with (a 503 instead when
        even the record cannot be made). A request refused before anything else ran is
        recorded as ``deny``; one without a valid key is not recorded one by one: auth counts
        it per source (see ``kanmon.auth``). A database that cannot be used now is recorded
        and answered as 503 ``store_unavailable``."""
        exc = unavailable(exc) or exc
        ex.status, ex.error_code = status_of(exc)
        if ex.decision == "allow" and 400 <= ex.status < 500:
            ex.decision = "deny"
        steps = self.steps
        try:
            if ex.principal is None and (
                isinstance(exc, AuthenticationError) or ex.error_code == "too_many_auth_failures"
            ):
                return exc
            try:
                await steps.finish.finish(ex)
            except ServiceUnavailableError as e:
                return e
            return exc
        finally:
            observe(ex, steps.observers)

    async def finish_call(self, ex: Exchange) -> None:
        """Record a call that ran outside the step list (an admin call, a console page) and
        tell the observers it ended; a failure to record is left to ``fail``."""
        steps = self.steps
        await steps.finish.finish(ex)
        observe(ex, steps.observers)

    async def finish_quietly(self, ex: Exchange) -> None:
        """Record an exchange nobody waits for any more (the caller went away)."""
        steps = self.steps
        with contextlib.suppress(ServiceUnavailableError):
            await steps.finish.finish(ex)
        observe(ex, steps.observers)

    def abandon(self, ex: Exchange) -> None:
        """Server shutdown cancelled the request: record it without waiting for the commit."""
        if not ex.status:
            ex.status, ex.error_code = 499, "cancelled"
        steps = self.steps
        steps.finish.abandon(ex)
        observe(ex, steps.observers)


class StreamRun:
    """One stream after the call. An entry point pumps it:

        async for chunk in run.upstream:        # (stop early on a disconnect: close_early)
            for out in run.feed(chunk): ...     # what the caller may see, in its wire format
        for out in run.flush(): ...             # what the output filters held back
        # on an exception from the loop: run.failed(exc); on cancellation: run.abandon()
        await run.close(); error = await run.finish()

    ``feed`` applies the output filters, takes usage, keeps the content for the audit step;
    ``finish`` records the stream (durable before the final event) and returns the error to
    end it with. ``chunks()`` does the pumping for entry points that want a generator."""

    def __init__(self, ex: Exchange, steps: StepList, upstream: ChunkStream) -> None:
        self.ex = ex
        self.steps = steps
        self.upstream = upstream
        opts = (ex.body or {}).get("stream_options") or {}
        self.wants_usage = bool(opts.get("include_usage"))
        self.filters: list[ChunkFilter] = [f.for_stream(ex) for _, f in steps.output]
        self.kept: list[dict[str, Any]] | None = [] if steps.finish.keeps_content(ex) else None
        ex.response = self.kept
        self.error: KanmonError | None = None
        # What the caller got, for a token estimate should the upstream never report usage, and
        # the tool calls among it. Pieces, not the chunks: every stream's chunks kept to its
        # end cost the event loop ~4% of its streamed rps at c=64 in memory traffic, not
        # instructions (docs/history/benchmarks-log.md, "Writes once per loop turn").
        self._text: list[str] = []
        self._calls: list[Any] = []
        self._usage_seen = False
        ex.status = 200
        self._opened = time.perf_counter()

    def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        """The chunks the caller gets for one upstream chunk (none, one, or more)."""
        usage = chunk.get("usage")
        if usage:
            self._usage_seen = take_usage(self.ex, usage)
            if not chunk.get("choices") and not self.wants_usage:
                return []
        chunk["model"] = self.ex.model
        out = [chunk]
        if self.filters:
            more = MORE_IN_HAND.get()
            for f in self.filters:
                # one chunk in is the rule: no list of lists to flatten
                out = (
                    f.feed(out[0], more)
                    if len(out) == 1
                    else [o for c in out for o in f.feed(c, more)]
                )
        if self.ex.first_chunk is None and out:
            self.ex.first_chunk = time.perf_counter()
        self._delivered(out)
        if self.kept is not None:
            self.kept += out
        return out

    def _delivered(self, out: list[dict[str, Any]]) -> None:
        """Keep the text and tool calls of ``out``, what the caller got (runs once per chunk)."""
        text, calls = self._text, self._calls
        for chunk in out:
            for choice in chunk.get("choices") or ():
                delta = choice.get("delta") if choice.__class__ is dict else None
                if delta.__class__ is not dict:
                    continue
                piece = delta.get("content")
                if piece.__class__ is str:
                    text.append(piece)
                piece = delta.get("reasoning_content")
                if piece.__class__ is str:
                    text.append(piece)
                if delta.get("tool_calls"):  # a call's name comes once, in its first delta
                    calls.append(delta["tool_calls"])

    def flush(self) -> list[dict[str, Any]]:
        """What the output filters held back, once the upstream ended."""
        out = [c for f in self.filters for c in f.finish()]
        self._delivered(out)
        if self.kept is not None:
            self.kept += out
        return out

    def failed(self, exc: BaseException) -> None:
        """The stream ended by ``exc``: the upstream broke mid-stream or an output filter cut
        it (a ``RequestError``), or a bug (logged; the caller gets an error event, never a
        silently short answer)."""
        ex = self.ex
        if isinstance(exc, RequestError):
            ex.status, ex.error_code = exc.status, exc.code
            if exc.status == 502:
                ex.reasons.append(f"stream broke after first byte: {exc.message}")
            self.error = exc
            return
        log.error("stream %s failed", ex.request_id, exc_info=exc)
        ex.status, ex.error_code = 500, "internal_error"
        self.error = KanmonError("Internal error in the gateway.", code="internal_error")

    async def close(self) -> None:
        """Stop reading the upstream (also when the caller went away)."""
        with contextlib.suppress(Exception):
            await self.upstream.aclose()  # type: ignore[attr-defined]

    async def chunks(self) -> AsyncGenerator[dict[str, Any], None]:
        """The pump as a generator: every chunk the caller may see, then ``flush``'s."""
        try:
            async for chunk in self.upstream:
                for out in self.feed(chunk):
                    yield out
            for out in self.flush():
                yield out
        except Exception as e:
            self.failed(e)
        finally:
            await self.close()

    def close_early(self, status: int, code: str) -> None:
        """The caller went away (or the server is stopping) before the stream ended."""
        self.ex.status, self.ex.error_code = status, code

    def _settle(self) -> None:
        """Once, at the end: the tool calls the caller got, and a token estimate of what it
        got if the upstream never reported usage."""
        for calls in self._calls:
            count(call_names(calls), self.ex.tool_calls_out)
        self._calls = []
        text = self._text
        if not self._usage_seen and (text or self.ex.status != 200):
            estimate_usage(self.ex, "".join(text))

    def abandon(self) -> None:
        """Server shutdown: record the stream as it stands, without waiting for the commit."""
        self.ex.streamed_s = time.perf_counter() - self._opened
        self._settle()
        self.steps.finish.abandon(self.ex)
        observe(self.ex, self.steps.observers)

    async def finish(self) -> KanmonError | None:
        """Record the stream (durable before the final event); the error to end it with."""
        self._settle()
        t0 = time.perf_counter()
        self.ex.streamed_s = t0 - self._opened
        try:
            await self.steps.finish.finish(self.ex)
        except ServiceUnavailableError as e:
            return e
        finally:
            self.ex.mark("audit", t0)
            observe(self.ex, self.steps.observers)
        return self.error


def observe(ex: Exchange, observers: tuple[Observer, ...]) -> None:
    """Tell the observers the exchange has ended, once; observation never fails a request."""
    if not observers or ex.observed:
        return
    ex.observed = True
    for o in observers:
        try:
            o.done(ex)
        except Exception:
            log.exception("observer %s failed on %s", type(o).__name__, ex.request_id)


def take_usage(ex: Exchange, usage: Any) -> bool:
    """Copy the upstream's token counts; True when it reported any."""
    if not isinstance(usage, dict):
        return False
    pt, ct = usage.get("prompt_tokens"), usage.get("completion_tokens")
    if isinstance(pt, int):
        ex.prompt_tokens = pt
    if isinstance(ct, int):
        ex.completion_tokens = ct
    return isinstance(pt, int) or isinstance(ct, int)


def estimate_tokens(text: str) -> int:
    """A counted estimate where the upstream reported none: about four characters of
    Latin-script text per token, one token per character of other scripts."""
    ascii_chars = sum(1 for c in text if c < "\x80")
    return -(-ascii_chars // 4) + (len(text) - ascii_chars)


def estimate_usage(ex: Exchange, delivered: str) -> None:
    """Tokens of a stream that ended before the upstream's usage report: what reached the
    caller, and the prompt's text, counted and marked as an estimate."""
    prompt = 0
    for msg in (ex.body or {}).get("messages") or ():
        content = msg.get("content") if isinstance(msg, dict) else None
        if isinstance(content, str):
            prompt += estimate_tokens(content)
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    prompt += estimate_tokens(part["text"])
    ex.prompt_tokens = prompt
    ex.completion_tokens = estimate_tokens(delivered)
    ex.usage_estimated = True

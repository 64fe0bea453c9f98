"""Traces of finished exchanges, in the OpenTelemetry GenAI conventions, exported over OTLP/HTTP
by the official SDK (the ``otel`` extra; this module is imported only when tracing is on).

Nothing runs on the request's path but ``begin`` (the caller's ``traceparent``, the sampling
decision and the ids). The spans are built once the exchange ended, from ``Exchange.marks``
(each step and upstream attempt, timed on ``perf_counter``), with their explicit start and
end times, and handed to the SDK's ``BatchSpanProcessor``, which exports them from its own
thread. One trace per request:

    {operation} {model}         SERVER    the request, with kanmon.* and gen_ai.* attributes
      kanmon.auth … reserve     INTERNAL  a span per step that ran
      kanmon.call               INTERNAL  the call step
        {operation} {alias}     CLIENT    each upstream attempt (retries included); its span id
                                          is the parent in the traceparent the upstream got
      kanmon.output, kanmon.audit
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags
from opentelemetry.trace.span import TraceState

from kanmon.config import TracingSettings
from kanmon.core.catalog import Deployment
from kanmon.core.decision import ContentMode
from kanmon.providers import TRACE_HEADERS
from kanmon.request import (
    Exchange,
    Mark,
    TraceContext,
    caller_context,
    new_span_id,
    parse_traceparent,
)
from kanmon.telemetry._messages import input_messages, output_messages

log = logging.getLogger("kanmon.telemetry")

_SCOPE = InstrumentationScope("kanmon")
_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_OK = Status(StatusCode.UNSET)

#: ``gen_ai.provider.name`` of each adapter (the conventions' well-known values where one
#: applies; otherwise the adapter's own name).
_PROVIDER_NAMES = {
    "openai_compatible": "openai",
    "openai_responses": "openai",
    "anthropic": "anthropic",
    "deepseek": "deepseek",
    "gemini": "gcp.gemini",
}


class _Resource(Resource):
    """The resource every span carries. The exporter groups spans by resource, hashing it once
    per span (as sorted JSON); this one is hashed once."""

    def __init__(self, base: Resource) -> None:
        super().__init__(base.attributes, base.schema_url)
        self._hash = super().__hash__()

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return other is self or super().__eq__(other)


class _Throttle(logging.Filter):
    """The SDK logs each span dropped on a full queue and each failed export: with a collector
    down that is a line per span. One line per message and interval goes through, with how
    many were left out."""

    def __init__(self, interval_s: float = 10.0) -> None:
        super().__init__()
        self.interval = interval_s
        self.seen: dict[object, tuple[float, int]] = {}
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        with self.lock:
            last, skipped = self.seen.get(record.msg, (-self.interval, 0))
            if now - last < self.interval:
                self.seen[record.msg] = (last, skipped + 1)
                return False
            self.seen[record.msg] = (now, 0)
        if skipped:
            record.msg = f"{record.getMessage()} ({skipped} more like this left out)"
            record.args = None
        return True


_THROTTLE = _Throttle()
# a filter holds for its own logger only: each of the SDK's, all imported by now
for _name, _logger in list(logging.root.manager.loggerDict.items()):
    if _name.startswith("opentelemetry") and isinstance(_logger, logging.Logger):
        _logger.addFilter(_THROTTLE)


def provider_name(dep: Deployment) -> str:
    return _PROVIDER_NAMES.get(dep.api, dep.api)


class Tracer:
    """The tracing observer. ``content`` is the gateway's default content mode
    (``audit.content``); a request's own mode (the policy's, per data class) wins. Prompt and
    completion are exported only in mode ``full``: what the audit log may keep in the clear
    may leave in a trace, nothing else."""

    def __init__(
        self,
        settings: TracingSettings,
        content: ContentMode,
        exporter: SpanExporter | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if env is None else env
        headers = dict(settings.headers)
        headers.update({h: env.get(var, "") for h, var in settings.headers_env.items()})
        self.processor = BatchSpanProcessor(
            exporter
            or OTLPSpanExporter(
                endpoint=settings.endpoint, headers=headers, timeout=settings.timeout_s
            ),
            max_queue_size=settings.max_queue_size,
            schedule_delay_millis=settings.schedule_delay_ms,
            max_export_batch_size=min(512, settings.max_queue_size),
        )
        self.resource = _Resource(Resource.create({"service.name": settings.service_name}))
        self.content = content
        self.parent_based = settings.parent_based
        self.steps = settings.steps
        #: A span per step needs the steps timed (``kanmon.request.StepList.time_steps``).
        self.times_steps = settings.steps
        # the ratio sampler's rule: the trace id's lower 64 bits under ratio × 2^64
        self.bound = round(settings.sample_ratio * (1 << 64))
        self._servers: dict[str, tuple[str, int | None]] = {}
        #: Exchanges handed to the loop whose spans are not built yet.
        self.pending = 0

    # -- on the path: one look at the headers, the ids ----------------------------------------

    def _sampled(self, trace_id: str) -> bool:
        return int(trace_id[16:], 16) < self.bound

    def begin(self, ex: Exchange) -> None:
        # each request runs in its own task (its own context), but the review queue and the
        # eval harness may run several in one: none may inherit another's attempt headers
        TRACE_HEADERS.set(None)
        header, state = caller_context(ex.request_headers)
        parsed = parse_traceparent(header) if header is not None else None
        if parsed is not None:
            trace_id, parent_id, sampled = parsed
            if not self.parent_based:
                sampled = self._sampled(trace_id)
            ex.trace = TraceContext(trace_id, new_span_id(), parent_id, sampled, state)
            return
        trace_id = os.urandom(16).hex()
        if self._sampled(trace_id):
            ex.trace = TraceContext(trace_id, new_span_id())

    # -- after the end -----------------------------------------------------------------------

    def done(self, ex: Exchange) -> None:
        """The request ended (its record is durable) but its answer may not be sent yet: the
        spans are built on the loop's next turn, after the answer went out."""
        tc = ex.trace
        if tc is None or not tc.sampled:
            return
        end = time.perf_counter()
        self.pending += 1
        try:
            asyncio.get_running_loop().call_soon(self._emit, ex, tc, end)
        except RuntimeError:  # no loop (a synchronous caller): now
            self._emit(ex, tc, end)

    def _emit(self, ex: Exchange, tc: TraceContext, end: float) -> None:
        try:
            for span in self.spans(ex, tc, end):
                self.processor.on_end(span)
        except Exception:
            log.exception("trace of %s not exported", ex.request_id)
        finally:
            self.pending -= 1

    def spans(self, ex: Exchange, tc: TraceContext, end: float) -> list[ReadableSpan]:
        # perf_counter → epoch ns, once per exchange
        offset = time.time_ns() - int(time.perf_counter() * 1e9)

        def ns(t: float) -> int:
            return int(t * 1e9) + offset

        trace_id = int(tc.trace_id, 16)
        state = _trace_state(tc.tracestate)

        def ctx(span_id: str) -> SpanContext:
            return SpanContext(trace_id, int(span_id, 16), False, _SAMPLED, state)

        root = ctx(tc.span_id)
        parent = (
            SpanContext(trace_id, int(tc.parent_id, 16), True, _SAMPLED, state)
            if tc.parent_id
            else None
        )
        op = ex.operation if ex.operation != "none" else None
        dep = ex.deployment
        attrs = self._root_attributes(ex, op, dep)
        events = []
        if ex.first_chunk is not None:
            events.append(Event("kanmon.first_chunk", timestamp=ns(ex.first_chunk)))
        name = f"{op or ex.endpoint} {ex.model}" if ex.model else op or ex.endpoint
        out = [
            ReadableSpan(
                name,
                root,
                parent,
                self.resource,
                attrs,
                events,
                kind=SpanKind.SERVER,
                status=Status(StatusCode.ERROR) if ex.status >= 500 else _OK,
                start_time=ns(ex.started),
                end_time=ns(end),
                instrumentation_scope=_SCOPE,
            )
        ]
        marks = ex.marks or ()
        call = None
        for m in marks:
            if m.name == "call":
                call = ctx(new_span_id())
                out.append(self._step(m, call, root, ns))
        served = dep.id if dep is not None else None
        for m in marks:
            if m.name == "attempt":
                out.append(self._attempt(ex, m, op, call or root, ctx, ns, served))
            elif m.name != "call" and self.steps:
                out.append(self._step(m, ctx(new_span_id()), root, ns))
        return out

    def _step(self, m: Mark, me: SpanContext, parent: SpanContext, ns: Any) -> ReadableSpan:
        return ReadableSpan(
            f"kanmon.{m.name}",
            me,
            parent,
            self.resource,
            None,
            start_time=ns(m.start),
            end_time=ns(m.end),
            instrumentation_scope=_SCOPE,
        )

    def _attempt(
        self,
        ex: Exchange,
        m: Mark,
        op: str | None,
        parent: SpanContext,
        ctx: Any,
        ns: Any,
        served: str | None,
    ) -> ReadableSpan:
        detail = dict(m.detail)
        dep_id = detail.get("deployment", "")
        outcome = detail.get("outcome", "")
        dep = next((d for d in ex.candidates if d.id == dep_id), None)
        attrs: dict[str, Any] = {"kanmon.deployment": dep_id, "kanmon.outcome": outcome}
        if op is not None:
            attrs["gen_ai.operation.name"] = op
        name = op or "call"
        if dep is not None:
            name = f"{name} {dep.model_alias}"
            attrs["gen_ai.provider.name"] = provider_name(dep)
            attrs["gen_ai.request.model"] = dep.model_alias
            attrs["kanmon.deployment.jurisdiction"] = dep.provider_jurisdiction
            attrs["kanmon.deployment.region"] = dep.processing_region
            host, port = self._server(dep)
            attrs["server.address"] = host
            if port is not None:
                attrs["server.port"] = port
        status = _OK
        if outcome != "ok":
            attrs["error.type"] = outcome
            status = Status(StatusCode.ERROR)
        elif dep_id == served:
            attrs["gen_ai.response.model"] = dep.model_alias if dep is not None else dep_id
            attrs["gen_ai.usage.input_tokens"] = ex.prompt_tokens
            attrs["gen_ai.usage.output_tokens"] = ex.completion_tokens
            if op == "chat" and (ex.content_mode or self.content) == "full":
                if (messages := input_messages(ex.body)) is not None:
                    attrs["gen_ai.input.messages"] = messages
                if (answer := output_messages(ex.response)) is not None:
                    attrs["gen_ai.output.messages"] = answer
        span_id = detail.get("span_id") or new_span_id()
        return ReadableSpan(
            name,
            ctx(span_id),
            parent,
            self.resource,
            attrs,
            kind=SpanKind.CLIENT,
            status=status,
            start_time=ns(m.start),
            end_time=ns(m.end),
            instrumentation_scope=_SCOPE,
        )

    def _server(self, dep: Deployment) -> tuple[str, int | None]:
        found = self._servers.get(dep.id)
        if found is None:
            u = urlsplit(dep.url)
            found = self._servers[dep.id] = (u.hostname or "", u.port)
        return found

    @staticmethod
    def _root_attributes(ex: Exchange, op: str | None, dep: Deployment | None) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "kanmon.request_id": ex.request_id,
            "kanmon.endpoint": ex.endpoint,
            "kanmon.decision": ex.decision,
            "http.response.status_code": ex.status,
        }
        if op is not None:
            attrs["gen_ai.operation.name"] = op
        if ex.model is not None:
            attrs["gen_ai.request.model"] = ex.model
        if ex.principal is not None:
            attrs["kanmon.key_id"] = ex.principal.key_id
        if ex.data_class is not None:
            attrs["kanmon.data_class"] = ex.data_class
        if ex.policy_version is not None:
            attrs["kanmon.policy_version"] = ex.policy_version
        if ex.rule_ids:
            attrs["kanmon.rule_ids"] = list(ex.rule_ids)
        if ex.approval_id is not None:
            attrs["kanmon.approval_id"] = ex.approval_id
        if ex.error_code is not None:
            attrs["error.type"] = ex.error_code
        if ex.stream:
            attrs["kanmon.stream"] = True
        if dep is not None:
            attrs["gen_ai.provider.name"] = provider_name(dep)
            attrs["gen_ai.response.model"] = dep.model_alias
            attrs["gen_ai.usage.input_tokens"] = ex.prompt_tokens
            attrs["gen_ai.usage.output_tokens"] = ex.completion_tokens
            attrs["kanmon.deployment"] = dep.id
            attrs["kanmon.deployment.jurisdiction"] = dep.provider_jurisdiction
            attrs["kanmon.deployment.region"] = dep.processing_region
        return attrs

    def force_flush(self, timeout_s: float = 10.0) -> bool:
        """Export what is queued (from another thread: once the loop built what it owes)."""
        deadline = time.monotonic() + timeout_s
        while self.pending and time.monotonic() < deadline:
            time.sleep(0.001)
        return self.processor.force_flush(int(timeout_s * 1000))

    def close(self) -> None:
        self.processor.shutdown()  # type: ignore[no-untyped-call]


def _trace_state(value: str | None) -> TraceState | None:
    if not value:
        return None
    try:
        return TraceState.from_header([value])
    except ValueError:
        return None

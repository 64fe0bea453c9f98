"""Traces of finished exchanges, in the OpenTelemetry GenAI conventions, exported over OTLP/HTTP
by the official exporter's HTTP client (the ``otel`` extra; this module is imported only when
tracing is on).

Nothing runs on the request's path but ``begin`` (the caller's ``traceparent``, the sampling
decision from the trace id, the ids) and, for a sampled request, ``done`` appending it to the
export queue. The export thread (``_export.py``) writes each sampled request's spans from
``Exchange.marks`` (each step and upstream attempt, timed on ``perf_counter``) as OTLP protobuf
bytes (``_wire.py``: the resource, the scope and every constant encoded once) and posts them in
batches. One trace per request:

    {operation} {model}         SERVER    the request, with kanmon.* and gen_ai.* attributes
      kanmon.auth … reserve     INTERNAL  a span per step that ran
      kanmon.call               INTERNAL  the call step
        {operation} {alias}     CLIENT    each upstream attempt (retries included); its span id
                                          is the parent in the traceparent the upstream got
      kanmon.output, kanmon.audit
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
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
from kanmon.telemetry import _wire as w
from kanmon.telemetry._export import THROTTLE, ExportThread
from kanmon.telemetry._messages import input_messages, output_messages

log = logging.getLogger("kanmon.telemetry")

#: ``gen_ai.provider.name`` of each adapter (the conventions' well-known values where one
#: applies; otherwise the adapter's own name).
_PROVIDER_NAMES = {
    "openai_compatible": "openai",
    "openai_responses": "openai",
    "anthropic": "anthropic",
    "deepseek": "deepseek",
    "gemini": "gcp.gemini",
}

# a filter holds for its own logger only: each of the SDK's, all imported by now
for _name, _logger in list(logging.root.manager.loggerDict.items()):
    if _name.startswith("opentelemetry") and isinstance(_logger, logging.Logger):
        _logger.addFilter(THROTTLE)

#: Step span names, encoded once.
_STEP_NAMES: dict[str, bytes] = {}


def _step_name(step: str) -> bytes:
    found = _STEP_NAMES.get(step)
    if found is None:
        found = _STEP_NAMES[step] = w.name_field(f"kanmon.{step}")
    return found


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
        exporter: OTLPSpanExporter | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if env is None else env
        headers = dict(settings.headers)
        headers.update({h: env.get(var, "") for h, var in settings.headers_env.items()})
        # the official exporter for its HTTP client: headers, compression, retries with backoff
        # within the timeout, and its log lines when the collector fails
        self.exporter = exporter or OTLPSpanExporter(
            endpoint=settings.endpoint, headers=headers, timeout=settings.timeout_s
        )
        resource = Resource.create({"service.name": settings.service_name})
        self.head = w.resource_and_scope(resource.attributes, "kanmon")
        self.content = content
        self.parent_based = settings.parent_based
        self.steps = settings.steps
        #: A span per step needs the steps timed (``kanmon.request.StepList.time_steps``), in
        #: the requests that are traced only.
        self.times_steps: bool | str = "sampled" if settings.steps else False
        # the ratio sampler's rule: the trace id's lower 64 bits under ratio × 2^64
        self.bound = round(settings.sample_ratio * (1 << 64))
        #: A deployment's facts → its attempt spans' attributes of them, encoded.
        self._deployments: dict[tuple[str, ...], bytes] = {}
        self.export = ExportThread(
            self.spans,
            self._post,
            max_spans=settings.max_queue_size,
            batch_spans=min(512, settings.max_queue_size),
            delay_s=settings.schedule_delay_ms / 1000,
        )

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
        # the sampling decision first, from 8 random bytes: an unsampled request (with no
        # caller's context to pass on) draws nothing more
        low = os.urandom(8)
        if int.from_bytes(low, "big") < self.bound:
            ex.trace = TraceContext(os.urandom(8).hex() + low.hex(), new_span_id())

    def done(self, ex: Exchange) -> None:
        """The request ended (its record is durable): a sampled one goes to the export queue,
        whose thread writes its spans."""
        tc = ex.trace
        if tc is None or not tc.sampled:
            return
        marks = ex.marks or ()
        self.export.put((ex, tc, time.perf_counter()), len(marks) + 1)

    # -- on the export thread ----------------------------------------------------------------

    def _post(self, spans: list[bytes]) -> None:
        # the exporter's ``export`` takes ReadableSpans and encodes them (the cost this module
        # avoids); its client posts bytes, with the retries and the logging of failures
        self.exporter._client.export(w.export_request(self.head, spans))

    def spans(self, item: tuple[Exchange, TraceContext, float]) -> list[bytes]:
        """A finished request's spans, encoded (``_wire.span``): the request, each step, the
        call and each upstream attempt."""
        ex, tc, end = item
        # perf_counter → epoch ns, once per exchange
        offset = time.time_ns() - int(time.perf_counter() * 1e9)
        trace_id = bytes.fromhex(tc.trace_id)
        state = w.trace_state_field(_trace_state(tc.tracestate))
        root = bytes.fromhex(tc.span_id)
        op = ex.operation if ex.operation != "none" else None
        dep = ex.deployment
        events = b""
        if ex.first_chunk is not None:
            events = w.event("kanmon.first_chunk", int(ex.first_chunk * 1e9) + offset)
        name = f"{op or ex.endpoint} {ex.model}" if ex.model else op or ex.endpoint
        out = [
            w.span(
                trace_id,
                root,
                bytes.fromhex(tc.parent_id) if tc.parent_id else None,
                w.name_field(name),
                w.SERVER,
                int(ex.started * 1e9) + offset,
                int(end * 1e9) + offset,
                w.attributes(w.SPAN_ATTRIBUTE, self._root_attributes(ex, op, dep)),
                events,
                error=ex.status >= 500,
                state=state,
                remote_parent=tc.parent_id is not None,
            )
        ]
        marks = ex.marks or ()
        # the span ids of the request in one draw: a read of the system's randomness per span
        # cost more than writing the span
        ids = os.urandom(8 * len(marks))
        call = root
        for i, m in enumerate(marks):
            if m.name == "call":
                call = ids[8 * i : 8 * i + 8]
                out.append(self._step(m, trace_id, call, root, state, offset))
        served = dep.id if dep is not None else None
        for i, m in enumerate(marks):
            if m.name == "attempt":
                out.append(self._attempt(ex, m, op, trace_id, call, state, offset, served))
            elif m.name != "call" and self.steps:
                me = ids[8 * i : 8 * i + 8]
                out.append(self._step(m, trace_id, me, root, state, offset))
        return out

    @staticmethod
    def _step(
        m: Mark, trace_id: bytes, me: bytes, parent: bytes, state: bytes, offset: int
    ) -> bytes:
        start, end = int(m.start * 1e9) + offset, int(m.end * 1e9) + offset
        name = _step_name(m.name)
        return w.span(trace_id, me, parent, name, w.INTERNAL, start, end, state=state)

    def _attempt(
        self,
        ex: Exchange,
        m: Mark,
        op: str | None,
        trace_id: bytes,
        parent: bytes,
        state: bytes,
        offset: int,
        served: str | None,
    ) -> bytes:
        detail = dict(m.detail)
        dep_id = detail.get("deployment", "")
        outcome = detail.get("outcome", "")
        dep = next((d for d in ex.candidates if d.id == dep_id), None)
        attrs: dict[str, Any] = {"kanmon.deployment": dep_id, "kanmon.outcome": outcome}
        if op is not None:
            attrs["gen_ai.operation.name"] = op
        name = op or "call"
        fixed = b""
        if dep is not None:
            name = f"{name} {dep.model_alias}"
            fixed = self._attempt_attributes(dep)
        if outcome != "ok":
            attrs["error.type"] = outcome
        elif dep_id == served:
            attrs["gen_ai.response.model"] = dep.model_alias if dep is not None else dep_id
            attrs["gen_ai.usage.input_tokens"] = ex.prompt_tokens
            attrs["gen_ai.usage.output_tokens"] = ex.completion_tokens
            if op == "chat" and (ex.content_mode or self.content) == "full":
                if (messages := input_messages(ex.body)) is not None:
                    attrs["gen_ai.input.messages"] = messages
                if (answer := output_messages(ex.response)) is not None:
                    attrs["gen_ai.output.messages"] = answer
        span_id = detail.get("span_id")
        return w.span(
            trace_id,
            bytes.fromhex(span_id) if span_id else os.urandom(8),
            parent,
            w.name_field(name),
            w.CLIENT,
            int(m.start * 1e9) + offset,
            int(m.end * 1e9) + offset,
            w.attributes(w.SPAN_ATTRIBUTE, attrs) + fixed,
            error=outcome != "ok",
            state=state,
        )

    def _attempt_attributes(self, dep: Deployment) -> bytes:
        """What an attempt's span says of its deployment, encoded once per deployment."""
        # keyed by every fact used: a reload may change a deployment under the same id
        key: tuple[str, ...] = (dep.id, dep.api, dep.url, dep.model_alias)
        key += (dep.provider_jurisdiction, dep.processing_region)
        found = self._deployments.get(key)
        if found is None:
            u = urlsplit(dep.url)
            attrs: dict[str, Any] = {
                "gen_ai.provider.name": provider_name(dep),
                "gen_ai.request.model": dep.model_alias,
                "kanmon.deployment.jurisdiction": dep.provider_jurisdiction,
                "kanmon.deployment.region": dep.processing_region,
                "server.address": u.hostname or "",
            }
            if u.port is not None:
                attrs["server.port"] = u.port
            found = w.attributes(w.SPAN_ATTRIBUTE, attrs)
            if len(self._deployments) < 4096:
                self._deployments[key] = found
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
        """Export what is queued (from another thread than the export's)."""
        return self.export.flush(timeout_s)

    def close(self) -> None:
        self.export.stop()
        self.exporter.shutdown()  # type: ignore[no-untyped-call]


def _trace_state(value: str | None) -> str | None:
    """The caller's ``tracestate`` as the SDK would carry it (validated, members rejoined);
    None if it is not valid."""
    if not value:
        return None
    try:
        state = TraceState.from_header([value])
    except ValueError:
        return None
    return ",".join(f"{k}={v}" for k, v in state.items())

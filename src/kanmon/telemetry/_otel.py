"""Traces of finished exchanges, in the OpenTelemetry GenAI conventions, exported over OTLP/HTTP
by the official exporter's HTTP client (the ``otel`` extra; this module is imported only when
tracing is on).

On the request's path: ``begin`` (the caller's ``traceparent``, else the sampling decision;
the ids of a request that is traced or passes a caller's context on) and, for a sampled request,
``done`` writing its spans from ``Exchange.marks`` (each step and upstream attempt, timed on
``perf_counter``) as OTLP protobuf bytes (``_wire.py``: the resource, the scope and every
constant encoded once) onto the export queue; the export thread (``_export.py``) posts them in
batches. The spans are written on the event loop, not on the export thread: a thread writing
them held the interpreter lock against the loop, which then waited for it about once per sampled
request (docs/operations.md, "Cost"). One trace per request:

    {operation} {model}         SERVER    the request, with kanmon.* and gen_ai.* attributes
      kanmon.auth … reserve     INTERNAL  a span per step that ran
      kanmon.call               INTERNAL  the call step
        {operation} {alias}     CLIENT    each upstream attempt (retries included); its span id
                                          is the parent in the traceparent the upstream got
      kanmon.output, kanmon.audit
"""

from __future__ import annotations

import logging
import operator
import os
import random
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

_NAME = operator.itemgetter(0)
_draw = random.getrandbits

#: Step spans' names and kind, encoded once.
_STEP_NAMES: dict[str, bytes] = {}


def _step_name(step: str) -> bytes:
    found = _STEP_NAMES.get(step)
    if found is None:
        found = _STEP_NAMES[step] = w.internal_name(f"kanmon.{step}")
    return found


_STREAM = w.attribute("kanmon.stream", True)
_STATUS: dict[int, bytes] = {}


def _status(code: int) -> bytes:
    found = _STATUS.get(code)
    if found is None:
        found = w.attribute("http.response.status_code", code)
        if len(_STATUS) < 1000:
            _STATUS[code] = found
    return found


def _batch_spans(max_queue: int) -> int:
    """Spans per post: half the queue, never under the SDK's 512 unless the queue is smaller.
    A post through the exporter's client costs ~0.5 ms of CPU before its first byte (about what
    writing 25 requests' spans costs), so fewer, larger posts cost less per request."""
    return min(max(512, max_queue // 2), max_queue)


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
        #: The call's and its attempts' spans: in the requests that are traced only.
        self.times_call = "sampled"
        # the ratio sampler's rule: the trace id's lower 64 bits under ratio × 2^64
        self.bound = round(settings.sample_ratio * (1 << 64))
        #: A deployment → what its spans say of it, encoded (``_facts``).
        self._deployments: dict[int, tuple[Deployment, tuple[bytes, bytes, bytes]]] = {}
        self.export = ExportThread(
            self._post,
            max_spans=settings.max_queue_size,
            batch_spans=_batch_spans(settings.max_queue_size),
            delay_s=settings.schedule_delay_ms / 1000,
        )

    # -- on the path: one look at the headers, the ids ----------------------------------------

    def _sampled(self, trace_id: str) -> bool:
        return int(trace_id[16:], 16) < self.bound

    def begin(self, ex: Exchange) -> None:
        # each request runs in its own task (its own context), but the review queue and the
        # eval harness may run several in one: none may inherit another's attempt headers
        if TRACE_HEADERS.get() is not None:
            TRACE_HEADERS.set(None)
        headers = ex.request_headers
        # most callers send no trace context: one scan of the names in C says so
        if b"traceparent" in map(_NAME, headers):
            header, state = caller_context(headers)
            parsed = parse_traceparent(header) if header is not None else None
            if parsed is not None:
                trace_id, parent_id, sampled = parsed
                if not self.parent_based:
                    sampled = self._sampled(trace_id)
                ex.trace = TraceContext(trace_id, new_span_id(), parent_id, sampled, state)
                return
        # A new trace: the sampling decision, then the ids, from the interpreter's generator
        # (reseeded in each forked worker) as the SDK's RandomIdGenerator draws them: a read of
        # the system's randomness lets go of the interpreter lock, and another thread waiting
        # for it keeps the loop waiting. The trace id's lower half is uniform under the bound,
        # as if the decision had been read from it (the ratio rule a caller or collector may
        # apply again).
        if _draw(64) < self.bound:
            low = (_draw(64) * self.bound) >> 64
            ex.trace = TraceContext(f"{_draw(64):016x}{low:016x}", new_span_id())

    def done(self, ex: Exchange) -> None:
        """The request ended (its record is durable): a sampled one's spans are written onto
        the export queue (unless it is full: then they are dropped unwritten)."""
        tc = ex.trace
        if tc is None or not tc.sampled:
            return
        end = time.perf_counter()
        count = len(ex.marks or ()) + 1  # the request's span and one per mark
        if self.export.has_room(count):
            self.export.put(self.spans(ex, tc, end))
        else:
            self.export.drop(count)

    # -- on the export thread ----------------------------------------------------------------

    def _post(self, spans: list[bytes]) -> None:
        # the exporter's ``export`` takes ReadableSpans and encodes them (the cost this module
        # avoids); its client posts bytes, with the retries and the logging of failures
        self.exporter._client.export(w.export_request(self.head, spans))

    # -- the spans, written on the event loop -------------------------------------------------

    def spans(self, ex: Exchange, tc: TraceContext, end: float) -> list[bytes]:
        """A finished request's spans, encoded (``_wire.span``): the request, each step, the
        call and each upstream attempt."""
        # perf_counter → epoch ns, once per exchange
        offset = time.time_ns() - int(time.perf_counter() * 1e9)
        trace_id = bytes.fromhex(tc.trace_id)
        state = w.trace_state_field(_trace_state(tc.tracestate))
        root = bytes.fromhex(tc.span_id)
        op = ex.operation if ex.operation != "none" else None
        dep = ex.deployment
        facts = self._facts(dep) if dep is not None else None
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
                self._root_attributes(ex, op, facts),
                events,
                error=ex.status >= 500,
                state=state,
                remote_parent=tc.parent_id is not None,
            )
        ]
        marks = ex.marks or ()
        # the span ids of the request in one draw
        ids = _draw(64 * len(marks)).to_bytes(8 * len(marks)) if marks else b""
        under_root = w.children(trace_id, state, root)
        call = root
        for i, m in enumerate(marks):
            if m.name == "call":
                call = ids[8 * i : 8 * i + 8]
                start, stop = int(m.start * 1e9) + offset, int(m.end * 1e9) + offset
                out.append(w.step_span(under_root, call, _step_name("call"), start, stop))
        served = dep.id if dep is not None else None
        steps = self.steps
        for i, m in enumerate(marks):
            step = m.name
            if step == "attempt":
                out.append(self._attempt(ex, m, op, trace_id, call, state, offset, served))
            elif step != "call" and steps:
                start, stop = int(m.start * 1e9) + offset, int(m.end * 1e9) + offset
                me = ids[8 * i : 8 * i + 8]
                out.append(w.step_span(under_root, me, _step_name(step), start, stop))
        return out

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
        dep = None
        for d in ex.candidates:
            if d.id == dep_id:
                dep = d
                break
        t, a = w.text_attribute, w.attribute
        attrs = [t("kanmon.deployment", dep_id), t("kanmon.outcome", outcome)]
        if op is not None:
            attrs.append(t("gen_ai.operation.name", op))
        name = op or "call"
        fixed = b""
        if dep is not None:
            name = f"{name} {dep.model_alias}"
            fixed = self._facts(dep)[0]
        if outcome != "ok":
            attrs.append(t("error.type", outcome))
        elif dep_id == served:
            attrs.append(t("gen_ai.response.model", dep.model_alias if dep is not None else dep_id))
            attrs.append(a("gen_ai.usage.input_tokens", ex.prompt_tokens))
            attrs.append(a("gen_ai.usage.output_tokens", ex.completion_tokens))
            if op == "chat" and (ex.content_mode or self.content) == "full":
                if (messages := input_messages(ex.body)) is not None:
                    attrs.append(a("gen_ai.input.messages", messages))
                if (answer := output_messages(ex.response)) is not None:
                    attrs.append(a("gen_ai.output.messages", answer))
        attrs.append(fixed)
        span_id = detail.get("span_id")
        return w.span(
            trace_id,
            bytes.fromhex(span_id if span_id else new_span_id()),
            parent,
            w.name_field(name),
            w.CLIENT,
            int(m.start * 1e9) + offset,
            int(m.end * 1e9) + offset,
            b"".join(attrs),
            error=outcome != "ok",
            state=state,
        )

    def _facts(self, dep: Deployment) -> tuple[bytes, bytes, bytes]:
        """What spans say of a deployment, encoded once per deployment: an attempt's
        attributes of it; the root span's provider and model, and its deployment, jurisdiction
        and region (the token counts go between the two)."""
        # Deployments are frozen and a reload makes new ones: the object is the key. The entry
        # holds it, so its id is not reused while the entry lives.
        found = self._deployments.get(id(dep))
        if found is not None and found[0] is dep:
            return found[1]
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
        served = {
            "gen_ai.provider.name": provider_name(dep),
            "gen_ai.response.model": dep.model_alias,
        }
        where = {
            "kanmon.deployment": dep.id,
            "kanmon.deployment.jurisdiction": dep.provider_jurisdiction,
            "kanmon.deployment.region": dep.processing_region,
        }
        facts = (
            w.attributes(w.SPAN_ATTRIBUTE, attrs),
            w.attributes(w.SPAN_ATTRIBUTE, served),
            w.attributes(w.SPAN_ATTRIBUTE, where),
        )
        if len(self._deployments) < 4096:
            self._deployments[id(dep)] = (dep, facts)
        return facts

    @staticmethod
    def _root_attributes(
        ex: Exchange, op: str | None, facts: tuple[bytes, bytes, bytes] | None
    ) -> bytes:
        """The request span's attributes, encoded; ``facts`` those of the deployment that
        served it (``_facts``)."""
        t, a = w.text_attribute, w.attribute
        attrs = [
            a("kanmon.request_id", ex.request_id),
            t("kanmon.endpoint", ex.endpoint),
            t("kanmon.decision", ex.decision),
            _status(ex.status),
        ]
        if op is not None:
            attrs.append(t("gen_ai.operation.name", op))
        if ex.model is not None:
            attrs.append(t("gen_ai.request.model", ex.model))
        if ex.principal is not None:
            attrs.append(t("kanmon.key_id", ex.principal.key_id))
        if ex.data_class is not None:
            attrs.append(t("kanmon.data_class", ex.data_class))
        if ex.policy_version is not None:
            attrs.append(t("kanmon.policy_version", ex.policy_version))
        if ex.rule_ids:
            attrs.append(a("kanmon.rule_ids", list(ex.rule_ids)))
        if ex.approval_id is not None:
            attrs.append(a("kanmon.approval_id", ex.approval_id))
        if ex.error_code is not None:
            attrs.append(t("error.type", ex.error_code))
        if ex.stream:
            attrs.append(_STREAM)
        if facts is not None:
            attrs.append(facts[1])
            attrs.append(a("gen_ai.usage.input_tokens", ex.prompt_tokens))
            attrs.append(a("gen_ai.usage.output_tokens", ex.completion_tokens))
            attrs.append(facts[2])
        return b"".join(attrs)

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

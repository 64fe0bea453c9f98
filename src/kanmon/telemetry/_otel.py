"""Traces of finished exchanges, in the OpenTelemetry GenAI conventions, exported over OTLP/HTTP
by the official exporter's HTTP client (the ``otel`` extra; this module is imported only when
tracing is on).

On the request's path: ``begin`` (the caller's ``traceparent``, else the sampling decision: the
ratio, then the cap on new traces a second; the ids of a request that is traced or passes a
caller's context on) and, for a sampled request, ``done`` writing its spans from
``Exchange.marks`` (each step and upstream attempt, timed on ``perf_counter``) as OTLP protobuf
bytes (``_spans.py``, ``_wire.py``) onto the export queue; the export thread (``_export.py``)
posts them in batches. The spans are written on the event loop, not on the export thread: a
thread writing them held the interpreter lock against the loop, which then waited for it about
once per sampled request (docs/operations.md, "Cost"). One trace per request:

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

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource

from kanmon.config import TracingSettings
from kanmon.core.decision import ContentMode
from kanmon.providers import TRACE_HEADERS
from kanmon.request import (
    Exchange,
    TraceContext,
    caller_context,
    new_span_id,
    parse_traceparent,
)
from kanmon.telemetry import _wire as w
from kanmon.telemetry._export import THROTTLE, ExportThread
from kanmon.telemetry._spans import SpanWriter

log = logging.getLogger("kanmon.telemetry")

# a filter holds for its own logger only: each of the SDK's, all imported by now
for _name, _logger in list(logging.root.manager.loggerDict.items()):
    if _name.startswith("opentelemetry") and isinstance(_logger, logging.Logger):
        _logger.addFilter(THROTTLE)

_NAME = operator.itemgetter(0)
_draw = random.getrandbits
_clock = time.monotonic
#: Seconds between two log lines on new traces the cap turned away.
_NOTE_S = 60.0


def _batch_spans(max_queue: int) -> int:
    """Spans per post: half the queue, never under the SDK's 512 unless the queue is smaller.
    A post through the exporter's client costs ~0.5 ms of CPU before its first byte (about what
    writing 25 requests' spans costs), so fewer, larger posts cost less per request."""
    return min(max(512, max_queue // 2), max_queue)


class Tracer(SpanWriter):
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
        super().__init__(content, settings.steps)
        self.parent_based = settings.parent_based
        #: A span per step needs the steps timed (``kanmon.request.StepList.time_steps``), in
        #: the requests that are traced only.
        self.times_steps: bool | str = "sampled" if settings.steps else False
        #: The call's and its attempts' spans: in the requests that are traced only.
        self.times_call = "sampled"
        # the ratio sampler's rule: the trace id's lower 64 bits under ratio × 2^64
        self.bound = round(settings.sample_ratio * (1 << 64))
        # The cap on new traces: a bucket of a second's worth of traces (at least one), filled
        # at the cap's rate; looked at only when the ratio says yes (a twentieth of requests).
        self.rate = settings.max_traces_per_s
        self._room = self._full = max(1.0, self.rate)
        self._filled_at = _clock()
        #: New traces the cap turned away (the ratio said yes), since start.
        self.capped = 0
        self._noted, self._noted_at = 0, -_NOTE_S
        self.export = ExportThread(
            self._post,
            max_spans=settings.max_queue_size,
            batch_spans=_batch_spans(settings.max_queue_size),
            delay_s=settings.schedule_delay_ms / 1000,
        )

    # -- on the path: one look at the headers, the ids ----------------------------------------

    def _sampled(self, trace_id: str) -> bool:
        return int(trace_id[16:], 16) < self.bound

    def _admitted(self) -> bool:
        """Whether the cap (``max_traces_per_s``) lets one more new trace start now."""
        if not self.rate:
            return True
        now = _clock()
        room = self._room + (now - self._filled_at) * self.rate
        self._filled_at = now
        if room >= 1.0:
            self._room = (room if room < self._full else self._full) - 1.0
            return True
        self._room = room
        self.capped += 1
        if now - self._noted_at >= _NOTE_S:  # a line a minute at most, not one per request
            log.info(
                "tracing: %d new traces over max_traces_per_s (%g) not started since %s",
                self.capped - self._noted,
                self.rate,
                "start" if not self._noted else "the last note",
            )
            self._noted_at, self._noted = now, self.capped
        return False

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
                    sampled = self._sampled(trace_id) and self._admitted()
                ex.trace = TraceContext(trace_id, new_span_id(), parent_id, sampled, state)
                return
        # A new trace: the sampling decision (the ratio, then the cap), then the ids, from the
        # interpreter's generator (reseeded in each forked worker) as the SDK's
        # RandomIdGenerator draws them: a read of the system's randomness lets go of the
        # interpreter lock, and another thread waiting for it keeps the loop waiting. The trace
        # id's lower half is uniform under the bound, as if the decision had been read from it
        # (the ratio rule a caller or collector may apply again).
        if _draw(64) < self.bound and self._admitted():
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

    def force_flush(self, timeout_s: float = 10.0) -> bool:
        """Export what is queued (from another thread than the export's)."""
        return self.export.flush(timeout_s)

    def close(self) -> None:
        self.export.stop()
        self.exporter.shutdown()  # type: ignore[no-untyped-call]

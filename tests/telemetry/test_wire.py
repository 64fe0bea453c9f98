"""The tracer's own OTLP encoding against the SDK's: the same span, written by ``_wire`` and by
the official encoder from a ``ReadableSpan``, parses to the same message."""

from __future__ import annotations

import threading
import time

import pytest
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags
from opentelemetry.trace.span import TraceState

from kanmon.telemetry import _wire as w
from kanmon.telemetry._export import ExportThread

TRACE = bytes(range(1, 17))
ROOT, CHILD, CALLER = b"\x11" * 8, b"\x22" * 8, b"\x33" * 8
RESOURCE = Resource.create({"service.name": "kanmon-test"})
SCOPE = InstrumentationScope("kanmon")
ATTRS = {
    "kanmon.request_id": "req_1",
    "empty": "",
    "kanmon.stream": True,
    "off": False,
    "gen_ai.usage.input_tokens": 12,
    "zero": 0,
    "negative": -3,
    "big": 1 << 40,
    "ratio": 0.25,
    "kanmon.rule_ids": ["r1", "r2"],
    "raw": b"\x00\x01",
    "long": "x" * 300,  # a length past one varint byte
}


def _sdk(
    span_id: bytes,
    parent: bytes | None,
    name: str,
    kind: SpanKind,
    attrs: dict[str, object] | None = None,
    events: tuple[Event, ...] = (),
    error: bool = False,
    state: TraceState | None = None,
    remote: bool = False,
) -> ReadableSpan:
    trace_id = int.from_bytes(TRACE, "big")
    flags = TraceFlags(TraceFlags.SAMPLED)
    return ReadableSpan(
        name,
        SpanContext(trace_id, int.from_bytes(span_id, "big"), False, flags, state),
        SpanContext(trace_id, int.from_bytes(parent, "big"), remote, flags, state)
        if parent
        else None,
        RESOURCE,
        attrs,  # type: ignore[arg-type]
        events,
        kind=kind,
        status=Status(StatusCode.ERROR) if error else Status(StatusCode.UNSET),
        start_time=1_700_000_000_000_000_000,
        end_time=1_700_000_000_001_234_567,
        instrumentation_scope=SCOPE,
    )


def _ours(
    span_id: bytes,
    parent: bytes | None,
    name: str,
    kind: int,
    attrs: dict[str, object] | None = None,
    events: bytes = b"",
    error: bool = False,
    state: str | None = None,
    remote: bool = False,
) -> bytes:
    return w.span(
        TRACE,
        span_id,
        parent,
        w.name_field(name),
        kind,
        1_700_000_000_000_000_000,
        1_700_000_000_001_234_567,
        w.attributes(w.SPAN_ATTRIBUTE, attrs or {}),
        events,
        error=error,
        state=w.trace_state_field(state),
        remote_parent=remote,
    )


def test_a_request_s_spans_parse_as_the_sdk_s_encoding_of_them() -> None:
    state = TraceState([("vendor", "abc"), ("other", "1")])
    sdk = [
        _sdk(
            ROOT,
            CALLER,
            "chat gpt",
            SpanKind.SERVER,
            ATTRS,
            (Event("kanmon.first_chunk", timestamp=1_700_000_000_000_500_000),),
            state=state,
            remote=True,
        ),
        _sdk(CHILD, ROOT, "kanmon.auth", SpanKind.INTERNAL, state=state),
        _sdk(b"\x44" * 8, ROOT, "chat sim", SpanKind.CLIENT, {"error.type": "5xx"}, error=True),
    ]
    ours = [
        _ours(
            ROOT,
            CALLER,
            "chat gpt",
            w.SERVER,
            ATTRS,
            w.event("kanmon.first_chunk", 1_700_000_000_000_500_000),
            state="vendor=abc,other=1",
            remote=True,
        ),
        _ours(CHILD, ROOT, "kanmon.auth", w.INTERNAL, state="vendor=abc,other=1"),
        _ours(b"\x44" * 8, ROOT, "chat sim", w.CLIENT, {"error.type": "5xx"}, error=True),
    ]
    head = w.resource_and_scope(RESOURCE.attributes, "kanmon")
    expected = encode_spans(sdk)
    got = ExportTraceServiceRequest.FromString(w.export_request(head, ours))
    assert got == expected
    # and byte for byte, field order included
    assert w.export_request(head, ours) == expected.SerializeToString()


def test_a_root_span_without_a_caller_has_no_parent() -> None:
    head = w.resource_and_scope(RESOURCE.attributes, "kanmon")
    expected = encode_spans([_sdk(ROOT, None, "embeddings", SpanKind.SERVER)])
    got = w.export_request(head, [_ours(ROOT, None, "embeddings", w.SERVER)])
    assert ExportTraceServiceRequest.FromString(got) == expected


def test_an_attribute_the_format_cannot_hold_is_refused() -> None:
    with pytest.raises(TypeError):
        w.any_value(object())


class _Sent:
    def __init__(self) -> None:
        self.batches: list[list[bytes]] = []
        self.event = threading.Event()

    def post(self, spans: list[bytes]) -> None:
        self.batches.append(spans)
        self.event.set()


def _spans(n: int, count: int) -> list[bytes]:
    """Request ``n``'s ``count`` spans (stand-ins for encoded ones)."""
    return [bytes((n, i)) for i in range(count)]


def test_the_export_thread_sends_a_full_batch_at_once_and_the_rest_on_flush() -> None:
    sent = _Sent()
    t = ExportThread(sent.post, max_spans=100, batch_spans=8, delay_s=60)
    try:
        t.put(_spans(1, 4))
        t.put(_spans(2, 4))  # a full batch: sent without waiting for the delay
        assert sent.event.wait(5)
        assert sent.batches == [[b"\x01\x00", b"\x01\x01", b"\x01\x02", b"\x01\x03"] + _spans(2, 4)]
        t.put(_spans(3, 2))
        assert t.flush(5)
        assert sent.batches[-1] == _spans(3, 2)
    finally:
        t.stop()


def test_a_request_that_does_not_fit_is_dropped_whole_and_stop_sends_the_rest() -> None:
    sent = _Sent()
    t = ExportThread(sent.post, max_spans=10, batch_spans=10, delay_s=60)
    t.put(_spans(1, 8))
    assert not t.has_room(8)  # the tracer asks first, so as not to write spans to drop
    t.put(_spans(2, 8))  # 16 > 10: dropped, none of its spans go
    assert t.dropped == 8
    t.stop()
    assert [s for b in sent.batches for s in b] == _spans(1, 8)
    assert not t.has_room(1)
    t.put(_spans(3, 1))  # after the stop
    assert t.dropped == 9


def test_a_batch_that_fails_to_post_does_not_end_the_thread() -> None:
    sent = _Sent()
    calls = []

    def flaky_post(spans: list[bytes]) -> None:
        calls.append(spans)
        if len(calls) == 1:
            raise OSError("collector gone")
        sent.post(spans)

    t = ExportThread(flaky_post, max_spans=100, batch_spans=100, delay_s=0.01)
    try:
        t.put(_spans(1, 1))
        deadline = time.monotonic() + 5
        while not calls and time.monotonic() < deadline:
            time.sleep(0.01)
        t.put(_spans(2, 1))
        assert t.flush(5)
        assert sent.batches == [_spans(2, 1)]
    finally:
        t.stop()

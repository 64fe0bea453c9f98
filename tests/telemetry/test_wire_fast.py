"""The tracer's shortcuts write what the general writers write: a step span from its shared
parts, a single attribute, a cached one; and a new trace's sampling decision, drawn without the
system's randomness, keeps the ratio rule on the trace id it then draws."""

from __future__ import annotations

import random
from typing import Any

import pytest

from kanmon.config import TracingSettings
from kanmon.request import Exchange, new_span_id
from kanmon.telemetry import _wire as w
from kanmon.telemetry._otel import Tracer

TRACE = bytes(range(1, 17))
ROOT, CHILD = b"\x11" * 8, b"\x22" * 8
START, END = 1_700_000_000_000_000_000, 1_700_000_000_001_234_567


@pytest.mark.parametrize(
    "state",
    [
        None,
        "vendor=abc,other=1",
        "k=" + "v" * 200,  # the span past one length byte
    ],
)
@pytest.mark.parametrize("name", ["kanmon.auth", "kanmon." + "x" * 150])
def test_a_step_span_is_the_span_the_general_writer_writes(state: str | None, name: str) -> None:
    field = w.trace_state_field(state)
    general = w.span(TRACE, CHILD, ROOT, w.name_field(name), w.INTERNAL, START, END, state=field)
    shared = w.children(TRACE, field, ROOT)
    assert w.step_span(shared, CHILD, w.internal_name(name), START, END) == general


VALUES: list[Any] = [
    "",
    "req_1",
    "x" * 125,  # the longest string of one-byte lengths
    "x" * 126,
    "x" * 300,
    "東京",
    0,
    1,
    127,
    128,
    16_384,
    1 << 40,
    (1 << 63) - 1,
    -1,
    -(1 << 40),
    True,
    False,
    0.25,
    ["r1", "r2"],
    b"\x00\x01",
]


@pytest.mark.parametrize("value", VALUES)
def test_one_attribute_is_a_mapping_of_one_written_by_attributes(value: Any) -> None:
    assert w.attribute("gen_ai.usage.input_tokens", value) == w.attributes(
        w.SPAN_ATTRIBUTE, {"gen_ai.usage.input_tokens": value}
    )


@pytest.mark.parametrize("value", ["", "allow", "x" * 64, "x" * 65, "x" * 300])
def test_a_kept_text_attribute_is_the_same_each_time(value: str) -> None:
    expected = w.attributes(w.SPAN_ATTRIBUTE, {"kanmon.decision": value})
    assert w.text_attribute("kanmon.decision", value) == expected
    assert w.text_attribute("kanmon.decision", value) == expected  # from the cache if short


def test_a_span_name_is_the_same_each_time() -> None:
    first = w.name_field("chat sim-model")
    assert w.name_field("chat sim-model") == first == w.text(b"\x2a", "chat sim-model")


@pytest.fixture
def tracer() -> Any:
    t = Tracer(
        TracingSettings(
            enabled=True,
            endpoint="http://127.0.0.1:9/v1/traces",
            sample_ratio=0.25,
            max_traces_per_s=0,  # the ratio alone (the cap: test_trace_cap.py)
        ),
        "none",
    )
    yield t
    t.close()


def test_new_traces_are_sampled_at_the_ratio_and_their_ids_keep_its_rule(tracer: Tracer) -> None:
    random.seed(20261201)  # the decision's draw and the ids (as the SDK draws them)
    sampled = []
    for _ in range(8000):
        ex = Exchange(endpoint="chat.completions", request_headers=[(b"host", b"x")])
        tracer.begin(ex)
        if ex.trace is not None:
            sampled.append(ex.trace)
    assert 1800 < len(sampled) < 2200  # 0.25 of 8000, within about 4.5 standard deviations
    for tc in sampled:
        assert tc.sampled and tc.parent_id is None
        assert len(tc.trace_id) == 32 and len(tc.span_id) == 16
        # what a collector's ratio sampler reads from the id says sampled too
        assert tracer._sampled(tc.trace_id)
    ids = {tc.trace_id for tc in sampled} | {tc.span_id for tc in sampled}
    assert len(ids) == 2 * len(sampled)
    # the ids' lower halves spread over the whole range under the bound, not a corner of it
    lows = sorted(int(tc.trace_id[16:], 16) / tracer.bound for tc in sampled)
    assert lows[len(lows) // 10] < 0.2 and lows[-len(lows) // 10] > 0.8


def test_a_sampled_request_whose_spans_would_not_fit_is_dropped_unwritten(
    tracer: Tracer, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracer.bound = 1 << 64  # every new trace sampled
    ex = Exchange(endpoint="chat.completions", request_headers=[(b"host", b"x")])
    tracer.begin(ex)
    written: list[int] = []
    real = tracer.spans

    def spans(*args: Any) -> list[bytes]:
        written.append(1)
        return real(*args)

    monkeypatch.setattr(tracer, "spans", spans)
    tracer.export.queued = tracer.export.max_spans  # the collector has not kept up
    tracer.done(ex)
    assert written == [] and tracer.export.dropped == 1
    tracer.export.queued = 0
    tracer.done(ex)
    assert written == [1] and tracer.export.queued == 1 and tracer.export.dropped == 1


def test_a_span_id_is_never_the_invalid_all_zero_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(random, "getrandbits", lambda bits: 0)
    assert new_span_id() == "0000000000000001"


def test_a_tracestate_without_a_traceparent_starts_a_new_trace(tracer: Tracer) -> None:
    tracer.bound = 1 << 64  # every new trace sampled
    ex = Exchange(endpoint="chat.completions", request_headers=[(b"tracestate", b"a=1")])
    tracer.begin(ex)
    assert ex.trace is not None and ex.trace.parent_id is None and ex.trace.tracestate is None

"""Traces: what a local OTLP/HTTP receiver decodes from a gateway with tracing on (span names,
the tree, GenAI and Kanmon attributes), the caller's trace context passed on to the upstream
under each attempt's span, and prompts and completions only where the content mode allows."""

from __future__ import annotations

import collections
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kanmon.config import KanmonConfig
from kanmon.errors import ConfigError
from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from kanmon.telemetry import build_observers
from tests.conftest import GatewayFactory
from tests.gateway._util import audit_rows, chat_body, new_key
from tests.policy._policies import write_policy
from tests.telemetry._otlp import Receiver, Span

PROMPT = "Describe the harbour at Shimonoseki in one line."


@pytest.fixture
def otlp() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r


def _traced(gateway: GatewayFactory, otlp: Receiver, **config: Any) -> GatewayThread:
    tracing = {
        "enabled": True,
        "endpoint": otlp.endpoint,
        "service_name": "kanmon-test",
        "sample_ratio": 1.0,
    }
    return gateway(tracing={**tracing, **config.pop("tracing", {})}, **config)


def _flush(gw: GatewayThread) -> None:
    tracers = [o for o in gw.services.observers if hasattr(o, "force_flush")]
    assert len(tracers) == 1
    assert tracers[0].force_flush()


def _ids() -> tuple[str, str]:
    return os.urandom(16).hex(), os.urandom(8).hex()


def _post(gw: GatewayThread, key: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    r = httpx.post(
        gw.base_url + "/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {key}", **headers},
    )
    return r


def _by_name(spans: list[Span]) -> dict[str, Span]:
    return {s.name: s for s in spans}


def _values(spans: list[Span]) -> str:
    return repr([s.attributes for s in spans])


def test_a_request_is_one_trace_under_the_callers_span(
    gateway: GatewayFactory, otlp: Receiver, sim: SimulatorThread
) -> None:
    gw = _traced(gateway, otlp)
    key = new_key(gw)
    trace_id, caller_span = _ids()
    r = _post(
        gw,
        key,
        chat_body(content=PROMPT),
        traceparent=f"00-{trace_id}-{caller_span}-01",
        tracestate="vendor=abc",
    )
    assert r.status_code == 200
    rid = r.headers["x-request-id"]
    _flush(gw)

    spans = otlp.trace(trace_id)
    assert {s.service for s in spans} == {"kanmon-test"}
    names = _by_name(spans)
    assert set(names) == {
        "chat chat",
        "kanmon.auth",
        "kanmon.parse",
        "kanmon.route",
        "kanmon.reserve",
        "kanmon.call",
        "chat sim-model",
        "kanmon.audit",
    }
    root = names["chat chat"]
    assert root.kind == "SERVER" and root.parent_id == caller_span and not root.error
    [rec] = audit_rows(gw, request_id=rid)
    assert root.attributes["kanmon.request_id"] == rid == rec["request_id"]
    assert root.attributes["gen_ai.operation.name"] == "chat"
    assert root.attributes["gen_ai.request.model"] == "chat"
    assert root.attributes["gen_ai.response.model"] == "sim-model"
    assert root.attributes["gen_ai.provider.name"] == "openai"
    assert root.attributes["gen_ai.usage.input_tokens"] == rec["prompt_tokens"] > 0
    assert root.attributes["gen_ai.usage.output_tokens"] == rec["completion_tokens"] > 0
    assert root.attributes["kanmon.decision"] == "allow"
    assert root.attributes["kanmon.deployment"] == "d-main"
    assert root.attributes["kanmon.deployment.jurisdiction"] == "ZZ"
    assert root.attributes["kanmon.deployment.region"] == "LOCAL"
    assert root.attributes["kanmon.key_id"] == rec["key_id"]
    assert root.attributes["http.response.status_code"] == 200

    steps = [s for s in spans if s.name.startswith("kanmon.")]
    assert all(s.parent_id == root.span_id and s.kind == "INTERNAL" for s in steps)
    assert all(root.start <= s.start <= s.end <= root.end for s in steps)
    order = sorted(steps, key=lambda s: s.start)
    assert [s.name for s in order] == [
        "kanmon.auth",
        "kanmon.parse",
        "kanmon.route",
        "kanmon.reserve",
        "kanmon.call",
        "kanmon.audit",
    ]
    attempt = names["chat sim-model"]
    assert attempt.kind == "CLIENT" and attempt.parent_id == names["kanmon.call"].span_id
    assert attempt.attributes["gen_ai.request.model"] == "sim-model"
    assert attempt.attributes["gen_ai.provider.name"] == "openai"
    assert attempt.attributes["server.address"] == "127.0.0.1"
    assert attempt.attributes["server.port"] == sim.port
    assert attempt.attributes["kanmon.deployment"] == "d-main"

    # the upstream got the caller's trace, with the attempt's span as parent
    [seen] = sim.traced()
    assert seen["traceparent"] == f"00-{trace_id}-{attempt.span_id}-01"
    assert seen["tracestate"] == "vendor=abc"

    # content is not exported: the gateway's content mode is none
    assert not any("gen_ai.input.messages" in s.attributes for s in spans)
    assert "Shimonoseki" not in _values(spans)


def test_each_attempt_is_a_client_span_and_its_own_parent_upstream(
    gateway: GatewayFactory, otlp: Receiver, sim: SimulatorThread
) -> None:
    gw = _traced(gateway, otlp)
    key = new_key(gw)
    r = _post(gw, key, chat_body(model="fallback"))
    assert r.status_code == 200
    _flush(gw)
    [root] = [s for s in otlp.spans if s.kind == "SERVER"]
    spans = otlp.trace(root.trace_id)
    assert root.parent_id == ""  # no caller context: a new trace
    attempts = sorted((s for s in spans if s.kind == "CLIENT"), key=lambda s: s.start)
    assert [a.name for a in attempts] == ["chat sim-503", "chat sim-model"]
    failed, served = attempts
    assert failed.error and failed.attributes["error.type"] == "http_503"
    assert "gen_ai.usage.input_tokens" not in failed.attributes
    assert not served.error and served.attributes["gen_ai.usage.output_tokens"] > 0
    # d-503 is tried twice (one retry), each call under its attempt's span
    parents = [t["traceparent"] for t in sim.traced()]
    assert parents == [
        f"00-{root.trace_id}-{failed.span_id}-01",
        f"00-{root.trace_id}-{failed.span_id}-01",
        f"00-{root.trace_id}-{served.span_id}-01",
    ]


def test_streams_and_refusals_are_traced(gateway: GatewayFactory, otlp: Receiver) -> None:
    gw = _traced(gateway, otlp)
    key = new_key(gw)
    with httpx.stream(
        "POST",
        gw.base_url + "/chat/completions",
        json=chat_body(stream=True),
        headers={"Authorization": f"Bearer {key}"},
    ) as s:
        assert s.status_code == 200
        s.read()
        stream_id = s.headers["x-request-id"]
    refused = _post(gw, "sk-not-a-key-0123456789", chat_body())
    assert refused.status_code == 401
    _flush(gw)
    roots = {s.attributes["kanmon.request_id"]: s for s in otlp.spans if s.kind == "SERVER"}
    stream = roots[stream_id]
    assert stream.attributes["kanmon.stream"] is True and "kanmon.first_chunk" in stream.events
    deny = roots[refused.headers["x-request-id"]]
    assert deny.attributes["http.response.status_code"] == 401
    assert deny.attributes["kanmon.decision"] == "deny"
    assert deny.attributes["error.type"] == refused.json()["error"]["code"]
    assert [s.name for s in otlp.trace(deny.trace_id) if s is not deny] == ["kanmon.auth"]
    assert "sk-not-a-key" not in _values(otlp.spans)


def test_content_only_where_the_policys_content_mode_allows_it(
    gateway: GatewayFactory, otlp: Receiver, tmp_path: Path
) -> None:
    policy = write_policy(tmp_path, audit_content={"restricted": "none"})
    gw = _traced(gateway, otlp, policy={"file": str(policy)}, audit={"content": "full"})
    key = new_key(gw)
    kept = _post(gw, key, chat_body(content=PROMPT))  # internal: kanmon.yaml's full
    withheld = _post(
        gw, key, chat_body(content=PROMPT), **{"x-kanmon-data-class": "restricted"}
    )  # restricted: the policy's none
    assert kept.status_code == withheld.status_code == 200
    with httpx.stream(
        "POST",
        gw.base_url + "/chat/completions",
        json=chat_body(content=PROMPT, stream=True),
        headers={"Authorization": f"Bearer {key}"},
    ) as streamed:
        events = [ln[6:] for ln in streamed.iter_lines() if ln.startswith("data: {")]
    said = "".join(
        c["delta"].get("content") or "" for e in events for c in json.loads(e)["choices"]
    )
    _flush(gw)
    roots = {s.attributes["kanmon.request_id"]: s for s in otlp.spans if s.kind == "SERVER"}

    root = roots[kept.headers["x-request-id"]]
    assert root.attributes["kanmon.data_class"] == "internal"
    assert isinstance(root.attributes["kanmon.policy_version"], str)
    [attempt] = [s for s in otlp.trace(root.trace_id) if s.kind == "CLIENT"]
    sent = json.loads(attempt.attributes["gen_ai.input.messages"])
    assert sent == [{"role": "user", "parts": [{"type": "text", "content": PROMPT}]}]
    answer = kept.json()["choices"][0]["message"]["content"]
    [got] = json.loads(attempt.attributes["gen_ai.output.messages"])
    assert got["parts"] == [{"type": "text", "content": answer}] and answer
    assert got["role"] == "assistant" and got["finish_reason"] == "stop"
    assert {s.name for s in otlp.trace(root.trace_id)} >= {"kanmon.scan", "kanmon.decide"}

    root = roots[streamed.headers["x-request-id"]]  # a stream's chunks, joined
    [attempt] = [s for s in otlp.trace(root.trace_id) if s.kind == "CLIENT"]
    [got] = json.loads(attempt.attributes["gen_ai.output.messages"])
    assert got["parts"] == [{"type": "text", "content": said}] and said

    root = roots[withheld.headers["x-request-id"]]
    assert root.attributes["kanmon.data_class"] == "restricted"
    spans = otlp.trace(root.trace_id)
    assert not any("gen_ai.input.messages" in s.attributes for s in spans)
    assert "Shimonoseki" not in _values(spans)
    assert withheld.json()["choices"][0]["message"]["content"] not in _values(spans)


def test_sampling_follows_the_caller_else_the_ratio(
    gateway: GatewayFactory, otlp: Receiver, sim: SimulatorThread
) -> None:
    gw = _traced(gateway, otlp, tracing={"sample_ratio": 0.0})
    key = new_key(gw)
    assert _post(gw, key, chat_body()).status_code == 200  # ratio 0: not traced
    assert sim.traced() == []
    trace_id, caller_span = _ids()
    unsampled = f"00-{trace_id}-{caller_span}-00"
    assert _post(gw, key, chat_body(), traceparent=unsampled).status_code == 200
    # not recorded, but the caller's context travels on unchanged
    assert [t["traceparent"] for t in sim.traced()] == [unsampled]
    sampled_id, _ = _ids()
    sampled = _post(gw, key, chat_body(), traceparent=f"00-{sampled_id}-{caller_span}-01")
    assert sampled.status_code == 200
    _flush(gw)
    assert {s.trace_id for s in otlp.spans} == {sampled_id}
    # an invalid header starts a new trace (here: not sampled by the ratio)
    invalid = _post(gw, key, chat_body(), traceparent=f"00-{'0' * 32}-{caller_span}-01")
    assert invalid.status_code == 200
    assert len(sim.traced()) == 2


def test_without_step_spans_only_the_request_the_call_and_its_attempts(
    gateway: GatewayFactory, otlp: Receiver
) -> None:
    gw = _traced(gateway, otlp, tracing={"steps": False})
    assert _post(gw, new_key(gw), chat_body(model="fallback")).status_code == 200
    _flush(gw)
    assert sorted(s.name for s in otlp.spans) == [
        "chat fallback",
        "chat sim-503",
        "chat sim-model",
        "kanmon.call",
    ]


def test_a_collector_that_is_down_holds_no_request_and_floods_no_log(
    gateway: GatewayFactory, caplog: pytest.LogCaptureFixture
) -> None:
    with Receiver() as gone:
        endpoint = gone.endpoint  # a port nobody listens on once it is closed
    tracing = {
        "enabled": True,
        "endpoint": endpoint,
        "max_queue_size": 12,
        "timeout_s": 1,
        "sample_ratio": 1.0,
    }
    gw = gateway(tracing=tracing)
    key = new_key(gw)
    caplog.set_level(logging.WARNING)
    for _ in range(6):  # 8 spans each: one request fits, the rest overflow, the export fails
        assert _post(gw, key, chat_body()).status_code == 200
    _flush_quietly(gw)
    lines = [r for r in caplog.records if r.name.startswith(("opentelemetry", "kanmon.telemetry"))]
    assert any("dropped" in r.getMessage() for r in lines), "the dropped spans are logged"
    assert any(r.name.startswith("opentelemetry") for r in lines), "the failed export is logged"
    by_message = collections.Counter(r.msg for r in lines)
    assert max(by_message.values()) == 1, by_message


def _flush_quietly(gw: GatewayThread) -> None:
    [tracer] = [o for o in gw.services.observers if hasattr(o, "force_flush")]
    tracer.force_flush()


def test_tracing_off_sends_no_trace_context(gateway: GatewayFactory, sim: SimulatorThread) -> None:
    gw = gateway()
    trace_id, caller_span = _ids()
    r = _post(gw, new_key(gw), chat_body(), traceparent=f"00-{trace_id}-{caller_span}-01")
    assert r.status_code == 200
    assert sim.traced() == [] and gw.services.observers == ()


def test_tracing_without_the_extra_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "kanmon.telemetry._otel", raising=False)
    monkeypatch.setitem(sys.modules, "opentelemetry.exporter.otlp.proto.http.trace_exporter", None)
    config = KanmonConfig.model_validate({"tracing": {"enabled": True}})
    with pytest.raises(ConfigError, match=r"pip install 'kanmon\[otel\]'"):
        build_observers(config)

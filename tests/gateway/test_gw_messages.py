"""``POST /v1/messages`` with the official anthropic SDK against a route whose deployment is
OpenAI-compatible (and one that speaks Anthropic natively): create and stream, with a tool and
with thinking; every event as the SDK types it; errors in Anthropic's shape; the same steps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anthropic
import httpx
import pytest

from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from tests.conftest import GatewayFactory
from tests.gateway._clientapis import INJECTION, LEAK, WEATHER_TOOL, start
from tests.gateway._util import audit_rows, new_key
from tests.wire._conformance import check_message, check_message_event

TOOL = {
    "name": WEATHER_TOOL["name"],
    "description": WEATHER_TOOL["description"],
    "input_schema": WEATHER_TOOL["parameters"],
}
THINKING = {"type": "enabled", "budget_tokens": 1024}


@pytest.fixture
def gw(gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path) -> GatewayThread:
    return start(gateway, sim, tmp_path)


def _client(gw: GatewayThread) -> anthropic.Anthropic:
    # The SDK sends the key as x-api-key and appends /v1/messages to the root URL.
    return anthropic.Anthropic(base_url=gw.root_url, api_key=new_key(gw), max_retries=0)


def _raw_events(gw: GatewayThread, body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    events = []
    with httpx.stream(
        "POST",
        gw.root_url + "/v1/messages",
        json={**body, "stream": True},
        headers={"x-api-key": new_key(gw), "anthropic-version": "2023-06-01"},
        timeout=10,
    ) as r:
        assert r.status_code == 200
        name = ""
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                check_message_event(name, data)
                events.append((name, data))
    return events


@pytest.mark.parametrize("route", ["tools", "claude"])
def test_create_with_a_tool_and_thinking(gw: GatewayThread, route: str) -> None:
    client = _client(gw)
    msg = client.messages.create(
        model=route,
        max_tokens=2048,
        thinking=THINKING,
        tools=[TOOL],
        messages=[{"role": "user", "content": "What is the weather in Oslo?"}],
    )
    assert msg.stop_reason == "tool_use"
    kinds = [b.type for b in msg.content]
    assert kinds == ["thinking", "tool_use"]
    thinking, call = msg.content
    assert thinking.type == "thinking" and thinking.thinking.startswith("The user asks")
    assert call.type == "tool_use" and call.name == "get_weather"
    assert call.input == {"city": "Oslo"}
    # The tool loop: the result goes back with the signed thinking block, unmodified.
    second = client.messages.create(
        model=route,
        max_tokens=2048,
        thinking=THINKING,
        tools=[TOOL],
        messages=[
            {"role": "user", "content": "What is the weather in Oslo?"},
            {"role": "assistant", "content": msg.content},
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": call.id, "content": "4 C"}],
            },
        ],
    )
    assert second.stop_reason == "end_turn"
    assert [b.type for b in second.content] == ["thinking", "text"]
    [rec] = audit_rows(gw, request_id="req_" + second.id[4:])
    assert rec["endpoint"] == "messages"
    assert rec["tool_calls_in"] == {"get_weather": 1} and rec["tool_results_in"] == 1
    assert rec["deployment"] == ("d-tools" if route == "tools" else "d-tools-anthropic")


@pytest.mark.parametrize("route", ["tools", "claude"])
def test_stream_with_a_tool_and_thinking(gw: GatewayThread, route: str) -> None:
    client = _client(gw)
    with client.messages.stream(
        model=route,
        max_tokens=2048,
        thinking=THINKING,
        tools=[TOOL],
        messages=[{"role": "user", "content": "What is the weather in Oslo?"}],
    ) as stream:
        kinds = [ev.type for ev in stream]
        final = stream.get_final_message()
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert [b.type for b in final.content] == ["thinking", "tool_use"]
    assert final.content[1].input == {"city": "Oslo"}  # type: ignore[union-attr]
    assert final.stop_reason == "tool_use"
    assert final.usage.output_tokens > 0
    [rec] = audit_rows(gw, request_id="req_" + final.id[4:])
    assert rec["stream"] is True and rec["tool_calls_out"] == {"get_weather": 1}
    assert rec["completion_tokens"] == final.usage.output_tokens


def test_stream_text(gw: GatewayThread) -> None:
    client = _client(gw)
    with client.messages.stream(
        model="tools",
        max_tokens=100,
        system="Be brief.",
        messages=[{"role": "user", "content": "Say hello."}],
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "It is 4 degrees in Oslo."
    check_message(final.model_dump())


def test_every_raw_event_is_an_anthropic_event(gw: GatewayThread) -> None:
    events = _raw_events(
        gw,
        {
            "model": "tools",
            "max_tokens": 100,
            "tools": [TOOL],
            "messages": [{"role": "user", "content": "weather?"}],
        },
    )
    names = [n for n, _ in events]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]


def test_a_secret_in_streamed_output_is_redacted_in_flight(gw: GatewayThread) -> None:
    events = _raw_events(
        gw, {"model": "leaky", "max_tokens": 100, "messages": [{"role": "user", "content": "k"}]}
    )
    text = "".join(
        d["delta"]["text"] for n, d in events if d.get("delta", {}).get("type") == "text_delta"
    )
    assert LEAK not in text and "<AWS_ACCESS_KEY>" in text


def test_injection_in_a_tool_result_is_tool_content(gw: GatewayThread) -> None:
    with pytest.raises(anthropic.PermissionDeniedError) as info:
        _client(gw).messages.create(
            model="tools",
            max_tokens=100,
            messages=[
                {"role": "user", "content": "Summarise the page."},
                {
                    "role": "assistant",
                    "content": [{"type": "tool_use", "id": "t1", "name": "fetch", "input": {}}],
                },
                {
                    "role": "user",
                    "content": [{"type": "tool_result", "tool_use_id": "t1", "content": INJECTION}],
                },
            ],
        )
    body = info.value.body
    assert isinstance(body, dict) and body["type"] == "error"
    assert body["error"]["type"] == "permission_error"
    [rec] = audit_rows(gw, request_id=body["request_id"])
    assert rec["endpoint"] == "messages" and rec["rule_ids"] == ["injection-in-tool"]


def test_errors_in_anthropic_shape(gw: GatewayThread) -> None:
    client = _client(gw)
    with pytest.raises(anthropic.NotFoundError) as info:
        client.messages.create(
            model="nope", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    assert info.value.body["error"]["type"] == "not_found_error"  # type: ignore[index]
    r = httpx.post(
        gw.root_url + "/v1/messages",
        json={"model": "tools", "messages": [{"role": "user", "content": "x"}]},
        headers={"x-api-key": new_key(gw)},
    )
    assert r.status_code == 400
    err = r.json()
    assert err["type"] == "error" and err["error"]["type"] == "invalid_request_error"
    assert err["error"]["param"] == "max_tokens"
    r = httpx.post(
        gw.root_url + "/v1/messages",
        json={"model": "tools", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]},
        headers={"x-api-key": "km-wrong", "anthropic-version": "2023-06-01"},
    )
    assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"
    r = httpx.post(
        gw.root_url + "/v1/messages",
        json={"model": "tools", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]},
        headers={"x-api-key": new_key(gw), "anthropic-version": "latest"},
    )
    assert r.status_code == 400 and r.json()["error"]["param"] == "anthropic-version"


def test_count_tokens_is_an_estimate(gw: GatewayThread) -> None:
    client = _client(gw)
    counted = client.messages.count_tokens(
        model="tools", messages=[{"role": "user", "content": "x" * 400}]
    )
    assert counted.input_tokens == 100 + 4
    with pytest.raises(anthropic.NotFoundError):
        client.messages.count_tokens(model="nope", messages=[{"role": "user", "content": "x"}])

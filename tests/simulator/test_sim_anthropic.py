"""``POST /v1/messages``: Anthropic's JSON shape and SSE event sequence, parsed by hand."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest

from kanmon.simulator import (
    ModelBehaviour,
    Simulator,
    SimulatorConfig,
    approx_tokens,
    run_simulator,
)

KEY = "sk-ant-sim-key"
HEADERS = {"x-api-key": KEY, "anthropic-version": "2023-06-01"}


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    cfg = SimulatorConfig(
        models={
            "claude-sim": ModelBehaviour(default_reply="Hello from the simulator!", chunk_chars=5),
            "claude-think": ModelBehaviour(
                reasoning="think_tags", reasoning_text="Let me think.", default_reply="42."
            ),
        },
        api_key=KEY,
    )
    async with run_simulator(cfg) as running:
        yield running


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def body(model: str = "claude-sim", *, stream: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "model": model,
        "max_tokens": 256,
        "system": "Be brief.",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Say hello"}]}],
        "stream": stream,
        **extra,
    }


async def events_of(resp: aiohttp.ClientResponse) -> list[tuple[str, dict[str, Any]]]:
    """Parse ``event:``/``data:`` pairs; every event must name its type twice, consistently."""
    out: list[tuple[str, dict[str, Any]]] = []
    name = ""
    async for raw in resp.content:
        line = raw.decode().rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            data = orjson.loads(line[6:])
            assert data["type"] == name
            out.append((name, data))
    return out


async def test_json_message(sim: Simulator, http: aiohttp.ClientSession) -> None:
    async with http.post(f"{sim.root_url}/v1/messages", json=body(), headers=HEADERS) as r:
        assert r.status == 200
        assert r.headers["x-kanmon-simulator"] == "1"
        msg = await r.json()
    assert msg["type"] == "message" and msg["role"] == "assistant"
    assert msg["id"].startswith("msg_")
    assert msg["content"] == [{"type": "text", "text": "Hello from the simulator!"}]
    assert msg["stop_reason"] == "end_turn" and msg["stop_sequence"] is None
    # System prompt plus one message (text + 4 overhead), output by the same ceil(chars/4) rule.
    assert msg["usage"] == {
        "input_tokens": approx_tokens("Be brief.") + approx_tokens("Say hello") + 4,
        "output_tokens": approx_tokens("Hello from the simulator!"),
    }


async def test_stream_event_sequence(sim: Simulator, http: aiohttp.ClientSession) -> None:
    async with http.post(
        f"{sim.root_url}/v1/messages", json=body(stream=True), headers=HEADERS
    ) as r:
        assert r.status == 200
        assert r.headers["Content-Type"].startswith("text/event-stream")
        events = await events_of(r)
    names = [n for n, _ in events]
    deltas = [d for n, d in events if n == "content_block_delta"]
    assert names == [
        "message_start",
        "content_block_start",
        "ping",
        *["content_block_delta"] * len(deltas),
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    start = events[0][1]["message"]
    assert start["content"] == [] and start["stop_reason"] is None
    assert start["usage"]["output_tokens"] == 1
    assert events[1][1] == {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "text", "text": ""},
    }
    assert all(d["delta"]["type"] == "text_delta" and d["index"] == 0 for d in deltas)
    assert "".join(d["delta"]["text"] for d in deltas) == "Hello from the simulator!"
    assert len(deltas) == 5  # 25 characters, 5 per chunk
    final = events[-2][1]
    assert final["delta"] == {"stop_reason": "end_turn", "stop_sequence": None}
    assert final["usage"]["output_tokens"] == approx_tokens("Hello from the simulator!")


async def test_reasoning_becomes_a_thinking_block(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    async with http.post(
        f"{sim.root_url}/v1/messages", json=body("claude-think", stream=True), headers=HEADERS
    ) as r:
        events = await events_of(r)
    starts = [d["content_block"]["type"] for n, d in events if n == "content_block_start"]
    assert starts == ["thinking", "text"]
    thinking = [d["delta"] for n, d in events if n == "content_block_delta" and d["index"] == 0]
    assert [t["type"] for t in thinking][-1] == "signature_delta"
    assert "".join(t.get("thinking", "") for t in thinking) == "Let me think."
    text = [d["delta"]["text"] for n, d in events if n == "content_block_delta" and d["index"] == 1]
    assert "".join(text) == "42."  # never inline <think> tags on the Anthropic route
    async with http.post(
        f"{sim.root_url}/v1/messages", json=body("claude-think"), headers=HEADERS
    ) as r:
        msg = await r.json()
    assert [b["type"] for b in msg["content"]] == ["thinking", "text"]
    assert msg["content"][0]["thinking"] == "Let me think." and msg["content"][0]["signature"]


async def test_max_tokens_stop_reason(sim: Simulator, http: aiohttp.ClientSession) -> None:
    async with http.post(
        f"{sim.root_url}/v1/messages", json={**body(), "max_tokens": 2}, headers=HEADERS
    ) as r:
        msg = await r.json()
    assert msg["stop_reason"] == "max_tokens"
    assert msg["content"][0]["text"] == "Hello fr"


async def test_bearer_auth_is_accepted_too(sim: Simulator, http: aiohttp.ClientSession) -> None:
    async with http.post(
        f"{sim.root_url}/v1/messages",
        json=body(),
        headers={"Authorization": f"Bearer {KEY}"},
    ) as r:
        assert r.status == 200


async def test_errors_use_the_anthropic_envelope(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    url = f"{sim.root_url}/v1/messages"
    async with http.post(url, json=body(), headers={"x-api-key": "wrong"}) as r:
        assert r.status == 401
        err = await r.json()
        assert err["type"] == "error" and set(err["error"]) == {"type", "message"}
        assert err["error"]["type"] == "authentication_error"
    async with http.post(url, json={**body(), "max_tokens": None}, headers=HEADERS) as r:
        err = await r.json()
        assert r.status == 400 and err["error"]["type"] == "invalid_request_error"
        assert "max_tokens" in err["error"]["message"]
    async with http.post(url, json=body("no-such-model"), headers=HEADERS) as r:
        assert r.status == 404
        assert (await r.json())["error"]["type"] == "not_found_error"
    async with http.post(url, json=body(), headers={**HEADERS, "x-sim-fault": "http_429"}) as r:
        assert r.status == 429 and r.headers["Retry-After"] == "0"
        assert (await r.json())["error"]["type"] == "rate_limit_error"


async def test_stream_faults_on_messages(sim: Simulator, http: aiohttp.ClientSession) -> None:
    url = f"{sim.root_url}/v1/messages"
    async with http.post(
        url, json=body(stream=True), headers={**HEADERS, "x-sim-fault": "malformed_sse"}
    ) as r:
        raw = await r.read()
    data = [line[6:] for line in raw.split(b"\n") if line.startswith(b"data: ")]
    assert orjson.loads(data[0])["type"] == "message_start"
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(data[-1])
    with pytest.raises(aiohttp.ClientPayloadError):
        async with http.post(
            url, json=body(stream=True), headers={**HEADERS, "x-sim-fault": "midstream_reset"}
        ) as r:
            await r.read()
    assert sim.stats()["models"]["claude-sim"]["fault_modes"] == {
        "malformed_sse": 1,
        "midstream_reset": 1,
    }

"""Native Anthropic Messages adapter: the SSE event stream, and the project's own simulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import API_KEY, FakeUpstream, collect, fake_upstream, joined, make_deployment

from kanmon.providers import HttpClient, UpstreamHTTPError, UpstreamProtocolError
from kanmon.providers.anthropic import AnthropicProvider
from kanmon.simulator import ModelBehaviour, SimulatorConfig, run_simulator


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(**extra: Any) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "hi"}], **extra}


TOOL = {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}
START: dict[str, Any] = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [],
    "stop_reason": None,
    "stop_sequence": None,
    "usage": {"input_tokens": 25, "output_tokens": 1, "cache_read_input_tokens": 5},
}


def _events(*, stop: bool = True) -> list[Any]:
    events: list[Any] = [
        {"type": "message_start", "message": START},
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "thinking", "thinking": ""},
        },
        {"type": "ping"},
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "thinking_delta", "thinking": "Need "},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "thinking_delta", "thinking": "a tool."},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "signature_delta", "signature": "s"},
        },
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "text_delta", "text": "Check"},
        },
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "text_delta", "text": "ing."},
        },
        {"type": "content_block_stop", "index": 1},
        {
            "type": "content_block_start",
            "index": 2,
            "content_block": {
                "type": "tool_use",
                "id": "toolu_7",
                "name": "get_weather",
                "input": {},
            },
        },
        {
            "type": "content_block_delta",
            "index": 2,
            "delta": {"type": "input_json_delta", "partial_json": '{"ci'},
        },
        {
            "type": "content_block_delta",
            "index": 2,
            "delta": {"type": "input_json_delta", "partial_json": 'ty": "Rome"}'},
        },
        {"type": "content_block_stop", "index": 2},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use"},
            "usage": {"output_tokens": 40},
        },
    ]
    if stop:
        events.append({"type": "message_stop"})
    return events


async def test_stream_translation(up: FakeUpstream) -> None:
    up.reply_sse(_events(), named=True, done=False)
    stream = await up.provider(AnthropicProvider).open_stream(_body(tools=[TOOL]))
    chunks = await collect(stream)
    assert up.last["stream"] is True
    assert "stream_options" not in up.last
    assert up.requests[-1].headers["Accept"] == "text/event-stream"
    assert all(c["object"] == "chat.completion.chunk" and c["id"] == "msg_01" for c in chunks)
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert joined(chunks, "reasoning_content") == "Need a tool."
    deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
    blocks = [b for d in deltas for b in d.get("thinking_blocks", [])]
    assert blocks == [{"type": "thinking", "thinking": "Need a tool.", "signature": "s"}]
    assert joined(chunks, "content") == "Checking."
    calls = [
        d for c in chunks if c["choices"] for d in c["choices"][0]["delta"].get("tool_calls", [])
    ]
    assert calls[0] == {
        "index": 0,
        "id": "toolu_7",
        "type": "function",
        "function": {"name": "get_weather", "arguments": ""},
    }
    assert "".join(c["function"]["arguments"] for c in calls) == '{"city": "Rome"}'
    finish = [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]]
    assert finish[-1] == "tool_calls"
    usage_chunk = chunks[-1]
    assert usage_chunk["choices"] == []
    assert usage_chunk["usage"] == {
        "prompt_tokens": 30,
        "completion_tokens": 40,
        "total_tokens": 70,
        "prompt_tokens_details": {"cached_tokens": 5},
    }


async def test_stream_error_event_is_a_protocol_error(up: FakeUpstream) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    up.reply_sse([*_events(stop=False)[:4], error], named=True, done=False)
    stream = await up.provider(AnthropicProvider).open_stream(_body())
    with pytest.raises(UpstreamProtocolError):
        await collect(stream)


async def test_stream_cut_before_message_stop_is_a_protocol_error(up: FakeUpstream) -> None:
    up.reply_sse(_events(stop=False), named=True, done=False)
    stream = await up.provider(AnthropicProvider).open_stream(_body())
    with pytest.raises(UpstreamProtocolError):
        await collect(stream)


async def test_malformed_event_is_a_protocol_error(up: FakeUpstream) -> None:
    broken = b'event: content_block_delta\ndata: {"type": "content_block_delta", "index": 0,\n\n'
    up.reply_sse([_events()[0], broken], named=True, done=False)
    stream = await up.provider(AnthropicProvider).open_stream(_body())
    with pytest.raises(UpstreamProtocolError):
        await collect(stream)


async def test_overloaded_status_is_a_retryable_http_error(up: FakeUpstream) -> None:
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    up.reply_json(error, status=529)
    with pytest.raises(UpstreamHTTPError) as info:
        await up.provider(AnthropicProvider).open_stream(_body())
    assert info.value.status == 529 and info.value.retryable


async def test_against_the_project_simulator() -> None:
    """The adapter and Kanmon's own Anthropic simulator agree on the wire format."""
    behaviour = ModelBehaviour(reasoning="think_tags", default_reply="The answer is 42.")
    config = SimulatorConfig(models={"claude-sim": behaviour}, api_key=API_KEY)
    http = HttpClient()
    try:
        async with run_simulator(config) as sim:
            deployment = make_deployment(sim.base_url, api="anthropic", alias="claude-sim")
            provider = AnthropicProvider(deployment, http, API_KEY)
            body = {"model": "claude-sim", "messages": [{"role": "user", "content": "q?"}]}
            data = await provider.chat(body)
            message = data["choices"][0]["message"]
            assert message["content"] == "The answer is 42."
            assert message["reasoning_content"]
            assert data["usage"]["total_tokens"] > 0
            chunks = await collect(await provider.open_stream(body))
            assert joined(chunks, "content") == "The answer is 42."
            assert joined(chunks, "reasoning_content") == message["reasoning_content"]
            assert chunks[-1]["usage"] == data["usage"]
    finally:
        await http.close()

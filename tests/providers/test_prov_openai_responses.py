"""The ``openai_responses`` adapter: a chat request becomes a Responses request (``store``
false, system text as ``instructions``, tool calls and results as items), the answer and its
event stream come back as chat, and a stream that fails or stops short is an error."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import FakeUpstream, fake_upstream

from kanmon.providers import UpstreamProtocolError
from kanmon.providers.openai_responses import OpenAIResponsesProvider

CALL = {"id": "c1", "type": "function", "function": {"name": "w", "arguments": '{"a":1}'}}
BODY: dict[str, Any] = {
    "model": "m",
    "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "weather?"}]},
        {"role": "assistant", "content": None, "tool_calls": [CALL]},
        {"role": "tool", "tool_call_id": "c1", "content": "4 C"},
    ],
    "tools": [{"type": "function", "function": {"name": "w", "parameters": {"type": "object"}}}],
    "tool_choice": {"type": "function", "function": {"name": "w"}},
    "max_completion_tokens": 50,
    "reasoning_effort": "low",
}
RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "m",
    "output": [
        {"type": "reasoning", "id": "rs", "summary": [{"type": "summary_text", "text": "hm"}]},
        {
            "type": "message",
            "id": "msg",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "It is 4 C.", "annotations": []}],
        },
    ],  # fmt: skip
    "usage": {
        "input_tokens": 9,
        "output_tokens": 4,
        "output_tokens_details": {"reasoning_tokens": 1},
    },
}


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


async def test_request_and_answer(up: FakeUpstream) -> None:
    up.reply_json(RESPONSE)
    out = await up.provider(OpenAIResponsesProvider).chat(BODY)
    sent = up.requests[-1]
    assert sent.path == "/v1/responses"
    assert sent.body == {
        "model": "m",  # the router sets the alias; the adapter keeps it
        "instructions": "Be brief.",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "weather?"}]},
            {"type": "function_call", "call_id": "c1", "name": "w", "arguments": '{"a":1}'},
            {"type": "function_call_output", "call_id": "c1", "output": "4 C"},
        ],
        "tools": [{"type": "function", "name": "w", "parameters": {"type": "object"}}],
        "tool_choice": {"type": "function", "name": "w"},
        "max_output_tokens": 50,
        "reasoning": {"effort": "low"},
        "store": False,
    }
    msg = out["choices"][0]["message"]
    assert msg["content"] == "It is 4 C." and msg["reasoning_content"] == "hm"
    assert out["choices"][0]["finish_reason"] == "stop"
    assert out["usage"]["prompt_tokens"] == 9
    assert out["usage"]["completion_tokens_details"] == {"reasoning_tokens": 1}


def _events(done: bool = True) -> list[dict[str, Any]]:
    item = {"type": "function_call", "id": "fc1", "call_id": "c9", "name": "w", "arguments": ""}
    evs: list[dict[str, Any]] = [
        {"type": "response.created", "response": {"id": "resp_9", "model": "m"}},
        {"type": "response.output_text.delta", "delta": "Hi"},
        {"type": "response.output_item.added", "output_index": 1, "item": item},
        {"type": "response.function_call_arguments.delta", "item_id": "fc1", "delta": "{}"},
    ]
    if done:
        evs.append({"type": "response.completed", "response": {**RESPONSE, "output": [item]}})
    return evs


async def test_stream_becomes_chat_chunks(up: FakeUpstream) -> None:
    up.reply_sse(_events(), named=True, done=False)
    stream = await up.provider(OpenAIResponsesProvider).open_stream(BODY)
    chunks = [c async for c in stream]
    deltas = [c["choices"][0]["delta"] for c in chunks if c["choices"]]
    assert deltas[1] == {"content": "Hi"}
    assert deltas[2]["tool_calls"][0]["id"] == "c9"
    assert deltas[3]["tool_calls"][0]["function"]["arguments"] == "{}"
    assert chunks[-2]["choices"][0]["finish_reason"] == "tool_calls"
    assert chunks[-1]["usage"]["prompt_tokens"] == 9
    assert up.last["stream"] is True


@pytest.mark.parametrize(
    "events",
    [
        _events(done=False),
        [*_events(done=False), {"type": "error", "code": "x", "message": "boom"}],
        [
            *_events(done=False),
            {"type": "response.failed", "response": {"error": {"message": "no"}}},
        ],
    ],
)
async def test_a_stream_that_fails_or_stops_short_is_an_error(
    up: FakeUpstream, events: list[dict[str, Any]]
) -> None:
    up.reply_sse(events, named=True, done=False)
    stream = await up.provider(OpenAIResponsesProvider).open_stream(BODY)
    with pytest.raises(UpstreamProtocolError):
        async for _ in stream:
            pass

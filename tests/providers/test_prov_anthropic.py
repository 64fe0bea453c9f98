"""Native Anthropic Messages adapter: request translation and response translation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import API_KEY, FakeUpstream, fake_upstream

from kanmon.errors import BadRequestError
from kanmon.providers import UpstreamProtocolError
from kanmon.providers.anthropic import AnthropicProvider


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(**extra: Any) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-5", "messages": [{"role": "user", "content": "hi"}], **extra}


def _message(
    content: list[dict[str, Any]], stop_reason: str | None = "end_turn", **usage: int
) -> Any:
    return {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 11, "output_tokens": 7, **usage},
    }


TEXT = [{"type": "text", "text": "Hello!"}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather by city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


async def test_headers_and_path(up: FakeUpstream) -> None:
    up.reply_json(_message(TEXT))
    await up.provider(AnthropicProvider).chat(_body())
    sent = up.requests[-1]
    assert sent.path == "/v1/messages"
    assert sent.headers["x-api-key"] == API_KEY
    assert sent.headers["anthropic-version"] == "2023-06-01"
    assert "Authorization" not in sent.headers
    assert API_KEY not in repr(up.provider(AnthropicProvider))


async def test_request_translation(up: FakeUpstream) -> None:
    up.reply_json(_message(TEXT))
    call = {
        "id": "toolu_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
    }
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "developer", "content": [{"type": "text", "text": "Use metric."}]},
        {"role": "user", "content": "Weather?"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Also this:"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                {"type": "image_url", "image_url": {"url": "https://example.com/cat.jpg"}},
            ],
        },
        {"role": "assistant", "content": "Checking.", "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "toolu_1", "content": "18C"},
        {"role": "user", "content": "Thanks"},
    ]
    body = {
        "model": "claude-sonnet-4-5",
        "messages": messages,
        "max_completion_tokens": 300,
        "stop": "END",
        "temperature": 1.7,
        "top_p": 0.9,
        "tools": [WEATHER],
        "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
        "parallel_tool_calls": False,
        "user": "user-42",
        "seed": 7,
        "presence_penalty": 0.5,
        "logprobs": False,
        "n": 1,
    }
    await up.provider(AnthropicProvider).chat(body)
    assert up.last == {
        "model": "claude-sonnet-4-5",
        "max_tokens": 300,
        "system": "Be brief.\n\nUse metric.",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Weather?"},
                    {"type": "text", "text": "Also this:"},
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": "image/png",
                            "data": "iVBORw0KGgo=",
                        },
                    },
                    {
                        "type": "image",
                        "source": {"type": "url", "url": "https://example.com/cat.jpg"},
                    },
                ],
            },
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Checking."},
                    {
                        "type": "tool_use",
                        "id": "toolu_1",
                        "name": "get_weather",
                        "input": {"city": "Paris"},
                    },
                ],
            },
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_1",
                        "content": [{"type": "text", "text": "18C"}],
                    },
                    {"type": "text", "text": "Thanks"},
                ],
            },
        ],
        "stop_sequences": ["END"],
        "temperature": 1.0,
        "top_p": 0.9,
        "metadata": {"user_id": "user-42"},
        "tools": [
            {
                "name": "get_weather",
                "description": "Weather by city",
                "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
            }
        ],
        "tool_choice": {"type": "tool", "name": "get_weather", "disable_parallel_tool_use": True},
    }


async def test_max_tokens_defaults(up: FakeUpstream) -> None:
    up.reply_json(_message(TEXT))
    up.reply_json(_message(TEXT))
    await up.provider(AnthropicProvider).chat(_body())
    assert up.last["max_tokens"] == 4096
    await up.provider(AnthropicProvider, options={"max_tokens": 1000}).chat(_body(max_tokens=50))
    assert up.last["max_tokens"] == 50
    up.reply_json(_message(TEXT))
    await up.provider(AnthropicProvider, options={"max_tokens": 1000}).chat(_body())
    assert up.last["max_tokens"] == 1000


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("auto", {"type": "auto"}), ("required", {"type": "any"}), ("none", {"type": "none"})],
)
async def test_tool_choice_strings(up: FakeUpstream, choice: str, expected: Any) -> None:
    up.reply_json(_message(TEXT))
    await up.provider(AnthropicProvider).chat(_body(tools=[WEATHER], tool_choice=choice))
    assert up.last["tool_choice"] == expected


async def test_no_tool_choice_without_tools_and_effort_none_means_no_thinking(
    up: FakeUpstream,
) -> None:
    up.reply_json(_message(TEXT))
    provider = up.provider(AnthropicProvider, options={"thinking_budget": 2048})
    await provider.chat(_body(tool_choice="auto", reasoning_effort="none", temperature=0.5))
    assert "tool_choice" not in up.last
    assert "thinking" not in up.last
    assert up.last["temperature"] == 0.5


async def test_untranslatable_requests_are_refused(up: FakeUpstream) -> None:
    provider = up.provider(AnthropicProvider)
    with pytest.raises(BadRequestError):
        await provider.chat(_body(n=2))
    with pytest.raises(BadRequestError):
        await provider.chat(_body(response_format={"type": "json_object"}))
    audio = {"type": "input_audio", "input_audio": {"data": "", "format": "wav"}}
    with pytest.raises(BadRequestError):
        await provider.chat({"model": "m", "messages": [{"role": "user", "content": [audio]}]})
    bad_call = {"id": "t", "type": "function", "function": {"name": "f", "arguments": "{oops"}}
    history = [{"role": "user", "content": "x"}, {"role": "assistant", "tool_calls": [bad_call]}]
    with pytest.raises(BadRequestError):
        await provider.chat({"model": "m", "messages": history})
    assert up.requests == []


async def test_thinking_from_reasoning_effort_drops_what_it_forbids(up: FakeUpstream) -> None:
    up.reply_json(_message(TEXT))
    body = _body(reasoning_effort="medium", temperature=0.2, top_p=0.5, max_tokens=8000)
    await up.provider(AnthropicProvider).chat(body)
    assert up.last["thinking"] == {"type": "enabled", "budget_tokens": 4096}
    assert "temperature" not in up.last
    assert up.last["top_p"] == 0.95
    with pytest.raises(BadRequestError):
        await up.provider(AnthropicProvider, options={"thinking_budget": 2048}).chat(
            _body(max_tokens=1000)
        )


async def test_response_translation(up: FakeUpstream) -> None:
    content: list[dict[str, Any]] = [
        {"type": "thinking", "thinking": "The user wants weather.", "signature": "sig"},
        {"type": "redacted_thinking", "data": "opaque"},
        {"type": "text", "text": "Let me check."},
        {"type": "tool_use", "id": "toolu_9", "name": "get_weather", "input": {"city": "Oslo"}},
    ]
    up.reply_json(
        _message(content, "tool_use", cache_read_input_tokens=100, cache_creation_input_tokens=5)
    )
    data = await up.provider(AnthropicProvider).chat(_body())
    assert data["object"] == "chat.completion"
    assert data["id"] == "msg_01"
    choice = data["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"] == {
        "role": "assistant",
        "content": "Let me check.",
        "reasoning_content": "The user wants weather.",
        "thinking_blocks": content[:2],
        "tool_calls": [
            {
                "id": "toolu_9",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
            }
        ],
    }
    assert data["usage"] == {
        "prompt_tokens": 116,
        "completion_tokens": 7,
        "total_tokens": 123,
        "prompt_tokens_details": {"cached_tokens": 100},
    }


async def test_signed_thinking_blocks_go_back_first(up: FakeUpstream) -> None:
    signed = [
        {"type": "thinking", "thinking": "plan", "signature": "sig"},
        {"type": "redacted_thinking", "data": "opaque"},
    ]
    call = {"id": "toolu_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    history = [
        {"role": "user", "content": "q"},
        {
            "role": "assistant",
            "content": "Calling.",
            "reasoning_content": "plan",
            "thinking_blocks": [*signed, {"type": "bogus"}],
            "tool_calls": [call],
        },
        {"role": "tool", "tool_call_id": "toolu_1", "content": "ok"},
    ]
    up.reply_json(_message(TEXT))
    await up.provider(AnthropicProvider).chat({"model": "m", "messages": history})
    assert up.last["messages"][1]["content"] == [
        *signed,
        {"type": "text", "text": "Calling."},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}},
    ]


@pytest.mark.parametrize(
    ("stop_reason", "finish_reason"),
    [
        ("end_turn", "stop"),
        ("stop_sequence", "stop"),
        ("max_tokens", "length"),
        ("tool_use", "tool_calls"),
        ("refusal", "content_filter"),
    ],
)
async def test_stop_reason_mapping(up: FakeUpstream, stop_reason: str, finish_reason: str) -> None:
    up.reply_json(_message(TEXT, stop_reason))
    data = await up.provider(AnthropicProvider).chat(_body())
    assert data["choices"][0]["finish_reason"] == finish_reason


async def test_non_message_answer_is_a_protocol_error(up: FakeUpstream) -> None:
    up.reply_json({"type": "error", "error": {"type": "api_error", "message": "x"}})
    with pytest.raises(UpstreamProtocolError):
        await up.provider(AnthropicProvider).chat(_body())


async def test_embeddings_are_an_unsupported_endpoint(up: FakeUpstream) -> None:
    with pytest.raises(BadRequestError) as info:
        await up.provider(AnthropicProvider).embeddings({"model": "m", "input": "x"})
    assert info.value.code == "unsupported_endpoint"
    assert info.value.status == 400
    assert up.requests == []

"""Qwen / DashScope compatible mode: enable_thinking handling in both directions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import USAGE_CHUNK, FakeUpstream, chunk, collect, completion, fake_upstream

from kanmon.providers import UpstreamHTTPError
from kanmon.providers.qwen import QwenProvider


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(**extra: Any) -> dict[str, Any]:
    return {"model": "qwen3-32b", "messages": [{"role": "user", "content": "hi"}], **extra}


def _thinking_stream() -> list[Any]:
    call = {"index": 0, "id": "call_1", "type": "function"}
    return [
        chunk({"role": "assistant", "content": "", "reasoning_content": "First, "}),
        chunk({"reasoning_content": "check."}),
        chunk({"content": "Calling "}),
        chunk({"content": "a tool."}),
        chunk({"tool_calls": [{**call, "function": {"name": "lookup", "arguments": '{"q":'}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": ' "x"}'}}]}),
        chunk({}, "tool_calls"),
        USAGE_CHUNK,
    ]


async def test_non_streaming_call_turns_thinking_off_by_default(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "hello"}))
    data = await up.provider(QwenProvider).chat(_body(thinking_budget=100))
    assert up.last["enable_thinking"] is False
    assert "thinking_budget" not in up.last
    assert "stream" not in up.last
    assert data["choices"][0]["message"]["content"] == "hello"


async def test_non_streaming_call_that_asks_for_thinking_streams_and_assembles(
    up: FakeUpstream,
) -> None:
    up.reply_sse(_thinking_stream())
    data = await up.provider(QwenProvider).chat(_body(enable_thinking=True, thinking_budget=64))
    assert up.last["stream"] is True
    assert up.last["enable_thinking"] is True
    assert up.last["thinking_budget"] == 64
    assert up.last["stream_options"] == {"include_usage": True}
    assert data["object"] == "chat.completion"
    assert data["id"] == "chatcmpl-1"
    choice = data["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    message = choice["message"]
    assert message["reasoning_content"] == "First, check."
    assert message["content"] == "Calling a tool."
    assert message["tool_calls"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "lookup", "arguments": '{"q": "x"}'},
        }
    ]
    assert data["usage"]["total_tokens"] == 12


async def test_thinking_only_models_always_go_over_a_stream(up: FakeUpstream) -> None:
    up.reply_sse([chunk({"reasoning_content": "hm"}), chunk({"content": "ok"}), chunk({}, "stop")])
    provider = up.provider(QwenProvider, options={"thinking_only": True, "thinking_budget": 500})
    data = await provider.chat(_body(enable_thinking=False))
    assert "enable_thinking" not in up.last
    assert up.last["thinking_budget"] == 500
    assert data["choices"][0]["message"] == {
        "role": "assistant",
        "content": "ok",
        "reasoning_content": "hm",
    }


async def test_streaming_uses_the_deployment_default_and_lifts_template_kwargs(
    up: FakeUpstream,
) -> None:
    up.reply_sse(_thinking_stream())
    up.reply_sse(_thinking_stream())
    provider = up.provider(QwenProvider, options={"enable_thinking": True, "thinking_budget": 32})
    await collect(await provider.open_stream(_body()))
    assert up.last["enable_thinking"] is True
    assert up.last["thinking_budget"] == 32
    body = _body(chat_template_kwargs={"enable_thinking": False, "other": 1})
    chunks = await collect(await provider.open_stream(body))
    assert up.last["enable_thinking"] is False
    assert up.last["chat_template_kwargs"] == {"other": 1}
    assert "thinking_budget" not in up.last
    # Deltas are passed through: DashScope already uses reasoning_content.
    assert chunks[0]["choices"][0]["delta"]["reasoning_content"] == "First, "


async def test_streaming_without_a_preference_leaves_the_model_default(up: FakeUpstream) -> None:
    up.reply_sse([chunk({"content": "x"}, "stop")])
    await collect(await up.provider(QwenProvider).open_stream(_body(max_completion_tokens=50)))
    assert "enable_thinking" not in up.last
    assert up.last["max_tokens"] == 50


async def test_dashscope_error_status_is_raised(up: FakeUpstream) -> None:
    error = {
        "error": {
            "code": "invalid_parameter_error",
            "message": "parameter.enable_thinking must be set to false for non-streaming calls",
        }
    }
    up.reply_json(error, status=400)
    with pytest.raises(UpstreamHTTPError) as info:
        await up.provider(QwenProvider).chat(_body())
    assert info.value.status == 400
    assert not info.value.retryable

"""DeepSeek adapter: what it sends and what it returns, for each documented quirk."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest
from test_prov_base import (
    USAGE_CHUNK,
    FakeUpstream,
    chunk,
    collect,
    completion,
    fake_upstream,
    joined,
)

from kanmon.providers import UpstreamProtocolError
from kanmon.providers.deepseek import DeepSeekProvider


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(model: str, **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "hi"}], **extra}


SAMPLING = {
    "temperature": 0.2,
    "top_p": 0.9,
    "presence_penalty": 0.1,
    "frequency_penalty": 0.1,
    "logprobs": True,
    "top_logprobs": 3,
}


async def test_thinking_mode_drops_ignored_and_rejected_sampling_params(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    await up.provider(DeepSeekProvider).chat(_body("deepseek-reasoner", **SAMPLING))
    for key in SAMPLING:
        assert key not in up.last


async def test_explicit_thinking_toggle_decides_over_the_model_name(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    provider = up.provider(DeepSeekProvider)
    await provider.chat(_body("deepseek-chat", thinking={"type": "enabled"}, temperature=0.3))
    assert "temperature" not in up.last
    await provider.chat(_body("deepseek-v4-pro", thinking={"type": "disabled"}, temperature=0.3))
    assert up.last["temperature"] == 0.3


async def test_chat_model_keeps_sampling_and_maps_max_completion_tokens(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    await up.provider(DeepSeekProvider).chat(
        _body("deepseek-chat", temperature=1.3, max_completion_tokens=99)
    )
    assert up.last["temperature"] == 1.3
    assert up.last["max_tokens"] == 99
    assert "max_completion_tokens" not in up.last


async def test_deployment_option_sets_the_default_thinking_toggle(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    provider = up.provider(DeepSeekProvider, options={"thinking": "disabled"})
    await provider.chat(_body("deepseek-v4-flash", temperature=0.5))
    assert up.last["thinking"] == {"type": "disabled"}
    assert up.last["temperature"] == 0.5


async def test_reasoning_content_is_stripped_except_in_turns_that_called_tools(
    up: FakeUpstream,
) -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    messages = [
        {"role": "user", "content": "q1"},
        {"role": "assistant", "content": "a1", "reasoning_content": "old thoughts"},
        {"role": "user", "content": "q2"},
        {"role": "assistant", "content": None, "tool_calls": [call], "reasoning_content": "r1"},
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
        {"role": "assistant", "content": None, "tool_calls": [call], "reasoning": "r2"},
        {"role": "tool", "tool_call_id": "c1", "content": "43"},
    ]
    before = orjson.dumps(messages)
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    await up.provider(DeepSeekProvider).chat({"model": "deepseek-reasoner", "messages": messages})
    sent = up.last["messages"]
    assert "reasoning_content" not in sent[1]
    assert sent[3]["reasoning_content"] == "r1"
    assert sent[5]["reasoning_content"] == "r2" and "reasoning" not in sent[5]
    assert orjson.dumps(messages) == before  # the caller's messages are untouched


async def test_response_keeps_reasoning_and_reports_cache_hits(up: FakeUpstream) -> None:
    usage = {
        "prompt_tokens": 10,
        "completion_tokens": 3,
        "total_tokens": 13,
        "prompt_cache_hit_tokens": 8,
        "prompt_cache_miss_tokens": 2,
    }
    message = {"role": "assistant", "content": "<think>not a tag here", "reasoning_content": "r"}
    up.reply_json(completion(message, usage=usage))
    data = await up.provider(DeepSeekProvider).chat(_body("deepseek-reasoner"))
    assert data["choices"][0]["message"] == message
    assert data["usage"]["prompt_tokens_details"] == {"cached_tokens": 8}


async def test_insufficient_system_resource_is_an_upstream_failure(up: FakeUpstream) -> None:
    bad = completion({"role": "assistant", "content": "cut sh"})
    bad["choices"][0]["finish_reason"] = "insufficient_system_resource"
    up.reply_json(bad)
    with pytest.raises(UpstreamProtocolError):
        await up.provider(DeepSeekProvider).chat(_body("deepseek-chat"))
    up.reply_sse([chunk({"content": "cut sh"}), chunk({}, "insufficient_system_resource")])
    stream = await up.provider(DeepSeekProvider).open_stream(_body("deepseek-chat"))
    with pytest.raises(UpstreamProtocolError):
        await collect(stream)


async def test_stream_passes_reasoning_deltas_and_usage(up: FakeUpstream) -> None:
    usage_chunk = {**USAGE_CHUNK, "usage": {**USAGE_CHUNK["usage"], "prompt_cache_hit_tokens": 4}}
    up.reply_sse(
        [
            chunk({"role": "assistant", "content": None, "reasoning_content": "Let me "}),
            chunk({"reasoning_content": "think."}),
            chunk({"content": "Answer."}),
            chunk({}, "stop"),
            usage_chunk,
        ]
    )
    stream = await up.provider(DeepSeekProvider).open_stream(_body("deepseek-reasoner"))
    chunks = await collect(stream)
    assert joined(chunks, "reasoning_content") == "Let me think."
    assert joined(chunks, "content") == "Answer."
    assert chunks[-1]["usage"]["prompt_tokens_details"] == {"cached_tokens": 4}
    assert up.last["stream_options"] == {"include_usage": True}

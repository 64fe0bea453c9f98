"""Moonshot / Kimi adapter: sampling constraints, thinking, usage placement."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import FakeUpstream, chunk, collect, completion, fake_upstream, joined

from kanmon.errors import BadRequestError
from kanmon.providers.moonshot import MoonshotProvider


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(model: str = "kimi-k2-0905-preview", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": "hi"}], **extra}


async def test_temperature_is_clamped_to_kimis_range(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    provider = up.provider(MoonshotProvider)
    await provider.chat(_body(temperature=1.6))
    assert up.last["temperature"] == 1.0
    await provider.chat(_body(temperature=0.7, top_p=0.5, max_completion_tokens=64))
    assert up.last["temperature"] == 0.7
    assert up.last["top_p"] == 0.5
    assert up.last["max_tokens"] == 64


async def test_near_zero_temperature_with_several_choices_fails_fast(up: FakeUpstream) -> None:
    with pytest.raises(BadRequestError) as info:
        await up.provider(MoonshotProvider).chat(_body(temperature=0, n=2))
    assert info.value.param == "n"
    assert up.requests == []  # nothing was sent upstream


async def test_fixed_sampling_models_drop_the_parameters_they_forbid(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    sampling = {
        "temperature": 0.3,
        "top_p": 0.8,
        "n": 1,
        "presence_penalty": 0.5,
        "frequency_penalty": 0.5,
    }
    await up.provider(MoonshotProvider).chat(_body("kimi-k2.5", **sampling))
    for key in sampling:
        assert key not in up.last
    with pytest.raises(BadRequestError):
        await up.provider(MoonshotProvider).chat(_body("kimi-k2.6", n=3))


async def test_fixed_sampling_can_be_set_by_deployment_option(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    provider = up.provider(MoonshotProvider, options={"fixed_sampling": True})
    await provider.chat(_body("kimi-next", temperature=0.3))
    assert "temperature" not in up.last


async def test_thinking_default_and_reasoning_kept_on_tool_call_history(up: FakeUpstream) -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    messages = [
        {"role": "user", "content": "q"},
        {"role": "assistant", "content": "", "tool_calls": [call], "reasoning_content": "plan"},
        {"role": "tool", "tool_call_id": "c1", "content": "1"},
    ]
    up.reply_json(completion({"role": "assistant", "content": "ok", "reasoning_content": "r"}))
    provider = up.provider(MoonshotProvider, options={"thinking": "enabled"})
    data = await provider.chat({"model": "kimi-k2.5", "messages": messages})
    assert up.last["thinking"] == {"type": "enabled"}
    assert up.last["messages"][1]["reasoning_content"] == "plan"
    assert data["choices"][0]["message"]["reasoning_content"] == "r"


async def test_cached_tokens_are_reported_the_openai_way(up: FakeUpstream) -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12, "cached_tokens": 6}
    up.reply_json(completion({"role": "assistant", "content": "ok"}, usage=usage))
    data = await up.provider(MoonshotProvider).chat(_body())
    assert data["usage"]["prompt_tokens_details"] == {"cached_tokens": 6}


async def test_stream_usage_inside_the_choice_is_moved_to_the_chunk(up: FakeUpstream) -> None:
    final = chunk({}, "stop")
    final["choices"][0]["usage"] = {
        "prompt_tokens": 12,
        "completion_tokens": 5,
        "total_tokens": 17,
        "cached_tokens": 4,
    }
    up.reply_sse(
        [
            chunk({"role": "assistant", "content": ""}),
            chunk({"reasoning_content": "thinking"}),
            chunk({"content": "OK"}),
            final,
        ]
    )
    chunks = await collect(await up.provider(MoonshotProvider).open_stream(_body("kimi-k2.5")))
    assert joined(chunks, "reasoning_content") == "thinking"
    assert joined(chunks, "content") == "OK"
    last = chunks[-1]
    assert "usage" not in last["choices"][0]
    assert last["usage"]["total_tokens"] == 17
    assert last["usage"]["prompt_tokens_details"] == {"cached_tokens": 4}

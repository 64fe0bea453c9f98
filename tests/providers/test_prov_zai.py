"""Z.ai / Zhipu GLM adapter: base path, sampling ranges, tool and stop limits, response fixes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import FakeUpstream, chunk, collect, completion, fake_upstream, joined

from kanmon.errors import BadRequestError
from kanmon.providers import UpstreamProtocolError
from kanmon.providers.zai import ZaiProvider


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(**extra: Any) -> dict[str, Any]:
    return {"model": "glm-4.6", "messages": [{"role": "user", "content": "hi"}], **extra}


def _glm(message: dict[str, Any], finish_reason: str = "stop") -> dict[str, Any]:
    """GLM's answer shape: no "object" field, a request_id."""
    data = completion(message, request_id="req-1")
    del data["object"]
    data["choices"][0]["finish_reason"] = finish_reason
    return data


async def test_host_only_base_url_gets_the_paas_v4_path(up: FakeUpstream) -> None:
    up.reply_json(_glm({"role": "assistant", "content": "ok"}))
    up.reply_json(_glm({"role": "assistant", "content": "ok"}))
    await up.provider(ZaiProvider, path="").chat(_body())
    assert up.requests[-1].path == "/api/paas/v4/chat/completions"
    await up.provider(ZaiProvider, path="/api/coding/paas/v4").chat(_body())
    assert up.requests[-1].path == "/api/coding/paas/v4/chat/completions"


async def test_sampling_ranges(up: FakeUpstream) -> None:
    for _ in range(3):
        up.reply_json(_glm({"role": "assistant", "content": "ok"}))
    provider = up.provider(ZaiProvider, path="")
    await provider.chat(_body(temperature=0, top_p=0.5))
    assert up.last["do_sample"] is False
    assert "temperature" not in up.last and "top_p" not in up.last
    await provider.chat(_body(temperature=1.8, top_p=0))
    assert up.last["temperature"] == 1.0
    assert up.last["top_p"] == 0.01
    assert "do_sample" not in up.last
    await provider.chat(_body(max_completion_tokens=10, stop="END"))
    assert up.last["max_tokens"] == 10
    assert up.last["stop"] == ["END"]


async def test_unsupported_stop_and_tool_choice_are_refused(up: FakeUpstream) -> None:
    provider = up.provider(ZaiProvider, path="")
    with pytest.raises(BadRequestError) as info:
        await provider.chat(_body(stop=["a", "b"]))
    assert info.value.param == "stop"
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    with pytest.raises(BadRequestError):
        await provider.chat(_body(tools=tools, tool_choice="required"))
    assert up.requests == []
    up.reply_json(_glm({"role": "assistant", "content": "ok"}))
    await provider.chat(_body(tools=tools, tool_choice="none"))
    assert "tools" not in up.last and "tool_choice" not in up.last


async def test_thinking_default_from_deployment(up: FakeUpstream) -> None:
    up.reply_json(_glm({"role": "assistant", "content": "ok"}))
    up.reply_json(_glm({"role": "assistant", "content": "ok"}))
    provider = up.provider(ZaiProvider, path="", options={"thinking": "disabled"})
    await provider.chat(_body())
    assert up.last["thinking"] == {"type": "disabled"}
    await provider.chat(_body(thinking={"type": "enabled"}))
    assert up.last["thinking"] == {"type": "enabled"}


async def test_response_gets_object_string_arguments_and_openai_finish_reason(
    up: FakeUpstream,
) -> None:
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": {"a": 1}}}
    message = {"role": "assistant", "content": None, "reasoning_content": "r", "tool_calls": [call]}
    up.reply_json(_glm(message, "tool_calls"))
    data = await up.provider(ZaiProvider, path="").chat(_body())
    assert data["object"] == "chat.completion"
    out = data["choices"][0]["message"]
    assert out["tool_calls"][0]["function"]["arguments"] == '{"a":1}'
    assert out["reasoning_content"] == "r"
    up.reply_json(_glm({"role": "assistant", "content": ""}, "sensitive"))
    data = await up.provider(ZaiProvider, path="").chat(_body())
    assert data["choices"][0]["finish_reason"] == "content_filter"


async def test_network_error_finish_is_an_upstream_failure(up: FakeUpstream) -> None:
    up.reply_json(_glm({"role": "assistant", "content": "par"}, "network_error"))
    with pytest.raises(UpstreamProtocolError):
        await up.provider(ZaiProvider, path="").chat(_body())


async def test_stream_fixes_object_and_splits_glm_z1_think_tags(up: FakeUpstream) -> None:
    pieces = ["<thi", "nk>reason", "ing</thi", "nk>answer"]
    events = [chunk({"content": p}) for p in pieces] + [chunk({}, "stop")]
    for event in events:
        del event["object"]
    up.reply_sse(events)
    stream = await up.provider(ZaiProvider, path="").open_stream(_body(model="glm-z1-air"))
    chunks = await collect(stream)
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert joined(chunks, "reasoning_content") == "reasoning"
    assert joined(chunks, "content") == "answer"

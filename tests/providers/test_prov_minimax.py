"""MiniMax adapter: reasoning_split / <think> normalisation, sampling range, HTTP-200 errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest
from test_prov_base import FakeUpstream, chunk, collect, completion, fake_upstream, joined

from kanmon.errors import BadRequestError
from kanmon.providers import UpstreamHTTPError
from kanmon.providers.minimax import MiniMaxProvider


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def _body(**extra: Any) -> dict[str, Any]:
    return {"model": "MiniMax-M2.7", "messages": [{"role": "user", "content": "hi"}], **extra}


def _history() -> list[dict[str, Any]]:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    return [
        {"role": "user", "content": "q"},
        {
            "role": "assistant",
            "content": "Let me look.",
            "reasoning_content": "plan",
            "tool_calls": [call],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "1"},
    ]


async def test_request_asks_for_split_reasoning_and_clamps_sampling(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    await up.provider(MiniMaxProvider).chat(
        _body(temperature=0, top_p=1.5, n=1, max_completion_tokens=20)
    )
    assert up.last["reasoning_split"] is True
    assert up.last["temperature"] == 0.01
    assert up.last["top_p"] == 1.0
    assert up.last["max_tokens"] == 20
    assert "n" not in up.last
    with pytest.raises(BadRequestError):
        await up.provider(MiniMaxProvider).chat(_body(n=2))


async def test_reasoning_goes_back_as_reasoning_details(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "ok"}))
    await up.provider(MiniMaxProvider).chat({"model": "MiniMax-M2.7", "messages": _history()})
    sent = up.last["messages"][1]
    assert sent["reasoning_details"] == [{"type": "reasoning.text", "text": "plan"}]
    assert "reasoning_content" not in sent
    assert sent["content"] == "Let me look."


async def test_inline_mode_puts_reasoning_back_in_think_tags(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "<think>\nnew\n</think>\n\nDone."}))
    provider = up.provider(MiniMaxProvider, options={"reasoning_split": False})
    data = await provider.chat({"model": "MiniMax-M2.7", "messages": _history()})
    assert "reasoning_split" not in up.last
    assert up.last["messages"][1]["content"] == "<think>\nplan\n</think>\n\nLet me look."
    # ...and the inline answer comes back split.
    assert data["choices"][0]["message"]["reasoning_content"] == "new"
    assert data["choices"][0]["message"]["content"] == "Done."


async def test_reasoning_details_become_reasoning_content(up: FakeUpstream) -> None:
    details = [{"type": "reasoning.text", "text": "The user greets me."}]
    up.reply_json(completion({"role": "assistant", "content": "Hi!", "reasoning_details": details}))
    data = await up.provider(MiniMaxProvider).chat(_body())
    assert data["choices"][0]["message"] == {
        "role": "assistant",
        "content": "Hi!",
        "reasoning_content": "The user greets me.",
    }


@pytest.mark.parametrize("cumulative", [True, False])
async def test_stream_reasoning_details_cumulative_or_incremental(
    up: FakeUpstream, cumulative: bool
) -> None:
    texts = ["The user", " is asking", " how I am."]
    if cumulative:
        texts = ["The user", "The user is asking", "The user is asking how I am."]
    events = [chunk({"reasoning_details": [{"type": "reasoning.text", "text": t}]}) for t in texts]
    up.reply_sse([*events, chunk({"content": "Fine."}), chunk({}, "stop")])
    chunks = await collect(await up.provider(MiniMaxProvider).open_stream(_body()))
    assert joined(chunks, "reasoning_content") == "The user is asking how I am."
    assert joined(chunks, "content") == "Fine."
    assert all("reasoning_details" not in c["choices"][0]["delta"] for c in chunks)


async def test_stream_reasoning_mode_is_decided_once(up: FakeUpstream) -> None:
    # Incremental pieces; the third happens to start with everything seen so far.
    texts = ["a", "b", "ab c"]
    events = [chunk({"reasoning_details": [{"type": "reasoning.text", "text": t}]}) for t in texts]
    up.reply_sse([*events, chunk({}, "stop")])
    chunks = await collect(await up.provider(MiniMaxProvider).open_stream(_body()))
    assert joined(chunks, "reasoning_content") == "abab c"


async def test_stream_inline_think_tags_split_across_chunks(up: FakeUpstream) -> None:
    pieces = ["<think>\nThe user", " says hi.</thi", "nk>\n\nHello", " there"]
    up.reply_sse([chunk({"content": p}) for p in pieces] + [chunk({}, "stop")])
    provider = up.provider(MiniMaxProvider, options={"reasoning_split": False})
    chunks = await collect(await provider.open_stream(_body()))
    assert joined(chunks, "reasoning_content") == "\nThe user says hi."
    assert joined(chunks, "content") == "Hello there"


async def test_http_200_base_resp_errors_raise_http_errors(up: FakeUpstream) -> None:
    error = {
        "id": "",
        "choices": None,
        "base_resp": {"status_code": 1002, "status_msg": "rate limit"},
    }
    up.reply_json(error)
    with pytest.raises(UpstreamHTTPError) as info:
        await up.provider(MiniMaxProvider).chat(_body())
    assert info.value.status == 429 and info.value.retryable
    assert orjson.loads(info.value.body)["error"]["message"] == "rate limit"
    # In a stream it is raised by open_stream itself, before the first byte reaches the client.
    up.reply_sse([{**error, "base_resp": {"status_code": 1004, "status_msg": "login fail"}}])
    with pytest.raises(UpstreamHTTPError) as info:
        await up.provider(MiniMaxProvider).open_stream(_body())
    assert info.value.status == 401 and not info.value.retryable


async def test_healthy_stream_keeps_its_first_chunk(up: FakeUpstream) -> None:
    first = chunk({"role": "assistant", "content": "A"})
    first["base_resp"] = {"status_code": 0, "status_msg": ""}
    up.reply_sse([first, chunk({"content": "B"}, "stop")])
    chunks = await collect(await up.provider(MiniMaxProvider).open_stream(_body()))
    assert joined(chunks, "content") == "AB"

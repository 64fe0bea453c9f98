"""A request that came in as Anthropic Messages: its Anthropic-only parts (``thinking``,
``top_k``, the history's signed thinking blocks) reach an Anthropic upstream unmodified and
never an OpenAI-compatible one, which would refuse parameters it does not know."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from test_prov_base import FakeUpstream, fake_upstream

from kanmon.providers.anthropic import AnthropicProvider
from kanmon.providers.openai_compatible import OpenAICompatibleProvider
from kanmon.wire import ANTHROPIC_EXTRAS, messages_to_chat

SIGNED = {"type": "thinking", "thinking": "look it up", "signature": "c2lnbmVk"}
INBOUND: dict[str, Any] = {
    "model": "m",
    "max_tokens": 2048,
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "top_k": 5,
    "messages": [
        {"role": "user", "content": "weather?"},
        {
            "role": "assistant",
            "content": [SIGNED, {"type": "tool_use", "id": "t1", "name": "w", "input": {}}],
        },
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "4"}]},
    ],
}


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


def test_the_translation_keeps_them_apart() -> None:
    chat = messages_to_chat(INBOUND)
    assert chat[ANTHROPIC_EXTRAS] == {"thinking": INBOUND["thinking"], "top_k": 5}
    assert "thinking" not in chat and "top_k" not in chat
    assert chat["messages"][1]["thinking_blocks"] == [SIGNED]
    plain = messages_to_chat({**INBOUND, "messages": INBOUND["messages"][:1]})
    plain.pop("thinking", None)
    assert ANTHROPIC_EXTRAS in plain  # thinking asked for, even without a history


async def test_an_openai_compatible_upstream_never_sees_them(up: FakeUpstream) -> None:
    up.reply_json({"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]})
    chat = messages_to_chat(INBOUND)
    await up.provider(OpenAICompatibleProvider).chat(chat)
    sent = up.last
    assert ANTHROPIC_EXTRAS not in sent and "thinking" not in sent and "top_k" not in sent
    assert all("thinking_blocks" not in m for m in sent["messages"])
    assert chat[ANTHROPIC_EXTRAS]  # the caller's body is left as it was (fallback reuses it)


ANSWER = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "m",
    "content": [{"type": "text", "text": "ok"}],
    "stop_reason": "end_turn",
    "usage": {"input_tokens": 1, "output_tokens": 1},
}


async def test_an_anthropic_upstream_gets_them_unmodified(up: FakeUpstream) -> None:
    up.reply_json(ANSWER)
    await up.provider(AnthropicProvider).chat(messages_to_chat(INBOUND))
    sent = up.last
    assert sent["thinking"] == INBOUND["thinking"]
    assert "top_k" not in sent  # extended thinking refuses top_k: the adapter leaves it out
    assert ANTHROPIC_EXTRAS not in sent
    assert sent["messages"][1]["content"][0] == SIGNED
    up.reply_json(ANSWER)
    no_thinking = {k: v for k, v in INBOUND.items() if k != "thinking"}
    await up.provider(AnthropicProvider).chat(messages_to_chat(no_thinking))
    assert up.last["top_k"] == 5

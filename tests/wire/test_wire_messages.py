"""Anthropic Messages ⇄ chat completions, as pure functions: the inbound mirror of the outbound
translation, answers and stream events valid as the Anthropic SDK types them."""

from __future__ import annotations

from typing import Any

import pytest

from kanmon.errors import BadRequestError
from kanmon.providers._anthropic_translate import to_anthropic
from kanmon.wire import ANTHROPIC_EXTRAS, MessagesStream, message_from_chat, messages_to_chat
from tests.wire._conformance import check_message, check_message_event, sse_events

THINKING = {"type": "thinking", "thinking": "I should call it.", "signature": "c2ln"}


def _conversation() -> dict[str, Any]:
    return {
        "model": "m",
        "max_tokens": 300,
        "system": [{"type": "text", "text": "You are terse."}],
        "messages": [
            {"role": "user", "content": "Weather in Oslo?"},
            {
                "role": "assistant",
                "content": [
                    THINKING,
                    {"type": "text", "text": "Let me look."},
                    {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"c": 1}},
                ],
            },
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": "4 degrees"},
                    {"type": "text", "text": "And tomorrow?"},
                ],
            },
        ],
        "tools": [{"name": "weather", "input_schema": {"type": "object"}}],
        "tool_choice": {"type": "any", "disable_parallel_tool_use": True},
        "thinking": {"type": "enabled", "budget_tokens": 128},
        "stop_sequences": ["END"],
        "metadata": {"user_id": "u1"},
        "stream": True,
    }


def test_conversation_with_tools_and_thinking() -> None:
    chat = messages_to_chat(_conversation())
    assert chat["messages"] == [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Weather in Oslo?"},
        {
            "role": "assistant",
            "content": "Let me look.",
            "tool_calls": [
                {
                    "id": "toolu_1",
                    "type": "function",
                    "function": {"name": "weather", "arguments": '{"c":1}'},
                }
            ],
            "thinking_blocks": [THINKING],
        },
        # the tool result comes right after the call, before the rest of the user's turn
        {"role": "tool", "tool_call_id": "toolu_1", "content": "4 degrees"},
        {"role": "user", "content": "And tomorrow?"},
    ]
    assert chat["tool_choice"] == "required" and chat["parallel_tool_calls"] is False
    assert chat["stop"] == ["END"] and chat["user"] == "u1"
    assert chat["stream_options"] == {"include_usage": True}


def test_round_trip_through_the_outbound_adapter_keeps_the_conversation() -> None:
    """An Anthropic deployment gets Messages again: the same turns, blocks and thinking."""
    original = _conversation()
    chat = messages_to_chat(original)
    # The Anthropic adapter puts the Anthropic-only extras back (tests/providers: wire extras).
    chat = {**{k: v for k, v in chat.items() if k != ANTHROPIC_EXTRAS}, **chat[ANTHROPIC_EXTRAS]}
    back = to_anthropic(
        chat,
        model="m",
        default_max_tokens=100,
        thinking_budget=None,
        stream=True,
    )
    assert back["system"] == "You are terse."
    assert back["thinking"] == original["thinking"]
    assert back["max_tokens"] == 300
    assert back["stop_sequences"] == ["END"]
    assert back["tool_choice"] == {"type": "any", "disable_parallel_tool_use": True}
    assert back["messages"][1]["content"][0] == THINKING  # signed block unmodified, first
    assert back["messages"][1]["content"][2]["input"] == {"c": 1}
    assert back["messages"][2]["content"][0] == {
        "type": "tool_result",
        "tool_use_id": "toolu_1",
        "content": [{"type": "text", "text": "4 degrees"}],
    }


@pytest.mark.parametrize(
    ("content", "tools"),
    [
        ([{"type": "search_result", "source": "x"}], None),
        ("hi", [{"type": "web_search_20250305", "name": "web_search"}]),
        ([{"type": "tool_result", "content": "x"}], None),
    ],
)
def test_what_has_no_chat_meaning_is_refused(content: Any, tools: Any) -> None:
    body: dict[str, Any] = {"model": "m", "max_tokens": 5}
    body["messages"] = [{"role": "user", "content": content}]
    if tools:
        body["tools"] = tools
    with pytest.raises(BadRequestError):
        messages_to_chat(body)


def test_answer_with_thinking_text_and_tool_use_is_a_valid_message() -> None:
    chat = {
        "model": "m",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "Calling.",
                    "reasoning_content": "why",
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "f", "arguments": "{"},
                        }
                    ],
                },
                "finish_reason": "tool_calls",
            }
        ],
        "usage": {"prompt_tokens": 9, "completion_tokens": 4},
    }
    msg = message_from_chat("msg_1", "alias", chat)
    check_message(msg)
    assert [b["type"] for b in msg["content"]] == ["thinking", "text", "tool_use"]
    assert msg["content"][2]["input"] == {}  # arguments that are not JSON: the call still shows
    assert msg["stop_reason"] == "tool_use" and msg["model"] == "alias"
    assert msg["usage"]["input_tokens"] == 9


def _chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def test_stream_events_in_anthropic_order() -> None:
    w = MessagesStream("msg_s", "alias")
    data = w.start()
    for c in [
        _chunk({"role": "assistant", "content": ""}),
        _chunk({"reasoning_content": "hm"}),
        _chunk({"thinking_blocks": [{"type": "thinking", "thinking": "hm", "signature": "s1"}]}),
        _chunk({"content": "Hi"}),
        _chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "c1", "function": {"name": "f", "arguments": '{"a"'}}
                ]
            }
        ),
        _chunk({"tool_calls": [{"index": 0, "function": {"arguments": ":1}"}}]}),
        _chunk({}, "tool_calls"),
        {"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 3}},
    ]:
        data += w.feed(c)
    events = sse_events(data + w.end())
    for name, ev in events:
        check_message_event(name, ev)
    names = [n for n, _ in events]
    assert names == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",  # signature_delta
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert events[3][1]["delta"] == {"type": "signature_delta", "signature": "s1"}
    assert events[-2][1]["delta"]["stop_reason"] == "tool_use"
    assert events[-2][1]["usage"]["output_tokens"] == 3

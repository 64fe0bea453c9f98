"""The bytes a Responses or Messages caller receives, byte for byte, against recorded files: the
writers may be rewritten for speed, never so that a client sees a different byte. Each stream
case feeds chat chunks to the endpoint's event writer (head, one write per chunk, tail) with
the clock fixed and is compared to ``data/wire_golden/<shape>_<case>.sse``; each answer case
writes a chat completion as a whole ``response`` or ``message`` (``<shape>_<case>.json``).

When a change to the wire format is intended, rewrite the files and review their diff:
``PYTHONPATH=src python -m tests.gateway.test_gw_wire_golden``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest

from kanmon.errors import KanmonError, PolicyBlockedError, UpstreamError
from kanmon.gateway._messages import _Events as MessagesEvents
from kanmon.gateway._responses import _Events as ResponsesEvents
from kanmon.wire import ResponseShell, message_from_chat, response_from_chat
from tests.wire._conformance import (
    check_message,
    check_message_event,
    check_response,
    check_response_event,
    sse_events,
)

GOLDEN = Path(__file__).parent / "data" / "wire_golden"
NOW = 1764567890.75

Chunk = dict[str, Any]


def _c(delta: Any, finish: str | None = None, **top: Any) -> Chunk:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **top,
    }


def _usage(**u: Any) -> Chunk:
    return {"id": "chatcmpl-1", "choices": [], "usage": u}


def _call(index: int, args: str, call_id: str | None = None, name: str | None = None) -> Chunk:
    fn: dict[str, Any] = {"arguments": args}
    if name is not None:
        fn["name"] = name
    tc: dict[str, Any] = {"index": index, "function": fn}
    if call_id is not None:
        tc |= {"id": call_id, "type": "function"}
    return _c({"tool_calls": [tc]})


#: Text that JSON must escape, or that a writer might be tempted to pass through unescaped.
AWKWARD = 'quote " backslash \\ tab \t nl \n cr \r nul \x00 ctl \x1f </script> é 日本 🚀 \u2028'

WORDS = [_c({"role": "assistant", "content": ""})]
WORDS += [_c({"content": "word word word "}) for _ in range(20)]
WORDS += [_c({}, "stop"), _usage(prompt_tokens=9, completion_tokens=20)]

MIXED = [
    _c({"role": "assistant", "content": ""}),
    _c({"reasoning_content": "Think"}),
    _c({"reasoning_content": "ing " + AWKWARD}),
    _c({"content": "Hel"}),
    _c({"content": "lo " + AWKWARD}),
    _call(0, "", "call_a", "get_weather"),
    _call(1, '{"city":', None, None),  # no id: one is made up
    _call(0, '{"city": "Paris'),
    _call(1, ' "Tōkyō"}', None, "lookup"),  # the name arrives late
    _call(0, '"}'),
    _c({}, "tool_calls"),
    _usage(
        prompt_tokens=120,
        completion_tokens=33,
        total_tokens=160,
        prompt_tokens_details={"cached_tokens": 64},
        completion_tokens_details={"reasoning_tokens": 7},
    ),
]

#: What a writer must skip or survive: other choices, empty and missing deltas, no model.
ODD = [
    {"id": "x", "choices": [{"index": 1, "delta": {"content": "other choice"}}]},
    {"id": "x", "choices": ["not a choice", {"index": 0, "delta": "not a delta"}]},
    {"id": "x", "choices": [{"index": 0, "delta": {"content": "", "reasoning_content": ""}}]},
    {"id": "x", "model": "", "choices": [{"index": "0", "delta": {"content": "a"}}]},
    _c({"reasoning_content": "back to thinking"}),
    _c({"content": "and text again"}),
    _c({"tool_calls": ["not a call"]}),
    {"id": "x", "choices": [{"index": 0, "delta": {}, "finish_reason": "length"}]},
]

FULL_REQUEST = {
    "model": "alias",
    "instructions": "Be brief. " + AWKWARD,
    "input": "hi",
    "max_output_tokens": 256,
    "parallel_tool_calls": False,
    "previous_response_id": "resp_prev",
    "reasoning": {"effort": "low", "summary": "auto"},
    "store": True,
    "temperature": 0.2,
    "text": {"format": {"type": "json_object"}},
    "tool_choice": "required",
    "tools": [
        {"type": "function", "name": "get_weather", "parameters": {"type": "object"}},
        {"type": "function", "name": "lookup", "strict": True, "description": "d"},
        {"type": "web_search_preview"},
        "not a tool",
    ],
    "top_p": 0.9,
    "truncation": "auto",
    "metadata": {"team": "finance", "k": AWKWARD},
    "user": "u-1",
}


@dataclass(frozen=True)
class Case:
    chunks: list[Chunk]
    error: KanmonError | None = None
    request: dict[str, Any] = field(default_factory=lambda: {"model": "gpt-4o-mini"})
    model: str | None = "gpt-4o-mini"  # Messages: the model the caller named


CASES: dict[str, Case] = {
    "words": Case(WORDS),
    "mixed": Case(MIXED, request=FULL_REQUEST),
    "odd": Case(ODD, request={"input": "no model"}, model=None),
    "together": Case(
        [
            {
                "id": "x",
                "model": "upstream-model",
                "usage": {"prompt_tokens": 5, "completion_tokens": 6},
                "choices": [
                    {
                        "index": 0,
                        "delta": {
                            "reasoning_content": "r",
                            "content": "t",
                            "tool_calls": [
                                {
                                    "index": 0,
                                    "id": "c0",
                                    "function": {"name": "f", "arguments": "{}"},
                                },
                                {"index": 1, "id": "c1", "function": {"name": "g"}},
                            ],
                        },
                        "finish_reason": "tool_calls",
                    }
                ],
            }
        ]
    ),
    "filtered": Case([_c({"content": "part"}), _c({}, "content_filter")]),
    "empty": Case([]),
    "blocked": Case(
        [_call(0, '{"a":1}', "call_z", "f"), _c({"content": "the key is AKIA"})],
        error=PolicyBlockedError("The response carried AWS_KEY " + AWKWARD, code="output_blocked"),
    ),
    "upstream_broke": Case(
        [_c({"reasoning_content": "hm"})], error=UpstreamError("Upstream closed the stream.")
    ),
    "codeless": Case([], error=KanmonError("Something broke.")),
}

MESSAGES_ONLY: dict[str, Case] = {
    "signed": Case(
        [
            _c({"reasoning_content": "hm"}),
            _c({"thinking_blocks": [{"type": "thinking", "thinking": "hm", "signature": "s1"}]}),
            _c({"thinking_blocks": ["not a block", {"signature": 5}]}),
            _c({"content": "Hi"}),
            _call(0, '{"a"', "toolu_1", "f"),
            _c({}, "stop"),  # a tool was used: the stop reason says so
            _usage(prompt_tokens=50, completion_tokens=3),
        ]
    ),
}


#: Whole answers (not streamed), written by the same modules.
ANSWERS: dict[str, dict[str, Any]] = {
    "mixed": {
        "id": "chatcmpl-1",
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "reasoning_content": "Think " + AWKWARD,
                    "content": "Hello " + AWKWARD,
                    "refusal": "no " + AWKWARD,
                    "tool_calls": [
                        {"id": "call_a", "function": {"name": "f", "arguments": '{"a": 1}'}},
                        "not a call",
                        {"function": {"name": "g", "arguments": "not json"}},
                        {"id": "call_c", "function": {"name": "h"}},
                    ],
                },
                "finish_reason": "length",
            }
        ],
        "usage": {
            "prompt_tokens": 120,
            "completion_tokens": 33,
            "prompt_tokens_details": {"cached_tokens": 64},
            "completion_tokens_details": {"reasoning_tokens": 7},
        },
    },
    "plain": {"choices": [{"message": {"content": "Hi"}, "finish_reason": "stop"}]},
    "empty": {},
}


@contextmanager
def _fixed_clock() -> Iterator[None]:
    real = time.time
    time.time = lambda: NOW  # the Responses writer stamps completed_at
    try:
        yield
    finally:
        time.time = real


def _write(events: Any, case: Case) -> bytes:
    out = [events.head()] + [events.chunk(c) for c in case.chunks] + [events.tail(case.error)]
    return b"".join(out)


def responses_bytes(case: Case) -> bytes:
    with _fixed_clock():
        shell = ResponseShell("resp_0123abcd", case.request, created_at=1764567800)
        return _write(ResponsesEvents(shell), case)


def messages_bytes(case: Case) -> bytes:
    return _write(MessagesEvents("msg_0123abcd", case.model), case)


def responses_answer(chat: dict[str, Any], request: dict[str, Any]) -> bytes:
    with _fixed_clock():
        shell = ResponseShell("resp_0123abcd", request, created_at=1764567800)
        return orjson.dumps(response_from_chat(shell, chat))


def _all() -> dict[str, bytes]:
    """Every recorded file's name and what the code writes for it now."""
    out = {f"responses_{name}.sse": responses_bytes(case) for name, case in CASES.items()}
    cases = CASES | MESSAGES_ONLY
    out |= {f"messages_{name}.sse": messages_bytes(case) for name, case in cases.items()}
    for name, chat in ANSWERS.items():
        request = FULL_REQUEST if name == "mixed" else {"model": "gpt-4o-mini"}
        out[f"responses_{name}.json"] = responses_answer(chat, request)
        out[f"messages_{name}.json"] = orjson.dumps(message_from_chat("msg_0123", "alias", chat))
    return out


def _recorded() -> list[Path]:
    return sorted(p for p in GOLDEN.iterdir() if p.suffix in (".sse", ".json"))


@pytest.mark.parametrize("path", _recorded(), ids=lambda p: p.name)
def test_recorded_output_is_valid(path: Path) -> None:
    """The recorded files themselves are what the vendors define."""
    responses = path.name.startswith("responses_")
    if path.suffix == ".json":
        answer = orjson.loads(path.read_bytes())
        if responses:
            check_response(answer)
        else:
            check_message(answer)
        return
    events = sse_events(path.read_bytes())
    for kind, ev in events:
        if responses:
            assert ev["type"] == kind
            check_response_event(ev)
        else:
            check_message_event(kind, ev)
    if responses:
        assert [ev["sequence_number"] for _, ev in events] == list(range(len(events)))


@pytest.mark.parametrize("name", sorted(_all()))
def test_bytes_match_the_recorded_ones(name: str) -> None:
    expected = (GOLDEN / name).read_bytes()
    got = _all()[name]
    assert got == expected, f"{name}: first difference at byte " + str(
        next((i for i, (a, b) in enumerate(zip(got, expected, strict=False)) if a != b), None)
    )


def test_every_recorded_file_has_a_case() -> None:
    assert [p.name for p in _recorded()] == sorted(_all())


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for stale in _recorded():
        stale.unlink()
    for name, data in _all().items():
        (GOLDEN / name).write_bytes(data)
        print(f"{name}: {len(data)} B")

"""The output filter on its own: tool-call arguments and reasoning are scanned like content,
in JSON and in streams cut at any point."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kanmon.core import Principal
from kanmon.policy import Policy, PolicyDoc, PolicySteps
from kanmon.request import Exchange
from tests.policy._policies import BASE

STEPS = PolicySteps(Policy(PolicyDoc.model_validate(BASE)), reviews=None)
KEY = "AKIAZ2A4KEY7SECRET5X"
ARGS = '{"cmd": "deploy", "aws_key": "' + KEY + '", "region": "eu-central-1"}'


def _ex() -> Exchange:
    ex = Exchange(endpoint="chat.completions", principal=Principal("k", "n", "t", frozenset()))
    ex.data_class = "internal"
    return ex


def test_json_tool_call_arguments_are_redacted() -> None:
    ex = _ex()
    body = {
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "reasoning_content": f"I will pass {KEY}.",
                    "tool_calls": [{"id": "c", "type": "function",
                                    "function": {"name": "run", "arguments": ARGS}}],
                },
            }
        ]
    }  # fmt: skip
    out = STEPS.on_response(ex, body)
    msg = out["choices"][0]["message"]
    assert KEY not in str(out)
    assert msg["tool_calls"][0]["function"]["arguments"] == ARGS.replace(KEY, "<AWS_ACCESS_KEY>")
    assert ex.findings_out == {"AWS_ACCESS_KEY": 2}


def _chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"id": "x", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, len(ARGS) - 1), max_size=12))
def test_streamed_tool_call_arguments_are_redacted(cuts: list[int]) -> None:
    ex = _ex()
    f = STEPS.for_stream(ex)
    bounds = sorted({0, len(ARGS), *cuts})
    pieces = [ARGS[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    out: list[dict[str, Any]] = []
    first = {
        "index": 0,
        "id": "c",
        "type": "function",
        "function": {"name": "run", "arguments": ""},
    }
    out += f.feed(_chunk({"role": "assistant", "tool_calls": [first]}))
    for p in pieces:
        out += f.feed(_chunk({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}))
    out += f.feed(_chunk({}, finish="tool_calls"))
    out += f.finish()
    args = "".join(
        tc["function"].get("arguments") or ""
        for c in out
        for ch in c["choices"]
        for tc in ch["delta"].get("tool_calls") or ()
    )
    assert args == ARGS.replace(KEY, "<AWS_ACCESS_KEY>")
    assert ex.findings_out == {"AWS_ACCESS_KEY": 1}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, len(ARGS) - 1), st.booleans()), max_size=12))
def test_chunks_in_hand_are_scanned_with_the_next(cuts: list[tuple[int, bool]]) -> None:
    """Chunks fed with ``more`` (the next one already in hand) wait for it: the text comes out
    redacted as when each chunk is scanned, whatever the bursts."""
    ex = _ex()
    f = STEPS.for_stream(ex)
    more_at = dict(cuts)
    bounds = sorted({0, len(ARGS), *more_at})
    out: list[dict[str, Any]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        out += f.feed(_chunk({"content": ARGS[a:b]}), more_at.get(b, False))
    out += f.feed(_chunk({}, finish="stop"))
    out += f.finish()
    text = "".join(ch["delta"].get("content") or "" for c in out for ch in c["choices"])
    assert text == ARGS.replace(KEY, "<AWS_ACCESS_KEY>")
    assert ex.findings_out == {"AWS_ACCESS_KEY": 1}
    assert len(out) == len(bounds)  # one chunk out per chunk in (its text may be empty)

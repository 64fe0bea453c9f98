"""The tools of a chat-completions request and response, whatever wire format they came in:
what policy decides on and what the audit record counts (names and numbers, never content)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kanmon.wire._common import JSON, obj


@dataclass(slots=True)
class ToolUse:
    """``offered``: the function tools the request declares; ``called``: names of the tool
    calls in its history (assistant turns); ``results``: how many tool results it carries."""

    offered: list[str] = field(default_factory=list)
    called: list[str] = field(default_factory=list)
    results: int = 0

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.offered) | frozenset(self.called)


#: Roles of the messages that carry a tool's result back (``function``: the legacy name).
_RESULT_ROLES = frozenset({"tool", "function"})


def tool_use(body: JSON) -> ToolUse | None:
    """The tools ``body`` offers, calls in its history and results it carries; None when it has
    none of them, as most requests have not: then nothing is made for it."""
    use = None
    tools = body.get("tools")
    if tools:
        use = ToolUse()
        for tool in tools if isinstance(tools, list) else ():
            fn = tool.get("function") if isinstance(tool, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("name"), str):
                use.offered.append(fn["name"])
    for msg in body.get("messages") or ():
        # one test for the common case, a message with neither calls nor a tool's result
        if not isinstance(msg, dict) or (
            not msg.get("tool_calls") and msg.get("role") not in _RESULT_ROLES
        ):
            continue
        if use is None:
            use = ToolUse()
        if msg.get("role") in _RESULT_ROLES:
            use.results += 1
        if calls := msg.get("tool_calls"):
            use.called += call_names(calls)
    return use


def call_names(calls: Any) -> list[str]:
    """Names of the function calls in a message's (or a delta's) ``tool_calls``."""
    out = []
    for tc in calls if isinstance(calls, list) else ():
        fn = tc.get("function") if isinstance(tc, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("name"), str) and fn["name"]:
            out.append(fn["name"])
    return out


def count(names: Iterable[str], into: dict[str, int]) -> None:
    for n in names:
        into[n] = into.get(n, 0) + 1


def assistant_turn(response: Any) -> JSON | None:
    """The assistant message of a chat response as kept: a completion, or the chunks of a
    stream put back together (text, reasoning aside, and tool calls)."""
    if isinstance(response, dict):
        choices = response.get("choices")
        first = choices[0] if isinstance(choices, list) and choices else None
        msg = first.get("message") if isinstance(first, dict) else None
        if not isinstance(msg, dict):
            return None
        out: JSON = {"role": "assistant", "content": msg.get("content")}
        if msg.get("tool_calls"):
            out["tool_calls"] = msg["tool_calls"]
        return out
    if not isinstance(response, list):
        return None
    text: list[str] = []
    calls: dict[int, JSON] = {}
    for chunk in response:
        for choice in chunk.get("choices") or () if isinstance(chunk, dict) else ():
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if not isinstance(delta, dict):
                continue
            if isinstance(delta.get("content"), str):
                text.append(delta["content"])
            for tc in delta.get("tool_calls") or ():
                if not isinstance(tc, dict):
                    continue
                fn = obj(tc.get("function"))
                call = calls.setdefault(
                    int(tc.get("index") or 0),
                    {
                        "id": tc.get("id"),
                        "type": "function",
                        "function": {"name": "", "arguments": ""},
                    },
                )
                call["function"]["name"] += fn.get("name") or ""
                call["function"]["arguments"] += fn.get("arguments") or ""
    out = {"role": "assistant", "content": "".join(text) or None}
    if calls:
        out["tool_calls"] = [calls[i] for i in sorted(calls)]
    return out

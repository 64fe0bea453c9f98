"""Scripted tool calls: which tools a request offers and which of them the simulated model calls,
the same in every wire format (chat completions, Responses, Anthropic Messages)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import orjson

from kanmon.simulator._config import ModelBehaviour
from kanmon.simulator._text import content_text

Wire = Literal["chat", "responses", "messages"]


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]

    @property
    def arguments_json(self) -> str:
        return orjson.dumps(self.arguments).decode()


def offered(tools: Any, wire: Wire) -> list[str]:
    names = []
    for tool in tools if isinstance(tools, list) else ():
        if not isinstance(tool, dict):
            continue
        if wire == "chat":
            fn = tool.get("function")
            name = fn.get("name") if isinstance(fn, dict) else None
        else:
            name = tool.get("name")
        if isinstance(name, str):
            names.append(name)
    return names


def _texts(items: Iterable[Any]) -> list[str]:
    return [content_text(i.get("content")) for i in items if isinstance(i, dict)]


def conversation(body: dict[str, Any], wire: Wire) -> tuple[str, bool]:
    """The text a rule's regex searches (system prompt and user turns), and whether the last
    input is a tool result."""
    if wire == "chat":
        msgs = [m for m in body.get("messages") or () if isinstance(m, dict)]
        said = [m for m in msgs if m.get("role") in ("system", "developer", "user")]
        last_tool = bool(msgs) and msgs[-1].get("role") in ("tool", "function")
        return "\n".join(_texts(said)), last_tool
    if wire == "messages":
        msgs = [m for m in body.get("messages") or () if isinstance(m, dict)]
        system = content_text(body.get("system"))
        users = [m for m in msgs if m.get("role") == "user"]
        last = msgs[-1].get("content") if msgs else None
        last_tool = isinstance(last, list) and any(
            isinstance(b, dict) and b.get("type") == "tool_result" for b in last
        )
        return "\n".join([system, *_texts(users)]), last_tool
    raw = body.get("input")
    items = [{"role": "user", "content": raw}] if isinstance(raw, str) else raw or []
    items = [i for i in items if isinstance(i, dict)]
    said = [i for i in items if i.get("role") in ("system", "developer", "user")]
    instructions = body.get("instructions") if isinstance(body.get("instructions"), str) else ""
    last_tool = bool(items) and items[-1].get("type") == "function_call_output"
    return "\n".join([instructions or "", *_texts(said)]), last_tool


def plan_calls(
    behaviour: ModelBehaviour, body: dict[str, Any], wire: Wire, turn: int
) -> list[ToolCall]:
    """The calls the model makes for this request (none after a tool result)."""
    if not behaviour.tool_calls:
        return []
    names = set(offered(body.get("tools"), wire))
    if not names:
        return []
    text, last_tool = conversation(body, wire)
    if last_tool:
        return []
    calls: list[ToolCall] = []
    for rule in behaviour.tool_calls:
        if rule.name in names and re.search(rule.match, text):
            seed = f"{turn}\0{len(calls)}\0{rule.name}\0{text}".encode()
            digest = hashlib.blake2b(seed, digest_size=8).hexdigest()
            calls.append(ToolCall(f"call_sim{digest}", rule.name, dict(rule.arguments)))
    return calls

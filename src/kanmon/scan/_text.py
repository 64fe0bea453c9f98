"""Where the text of a chat request lives, and who wrote it.

A request's text is spread over messages, content parts and tool results. ``text_slots``
lists each piece with its location (``messages[2].content``), its source (``user``, ``tool``,
``document``) and a way to write a redacted version back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_DOC_BLOCK = re.compile(
    r"<(document|doc|context|retrieved|search_results?)\b[^>]*>(.*?)</\1>", re.DOTALL | re.I
)


@dataclass(slots=True)
class TextSlot:
    container: dict[str, Any]
    key: str
    location: str
    source: str

    @property
    def text(self) -> str:
        value = self.container[self.key]
        return value if isinstance(value, str) else ""

    def set(self, text: str) -> None:
        self.container[self.key] = text


def _source(role: str) -> str:
    return "tool" if role in ("tool", "function", "ipython") else role


#: The locations of the first messages' contents, made once rather than per request.
_CONTENT_AT = tuple(f"messages[{i}].content" for i in range(64))


def text_slots(body: dict[str, Any]) -> list[TextSlot]:
    slots: list[TextSlot] = []
    messages = body.get("messages")
    if isinstance(messages, list):
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict):
                continue
            role = msg.get("role", "user")
            source = _source(role if type(role) is str else str(role))
            content = msg.get("content")
            if isinstance(content, str):
                loc = _CONTENT_AT[i] if i < 64 else f"messages[{i}].content"
                slots.append(TextSlot(msg, "content", loc, source))
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        loc = f"messages[{i}].content[{j}].text"
                        slots.append(TextSlot(part, "text", loc, source))
            if "tool_calls" not in msg:
                continue
            for k, tc in enumerate(msg["tool_calls"] or ()):
                fn = tc.get("function") if isinstance(tc, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    loc = f"messages[{i}].tool_calls[{k}].function.arguments"
                    slots.append(TextSlot(fn, "arguments", loc, source))
    if "input" not in body:
        return slots
    inp = body["input"]  # embeddings
    if isinstance(inp, str):
        slots.append(TextSlot(body, "input", "input", "user"))
    elif isinstance(inp, list):
        for j, item in enumerate(inp):
            if isinstance(item, str):
                holder = {"v": item}
                slots.append(_ListSlot(holder, "v", f"input[{j}]", "user", inp, j))
    return slots


@dataclass(slots=True)
class _ListSlot(TextSlot):
    lst: list[Any]
    index: int

    def set(self, text: str) -> None:
        self.lst[self.index] = text
        self.container[self.key] = text


def document_spans(text: str) -> list[tuple[int, int]]:
    """Spans of retrieved documents embedded in a message (``<document>…</document>``)."""
    if "<" not in text:
        return []
    return [m.span(2) for m in _DOC_BLOCK.finditer(text)]

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


def text_slots(body: dict[str, Any]) -> list[TextSlot]:
    slots: list[TextSlot] = []
    messages = body.get("messages")
    if isinstance(messages, list):
        for i, msg in enumerate(messages):
            if not isinstance(msg, dict):
                continue
            source = _source(str(msg.get("role", "user")))
            content = msg.get("content")
            if isinstance(content, str):
                slots.append(TextSlot(msg, "content", f"messages[{i}].content", source))
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        loc = f"messages[{i}].content[{j}].text"
                        slots.append(TextSlot(part, "text", loc, source))
            for k, tc in enumerate(msg.get("tool_calls") or ()):
                fn = tc.get("function") if isinstance(tc, dict) else None
                if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                    loc = f"messages[{i}].tool_calls[{k}].function.arguments"
                    slots.append(TextSlot(fn, "arguments", loc, source))
    inp = body.get("input")  # embeddings
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

"""Reasoning traces, normalised to DeepSeek's ``reasoning_content`` convention.

Upstreams deliver reasoning three ways: a ``reasoning_content`` field (DeepSeek, DashScope,
Z.ai, Moonshot), a ``reasoning`` field (vLLM, Ollama, OpenRouter) or inline ``<think>…</think>``
in ``content`` (raw open-weight serving, MiniMax M2). Clients get one shape.
"""

from __future__ import annotations

import re
from typing import Any

from kanmon.providers.base import JSON, StreamNormaliser

_BLOCKS: dict[str, re.Pattern[str]] = {}


def _block(tag: str) -> re.Pattern[str]:
    if tag not in _BLOCKS:
        _BLOCKS[tag] = re.compile(rf"^\s*<{tag}>(.*?)</{tag}>\s*", re.DOTALL)
    return _BLOCKS[tag]


def split_think_tags(message: dict[str, Any], tag: str = "think") -> None:
    """Move a leading ``<think>`` block (or a ``reasoning`` field) into ``reasoning_content``;
    ``tag`` names another tag a vendor uses (Gemini: ``thought``)."""
    if "reasoning" in message and "reasoning_content" not in message:
        message["reasoning_content"] = message.pop("reasoning")
    content = message.get("content")
    opening = f"<{tag}>"
    if not isinstance(content, str) or opening not in content[:64]:
        return
    m = _block(tag).match(content)
    if m is None:
        # An unterminated block: everything is reasoning (the model hit max_tokens mid-thought).
        stripped = content.lstrip()
        if stripped.startswith(opening):
            message["reasoning_content"] = stripped[len(opening) :]
            message["content"] = ""
        return
    prior = message.get("reasoning_content") or ""
    message["reasoning_content"] = prior + m.group(1).strip("\n")
    message["content"] = content[m.end() :]


class ThinkTagStreamNormaliser(StreamNormaliser):
    """Splits ``<think>`` blocks out of streamed content even when a tag is cut across chunks.

    State is kept per choice index (``n > 1`` interleaves choices in one stream), and text held
    back as a possible partial tag is flushed when its choice finishes or the stream ends, so a
    reply that merely *looks* like the start of a tag is never lost.
    """

    def __init__(self, tag: str = "think") -> None:
        self._splitters: dict[int, _ThinkSplitter] = {}
        self._template: JSON = {}
        self._tag = tag

    def feed(self, chunk: JSON) -> list[JSON]:
        self._template = {k: chunk[k] for k in ("id", "object", "created", "model") if k in chunk}
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                if choice.get("finish_reason") is None:
                    continue
                delta = choice["delta"] = {}
            if "reasoning" in delta and "reasoning_content" not in delta:
                delta["reasoning_content"] = delta.pop("reasoning")
            index = choice.get("index", 0)
            splitter = self._splitters.get(index)
            if splitter is None:
                splitter = self._splitters[index] = _ThinkSplitter(self._tag)
            content = delta.get("content")
            if isinstance(content, str) and content and splitter.state != "answer":
                reasoning, answer = splitter.split(content)
                if reasoning:
                    delta["reasoning_content"] = (delta.get("reasoning_content") or "") + reasoning
                delta["content"] = answer
            if choice.get("finish_reason") is not None:
                splitter.flush_into(delta)
        return [chunk]

    def finish(self) -> list[JSON]:
        chunks: list[JSON] = []
        for index, splitter in self._splitters.items():
            delta: JSON = {}
            splitter.flush_into(delta)
            if delta:
                choice = {"index": index, "delta": delta, "finish_reason": None}
                chunks.append({**self._template, "choices": [choice]})
        return chunks


class _ThinkSplitter:
    """The tag state machine of one choice: start -> (thinking -> after_think ->) answer."""

    def __init__(self, tag: str = "think") -> None:
        self.state = "start"
        self._pending = ""
        self._open = f"<{tag}>"
        self._close = f"</{tag}>"

    def flush_into(self, delta: JSON) -> None:
        """Release held-back text: it was reasoning inside a block, else ordinary content."""
        text, self._pending = self._pending, ""
        if not text:
            return
        key = "reasoning_content" if self.state == "thinking" else "content"
        delta[key] = (delta.get(key) or "") + text

    def split(self, text: str) -> tuple[str, str]:
        """Return (reasoning, answer) for this piece of content, holding back a partial tag."""
        text = self._pending + text
        self._pending = ""
        if self.state == "start":
            stripped = text.lstrip()
            if not stripped:
                self._pending = text
                return "", ""
            if stripped.startswith(self._open):
                self.state = "thinking"
                text = stripped[len(self._open) :]
            elif self._open.startswith(stripped):
                self._pending = text
                return "", ""
            else:
                self.state = "answer"
                return "", text
        if self.state == "after_think":
            # Models put a blank line after </think>; it may arrive in a later chunk than the
            # tag, and it is not part of the answer.
            answer = text.lstrip("\n")
            if answer:
                self.state = "answer"
            return "", answer
        # thinking
        end = text.find(self._close)
        if end >= 0:
            answer = text[end + len(self._close) :].lstrip("\n")
            self.state = "answer" if answer else "after_think"
            return text[:end], answer
        # Keep back a suffix that could be the start of the closing tag.
        for k in range(min(len(self._close) - 1, len(text)), 0, -1):
            if self._close.startswith(text[-k:]):
                self._pending = text[-k:]
                return text[:-k], ""
        return text, ""

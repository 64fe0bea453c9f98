"""The output scan of a stream: one carry-over buffer per choice and per field (content,
reasoning, each tool call's arguments), placeholders restored after redaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kanmon.scan import RestoreStream, StreamRedactor, Vault

#: The order a model writes its fields in; tool calls (``tool:<i>``) come last. ``feed``
#: spells the two text fields' ranks out (0 and 1).
_RANK = {"reasoning_content": 0, "content": 1}
_TOOL_RANK = 2
Key = tuple[int, str]  # (choice index, field: "content" | "reasoning_content" | "tool:<i>")


class StreamFilter:
    """``redactor(tool)`` makes the output scanner of one buffer (bound to the request's policy
    and exchange; ``tool``: the buffer holds a tool call's arguments); ``vault`` restores the
    request's placeholders, if it has any; ``whole`` scans a text that arrives in one piece
    (a tool call's name)."""

    def __init__(
        self,
        redactor: Callable[[bool], StreamRedactor],
        vault: Vault | None,
        whole: Callable[[str], str] | None = None,
    ) -> None:
        self.redactor = redactor
        self.vault = vault
        self.whole = whole
        self.bufs: dict[Key, tuple[StreamRedactor, RestoreStream | None]] = {}
        self.last: dict[str, Any] | None = None
        self.at: dict[int, int] = {}  # per choice, the rank of the field fed last

    def _pass(self, key: Key, text: str, more: bool = False) -> str:
        b = self.bufs.get(key)
        if b is None:
            red = self.redactor(key[1].startswith("tool:"))
            b = (red, RestoreStream(self.vault) if self.vault is not None else None)
            self.bufs[key] = b
        out = b[0].feed(text, more)
        return b[1].feed(out) if b[1] is not None else out

    def _flush(self, key: Key) -> str:
        red, rest = self.bufs.pop(key)
        text = red.finish()
        if rest is not None:
            text = rest.feed(text) + rest.finish()
        return text

    def _flush_before(self, idx: int, field: str, delta: dict[str, Any]) -> None:
        """A model that moved on (reasoning → answer → tool calls) has finished the fields
        before: their held-back tails go out now, in order, not after everything else (a
        window only needs to span one field's chunks)."""
        rank = _RANK.get(field, _TOOL_RANK)
        # callers skip the same field fed again: what ranks below it was flushed as it began
        self.at[idx] = rank
        for key in [k for k in self.bufs if k[0] == idx and _RANK.get(k[1], _TOOL_RANK) < rank]:
            _append(delta, key[1], self._flush(key))

    def feed(self, chunk: dict[str, Any], more: bool = False) -> list[dict[str, Any]]:
        """``more``: the next chunk is in hand, so the text may wait for it to be scanned with
        it (one scan of a burst's text, not one per chunk). Runs once per chunk: the fields a
        delta rarely holds (reasoning, tool calls) are looked for by key before anything else."""
        self.last = chunk
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            idx = choice.get("index") or 0
            if idx.__class__ is not int:
                idx = int(idx)
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                continue
            if "reasoning_content" in delta:
                text = delta["reasoning_content"]
                if text and isinstance(text, str):
                    if self.at.get(idx) != 0:
                        self._flush_before(idx, "reasoning_content", delta)
                    delta["reasoning_content"] = self._pass((idx, "reasoning_content"), text, more)
            text = delta.get("content")
            if text and isinstance(text, str):
                if self.at.get(idx) != 1:
                    self._flush_before(idx, "content", delta)
                delta["content"] = self._pass((idx, "content"), text, more)
            if "tool_calls" in delta:
                self._tool_calls(idx, delta, more)
            if choice.get("finish_reason") is not None:
                for key in [k for k in self.bufs if k[0] == idx]:
                    _append(delta, key[1], self._flush(key))
        return [chunk]

    def _tool_calls(self, idx: int, delta: dict[str, Any], more: bool) -> None:
        calls = delta["tool_calls"]
        if calls and self.at.get(idx) != _TOOL_RANK:
            self._flush_before(idx, "tool:", delta)
        for tc in calls or ():
            fn = tc.get("function") if isinstance(tc, dict) else None
            if self.whole is not None and isinstance(fn, dict) and fn.get("name"):
                if isinstance(fn["name"], str):
                    fn["name"] = self.whole(fn["name"])
            if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                fn["arguments"] = self._pass(
                    (idx, f"tool:{tc.get('index', 0)}"), fn["arguments"], more
                )

    def finish(self) -> list[dict[str, Any]]:
        base = self.last or {}
        out = []
        for key in list(self.bufs):
            text = self._flush(key)
            if text:
                delta: dict[str, Any] = {}
                _append(delta, key[1], text)
                out.append(
                    {
                        "id": base.get("id"),
                        "object": "chat.completion.chunk",
                        "created": base.get("created", 0),
                        "model": base.get("model"),
                        "choices": [{"index": key[0], "delta": delta, "finish_reason": None}],
                    }
                )
        return out


def _append(delta: dict[str, Any], field: str, text: str) -> None:
    if not text:
        return
    if not field.startswith("tool:"):
        delta[field] = (delta.get(field) or "") + text
        return
    index = int(field[5:])
    calls = delta.setdefault("tool_calls", [])
    for tc in calls:
        if isinstance(tc, dict) and tc.get("index", 0) == index:
            fn = tc.setdefault("function", {})
            fn["arguments"] = (fn.get("arguments") or "") + text
            return
    calls.append({"index": index, "function": {"arguments": text}})

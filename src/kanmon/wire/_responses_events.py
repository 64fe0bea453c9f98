"""Chat chunks → the OpenAI Responses event stream, as the bytes the caller receives.

The event order is described in ``_responses_out``. What is written here is spliced from parts
serialised once: the ``response`` object's echo of the request once per stream, each output
item's ids and indexes once per item, and an item's whole text once when it closes (the
``.done`` events and ``response.completed`` repeat it). A delta costs one ``orjson.dumps`` of
its text and one bytes formatting. The golden files in ``tests/gateway/data/wire_golden`` hold
the bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from kanmon.wire._common import JSON
from kanmon.wire._responses_out import (
    ResponseShell,
    call_item,
    message_item,
    outcome,
    reasoning_item,
    text_part,
    usage_of,
)
from kanmon.wire._sse import END, members, opening


def _open(kind: str) -> bytes:
    """A Responses event up to its sequence number, which follows its type."""
    return opening(kind) + b',"sequence_number":'


_CREATED = _open("response.created")
_IN_PROGRESS = _open("response.in_progress")
_ITEM_ADDED = _open("response.output_item.added")
_ITEM_DONE = _open("response.output_item.done")
_PART_ADDED = _open("response.content_part.added")
_PART_DONE = _open("response.content_part.done")
_TEXT_DELTA = _open("response.output_text.delta")
_TEXT_DONE = _open("response.output_text.done")
_REASONING_DELTA = _open("response.reasoning_text.delta")
_REASONING_DONE = _open("response.reasoning_text.done")
_ARGS_DELTA = _open("response.function_call_arguments.delta")
_ARGS_DONE = _open("response.function_call_arguments.done")
_COMPLETED = _open("response.completed")
_INCOMPLETE = _open("response.incomplete")
_FAILED = _open("response.failed")
_ERROR = _open("error")

_TEXT_DELTA_END = b',"logprobs":[]' + END


class _Envelope:
    """The ``response`` object of one stream, with what it echoes of the request serialised
    once (keys in ``ResponseShell.envelope``'s order)."""

    __slots__ = ("after_output", "before_model", "identity", "request_model")

    def __init__(self, shell: ResponseShell) -> None:
        self.identity = b"{" + members(shell.identity()) + b","
        self.before_model = b"," + members(shell.echo_before_model()) + b',"model":'
        self.after_output = b"," + members(shell.echo_after_output())
        self.request_model = shell.request.get("model")

    def render(
        self,
        status: str,
        model: str | None,
        output: bytes = b"[]",
        *,
        completed_at: int | None = None,
        error: JSON | None = None,
        incomplete: JSON | None = None,
        usage: JSON | None = None,
    ) -> bytes:
        state = {
            "status": status,
            "completed_at": completed_at,
            "error": error,
            "incomplete_details": incomplete,
        }
        return b"".join(
            (
                self.identity,
                members(state),
                self.before_model,
                orjson.dumps(model or self.request_model or ""),
                b',"output":',
                output,
                self.after_output,
                b',"usage":' + orjson.dumps(usage) if usage is not None else b"",
                b"}",
            )
        )


@dataclass(slots=True)
class _Item:
    """An open output item: its place in the stream and the text (or arguments) so far."""

    kind: str  # "reasoning" | "message" | "function_call"
    index: int
    id: str
    #: ``,"item_id":…,"output_index":…`` (and ``,"content_index":0`` for text), as its events
    #: carry them after their sequence number
    keys: bytes
    text: list[str] = field(default_factory=list)
    call_id: str = ""
    name: str = ""


class ResponsesStream:
    """Chat chunks in, Responses events out (SSE bytes, numbered by ``sequence_number``). One
    text or reasoning item is open at a time; tool calls stay open until the stream ends,
    since chat streams may interleave their argument deltas."""

    def __init__(self, shell: ResponseShell) -> None:
        self.envelope = _Envelope(shell)
        self.base = shell.id.removeprefix("resp_")
        self.seq = 0
        self.model: str | None = shell.request.get("model")
        self.items = 0
        self.open: _Item | None = None  # the reasoning or message item receiving deltas
        self.calls: dict[int, _Item] = {}  # chat tool-call index -> open function_call item
        self.done_items: dict[int, bytes] = {}  # output index -> the item, serialised
        self.finish_reason: str | None = None
        self.usage: Any = None

    def _ev(self, head: bytes, body: bytes) -> bytes:
        """An event: ``head`` from ``_open``, its sequence number, then ``body`` (the rest of
        its members, each after a comma)."""
        seq = self.seq
        self.seq = seq + 1
        return b"%b%d%b}\n\n" % (head, seq, body)

    def _ev_json(self, head: bytes, fields: JSON) -> bytes:
        return self._ev(head, b"," + members(fields))

    def start(self) -> bytes:
        resp = self.envelope.render("in_progress", self.model)
        return self._ev(_CREATED, b',"response":' + resp) + self._ev(
            _IN_PROGRESS, b',"response":' + resp
        )

    # -- items -----------------------------------------------------------------------------

    def _new(self, kind: str, prefix: str) -> _Item:
        index = self.items
        self.items += 1
        item_id = f"{prefix}_{self.base}_{index}"
        content = b',"content_index":0' if kind != "function_call" else b""
        keys = b',"item_id":%b,"output_index":%d%b' % (orjson.dumps(item_id), index, content)
        return _Item(kind, index, item_id, keys)

    def _open_text(self, kind: str) -> bytes:
        out = self._close_open() if self.open is not None else b""
        if kind == "reasoning":
            item = self._new("reasoning", "rs")
            added = reasoning_item(item.id, "", "in_progress")
            part: JSON = {"type": "reasoning_text", "text": ""}
        else:
            item = self._new("message", "msg")
            added = message_item(item.id, [], "in_progress")
            part = text_part("")
        self.open = item
        return b"".join(
            (
                out,
                self._ev_json(_ITEM_ADDED, {"output_index": item.index, "item": added}),
                self._ev(_PART_ADDED, item.keys + b',"part":' + orjson.dumps(part)),
            )
        )

    def _close_open(self) -> bytes:
        item, self.open = self.open, None
        if item is None:
            return b""
        text = "".join(item.text)  # never empty: an item opens with its first delta
        # Serialised once, spliced into the three events below and the final response.
        text_json = orjson.dumps(text)
        fragment = orjson.Fragment(text_json)
        if item.kind == "reasoning":
            part: JSON = {"type": "reasoning_text", "text": fragment}
            done = reasoning_item(item.id, fragment, "completed")
            text_done = self._ev(_REASONING_DONE, b',"text":' + text_json + item.keys)
        else:
            part = text_part(fragment)
            done = message_item(item.id, [part], "completed")
            text_done = self._ev(
                _TEXT_DONE, b',"text":' + text_json + b',"logprobs":[]' + item.keys
            )
        done_json = orjson.dumps(done)
        self.done_items[item.index] = done_json
        return b"".join(
            (
                text_done,
                self._ev(_PART_DONE, b',"part":' + orjson.dumps(part) + item.keys),
                self._ev(_ITEM_DONE, b',"output_index":%d,"item":%b' % (item.index, done_json)),
            )
        )

    def _close_call(self, item: _Item) -> bytes:
        arguments = "".join(item.text)
        done = orjson.dumps(call_item(item.id, item.call_id, item.name, arguments, "completed"))
        self.done_items[item.index] = done
        return self._ev_json(
            _ARGS_DONE,
            {
                "item_id": item.id,
                "output_index": item.index,
                "name": item.name,
                "arguments": arguments,
            },
        ) + self._ev(_ITEM_DONE, b',"output_index":%d,"item":%b' % (item.index, done))

    # -- chunks ----------------------------------------------------------------------------

    def feed(self, chunk: JSON) -> bytes:
        # Once per chunk of every stream: each value is read once, into a local.
        model = chunk.get("model")
        if model:
            self.model = model
        usage = chunk.get("usage")
        if usage:
            self.usage = usage
        out = b""
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index")
            if index and int(index) != 0:
                continue
            delta = choice.get("delta")
            if delta and isinstance(delta, dict):
                text = delta.get("reasoning_content")
                if text and isinstance(text, str):
                    out += self._text_delta("reasoning", _REASONING_DELTA, text, END)
                text = delta.get("content")
                if text and isinstance(text, str):
                    out += self._text_delta("message", _TEXT_DELTA, text, _TEXT_DELTA_END)
                calls = delta.get("tool_calls")
                if calls:
                    for tc in calls:
                        if isinstance(tc, dict):
                            out += self._call_delta(tc)
            finish = choice.get("finish_reason")
            if finish:
                self.finish_reason = finish
        return out

    def _text_delta(self, kind: str, head: bytes, text: str, end: bytes) -> bytes:
        item = self.open
        opened = b""
        if item is None or item.kind != kind:
            opened = self._open_text(kind)
            item = self.open
            assert item is not None
        item.text.append(text)
        seq = self.seq
        self.seq = seq + 1
        return b'%b%b%d%b,"delta":%b%b' % (opened, head, seq, item.keys, orjson.dumps(text), end)

    def _call_delta(self, tc: JSON) -> bytes:
        out = b""
        idx = int(tc.get("index") or 0)
        fn = tc.get("function")
        if not isinstance(fn, dict):
            fn = {}
        item = self.calls.get(idx)
        if item is None:
            out = self._close_open()
            item = self._new("function_call", "fc")
            item.call_id = str(tc.get("id") or f"call_{self.base}_{idx}")
            item.name = str(fn.get("name") or "")
            self.calls[idx] = item
            added = call_item(item.id, item.call_id, item.name, "", "in_progress")
            out += self._ev_json(_ITEM_ADDED, {"output_index": item.index, "item": added})
        elif fn.get("name") and not item.name:
            item.name = str(fn["name"])
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            item.text.append(args)
            out += self._ev(_ARGS_DELTA, item.keys + b',"delta":' + orjson.dumps(args))
        return out

    def _output(self) -> bytes:
        return b"[" + b",".join(self.done_items[i] for i in sorted(self.done_items)) + b"]"

    def end(self) -> bytes:
        """The events after the last chunk: every open item closed, then the response."""
        out = [self._close_open()]
        out += [self._close_call(item) for item in sorted(self.calls.values(), key=_index)]
        self.calls.clear()
        status, completed_at, incomplete = outcome(self.finish_reason)
        resp = self.envelope.render(
            status,
            self.model,
            self._output(),
            completed_at=completed_at,
            incomplete=incomplete,
            usage=usage_of(self.usage),
        )
        head = _COMPLETED if status == "completed" else _INCOMPLETE
        out.append(self._ev(head, b',"response":' + resp))
        return b"".join(out)

    def fail(self, code: str | None, message: str) -> bytes:
        """The stream broke (upstream, or the output policy cut it): an ``error`` event, then
        ``response.failed`` with what was delivered."""
        error = self._ev_json(_ERROR, {"code": code, "message": message, "param": None})
        resp = self.envelope.render(
            "failed",
            self.model,
            self._output(),
            error={"code": "server_error", "message": message},
        )
        return error + self._ev(_FAILED, b',"response":' + resp)


def _index(item: _Item) -> int:
    return item.index

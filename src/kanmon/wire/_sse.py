"""Server-sent events written from pre-serialised JSON fragments.

A streamed answer repeats the same keys, ids and indexes in every event; only the text and a
counter change. The event writers therefore build those constant parts once (per stream, or per
output item) and splice in what changes, instead of building a dict per event and serialising
it whole. Text is serialised by orjson, whose escaping is that of ``orjson.dumps`` on the
whole event, so the bytes are the same either way.
"""

from __future__ import annotations

from typing import Any

import orjson

#: The end of an event: its data object's closing brace and the blank line.
END = b"}\n\n"


def opening(kind: str) -> bytes:
    """An event's name line and the start of its data object, up to its ``type`` member:
    ``event: <kind>\\ndata: {"type":"<kind>"`` (event names are constants: nothing to escape)."""
    return f'event: {kind}\ndata: {{"type":"{kind}"'.encode()


def members(value: dict[str, Any]) -> bytes:
    """A non-empty JSON object's members without its braces, to splice into another object."""
    return orjson.dumps(value)[1:-1]


def event(kind: str, data: dict[str, Any]) -> bytes:
    """A whole event from a dict whose first key is ``type`` (the rare events: errors)."""
    return b"event: " + kind.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"

"""Reading an upstream's server-sent events, with what arrived together kept together.

An upstream's events often reach the gateway several at a time: one socket read holds a burst
of them (a model that writes faster than the network sends, or a loaded gateway that reads a
stream less often than it is written). ``iter_sse`` yields the events complete in what has
arrived as one list; ``Provider._events`` says of each chunk it hands on whether another one
is already in hand (``kanmon.core.MORE_IN_HAND``). A step that needs to look at the text as a
whole (the output scan) may then wait for the burst's last chunk and look once, at no cost in
latency, since nothing in the burst waits on the network.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp

from kanmon.providers._http import UpstreamProtocolError

#: An event line longer than this is refused rather than buffered without end.
MAX_LINE = 8 * 1024 * 1024


async def iter_sse(content: aiohttp.StreamReader) -> AsyncIterator[list[bytes]]:
    """The data of each server-sent event (multi-line data joined by newlines), in lists: the
    events complete in the bytes in hand when the list is made."""
    data: list[bytes] = []
    partial: list[bytes] = []  # the current line's pieces, before its newline arrives
    size = 0
    while True:
        got = await content.readany()
        if not got:
            break
        if b"\n" not in got:
            partial.append(got)
            size += len(got)
            if size > MAX_LINE:
                raise UpstreamProtocolError("upstream sent an SSE line longer than 8 MiB")
            continue
        if partial:
            partial.append(got)
            got = b"".join(partial)
            partial, size = [], 0
        lines = got.split(b"\n")
        rest = lines.pop()
        if rest:
            partial, size = [rest], len(rest)
        events: list[bytes] = []
        for line in lines:
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line:
                if data:
                    events.append(b"\n".join(data))
                    data = []
            elif line.startswith(b"data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(b" ") else value)
            # "event:", "id:", "retry:" and ":" comment lines carry nothing OpenAI clients need.
        if events:
            yield events
    if partial:
        line = b"".join(partial).rstrip(b"\r")
        if line.startswith(b"data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(b" ") else value)
    if data:
        yield [b"\n".join(data)]

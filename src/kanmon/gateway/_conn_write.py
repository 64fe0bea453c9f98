"""Writes to a client, once per turn of the event loop.

uvicorn writes each ASGI message to the socket as it comes: a JSON answer's head and body are two
``send`` calls, a stream's events one each. When the app sends several messages in one turn of
the loop (a stream whose upstream delivered a run of events in one read, as a busy upstream
does, or a head and its body), each one still cost a system call and a wake-up of the reader.
``Corked`` collects what is written in one turn and hands it to the socket in one write at the
start of the next: nothing waits longer than the turn, and a stream whose events arrive one at a
time goes out one at a time as before. Closing writes what is collected first; aborting drops
it, as the socket would.
"""

from __future__ import annotations

import asyncio
from typing import Any


class Corked:
    """A connection's transport with writes collected per loop turn (module doc). uvicorn's
    protocol and flow control call only what is defined here; anything else is looked up on the
    real transport."""

    __slots__ = ("_t", "_loop", "_parts")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._t = transport
        self._loop = loop
        self._parts: list[bytes] | None = None

    def write(self, data: bytes) -> None:
        parts = self._parts
        if parts is None:
            self._parts = [data]
            self._loop.call_soon(self.flush)
        else:
            parts.append(data)

    def flush(self) -> None:
        parts, self._parts = self._parts, None
        if parts and not self._t.is_closing():
            self._t.write(parts[0] if len(parts) == 1 else b"".join(parts))

    def close(self) -> None:
        self.flush()
        self._t.close()

    def abort(self) -> None:
        self._parts = None
        self._t.abort()

    def is_closing(self) -> bool:
        return self._t.is_closing()

    def pause_reading(self) -> None:
        self._t.pause_reading()

    def resume_reading(self) -> None:
        self._t.resume_reading()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._t.get_extra_info(name, default)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._t, name)

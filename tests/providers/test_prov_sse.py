"""The SSE reader: events that arrived together are handed on saying so (``MORE_IN_HAND``), and
events cut anywhere by the network read the same as whole ones."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from test_prov_base import CHAT, chunk, make_deployment

from kanmon.core import MORE_IN_HAND
from kanmon.providers import HttpClient, UpstreamProtocolError
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

Writer = Callable[[web.StreamResponse], Any]


def _event(text: str) -> bytes:
    return b"data: " + orjson.dumps(chunk({"content": text})) + b"\n\n"


@asynccontextmanager
async def _serve(write: Writer) -> AsyncIterator[OpenAICompatibleProvider]:
    async def handle(request: web.Request) -> web.StreamResponse:
        await request.read()
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        await write(resp)
        await resp.write_eof()
        return resp

    app = web.Application()
    app.router.add_post("/v1/chat/completions", handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    http = HttpClient()
    try:
        url = str(server.make_url("/v1"))
        yield OpenAICompatibleProvider(make_deployment(url), http, "sk-test")
    finally:
        await http.close()
        await server.close()


async def _read(
    provider: OpenAICompatibleProvider, on: Callable[[int], None] | None = None
) -> list[tuple[str | None, bool]]:
    got = []
    async for c in await provider.open_stream(CHAT):
        delta = c["choices"][0]["delta"] if c.get("choices") else {}
        got.append((delta.get("content"), MORE_IN_HAND.get()))
        if on is not None:
            on(len(got))
    return got


async def test_events_in_hand_together_say_another_follows() -> None:
    second = asyncio.Event()

    async def write(resp: web.StreamResponse) -> None:
        await resp.write(_event("a") + _event("b") + _event("c"))  # one burst
        await second.wait()  # the reader handed on all of the first: the second comes apart
        await resp.write(_event("d") + _event("e") + b"data: [DONE]\n\n")

    async with _serve(write) as provider:
        got = await _read(provider, lambda n: second.set() if n == 3 else None)
    assert got == [("a", True), ("b", True), ("c", False), ("d", True), ("e", False)]


async def test_an_event_cut_by_the_network_reads_as_a_whole() -> None:
    whole = _event("split across three reads") + _event("next")
    whole = whole.replace(b"\n\n", b"\r\n\r\n", 1)  # CRLF line ends are read the same

    async def write(resp: web.StreamResponse) -> None:
        for a, b in ((0, 9), (9, 30), (30, len(whole))):
            await resp.write(whole[a:b])
            await asyncio.sleep(0.02)

    async with _serve(write) as provider:
        got = await _read(provider)
    assert [text for text, _ in got] == ["split across three reads", "next"]
    assert got[-1][1] is False


async def test_a_bad_event_ends_the_stream_after_the_good_ones_before_it() -> None:
    async def write(resp: web.StreamResponse) -> None:
        await resp.write(_event("a") + _event("b") + b"data: {not json\n\n" + _event("c"))

    seen: list[Any] = []
    async with _serve(write) as provider:
        with pytest.raises(UpstreamProtocolError):
            async for c in await provider.open_stream(CHAT):
                seen.append((c["choices"][0]["delta"]["content"], MORE_IN_HAND.get()))
    assert seen == [("a", True), ("b", False)]


async def test_a_line_without_end_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kanmon.providers._sse.MAX_LINE", 4096)

    async def write(resp: web.StreamResponse) -> None:
        for _ in range(8):
            await resp.write(b"data: " + b"x" * 1000)
            await asyncio.sleep(0.005)

    async with _serve(write) as provider:
        with pytest.raises(UpstreamProtocolError, match="longer than"):
            await _read(provider)

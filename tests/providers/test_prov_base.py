"""A fake upstream for adapter tests, and the base behaviour every adapter relies on.

The other ``test_prov_*`` modules import ``FakeUpstream``/``fake_upstream`` from here: each test
gets its own aiohttp server on 127.0.0.1, queues canned vendor-shaped answers (JSON or SSE) and
reads back exactly what the adapter sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

import kanmon
from kanmon.core.catalog import Deployment
from kanmon.providers import HttpClient, Provider, UpstreamHTTPError, UpstreamProtocolError
from kanmon.providers.base import JSON, ChunkStream
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

API_KEY = "sk-test-secret-do-not-leak-0123456789"


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Canned:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    sse: list[bytes] | None = None  # written piece by piece, so events arrive separately


class FakeUpstream:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._canned: list[Canned] = []
        self.app = web.Application()
        self.app.router.add_route("POST", "/{tail:.*}", self._handle)
        self.url = ""
        self.http = HttpClient()

    @property
    def last(self) -> Any:
        """The JSON body of the most recent request."""
        return self.requests[-1].body

    def reply_json(
        self, data: Any, status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        self._canned.append(Canned(status, orjson.dumps(data), headers=headers or {}))

    def reply_raw(self, body: bytes, status: int = 200, content_type: str = "text/plain") -> None:
        self._canned.append(Canned(status, body, content_type))

    def reply_sse(self, events: list[Any], *, named: bool = False, done: bool = True) -> None:
        """Each event is a dict (sent as ``data: <json>``) or raw bytes sent as they are.
        ``named`` adds Anthropic-style ``event: <type>`` lines."""
        pieces: list[bytes] = []
        for event in events:
            if isinstance(event, bytes):
                pieces.append(event)
                continue
            line = b"data: " + orjson.dumps(event) + b"\n\n"
            if named:
                line = f"event: {event['type']}\n".encode() + line
            pieces.append(line)
        if done:
            pieces.append(b"data: [DONE]\n\n")
        self._canned.append(Canned(sse=pieces, content_type="text/event-stream"))

    def provider(
        self, cls: type[Provider] = OpenAICompatibleProvider, *, path: str = "/v1", **kwargs: Any
    ) -> Provider:
        return cls(make_deployment(self.url + path, **kwargs), self.http, API_KEY)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        body = orjson.loads(raw) if raw else None
        self.requests.append(Recorded(request.path, dict(request.headers), body))
        canned = self._canned.pop(0)
        if canned.sse is None:
            return web.Response(
                status=canned.status,
                body=canned.body,
                content_type=canned.content_type,
                headers=canned.headers,
            )
        resp = web.StreamResponse(status=canned.status, headers=canned.headers)
        resp.content_type = canned.content_type
        await resp.prepare(request)
        for piece in canned.sse:
            await resp.write(piece)
        await resp.write_eof()
        return resp


@asynccontextmanager
async def fake_upstream() -> AsyncIterator[FakeUpstream]:
    fake = FakeUpstream()
    server = TestServer(fake.app, host="127.0.0.1")
    await server.start_server()
    fake.url = str(server.make_url("")).rstrip("/")
    try:
        yield fake
    finally:
        await fake.http.close()
        await server.close()


def make_deployment(
    url: str,
    *,
    api: str = "openai_compatible",
    alias: str = "vendor-model",
    options: dict[str, Any] | None = None,
) -> Deployment:
    return Deployment(
        id="dep-test",
        model="model-test",
        provider="Test Vendor",
        provider_entity="Test Vendor Ltd",
        provider_jurisdiction="us",
        processing_region="US",
        api=api,
        base_url=url,
        model_alias=alias,
        options=options or {},
        timeout_s=5,
        connect_timeout_s=2,
    )


async def collect(stream: ChunkStream) -> list[JSON]:
    return [chunk async for chunk in stream]


def joined(chunks: list[JSON], key: str) -> str:
    """Concatenate one delta field over every chunk of choice 0."""
    return "".join(
        c["choices"][0]["delta"].get(key) or ""
        for c in chunks
        if c.get("choices") and c["choices"][0].get("delta")
    )


def completion(message: JSON, **extra: Any) -> JSON:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "vendor-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
        **extra,
    }


def chunk(delta: JSON, finish_reason: str | None = None, index: int = 0, **extra: Any) -> JSON:
    choice = {"index": index, "delta": delta, "finish_reason": finish_reason}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "vendor-model",
        "choices": [choice],
        **extra,
    }


USAGE_CHUNK: JSON = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "vendor-model",
    "choices": [],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
}
CHAT = {"model": "vendor-model", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with fake_upstream() as fake:
        yield fake


# -- base behaviour ----------------------------------------------------------------------------


async def test_non_2xx_raises_http_error_with_status_and_retry_after(up: FakeUpstream) -> None:
    up.reply_json({"error": {"message": "slow down"}}, status=429, headers={"Retry-After": "7"})
    with pytest.raises(UpstreamHTTPError) as info:
        await up.provider().chat(CHAT)
    assert info.value.status == 429
    assert info.value.retry_after == 7.0
    assert info.value.retryable
    assert b"slow down" in info.value.body


async def test_invalid_json_is_a_protocol_error(up: FakeUpstream) -> None:
    up.reply_raw(b"<html>gateway hiccup</html>", content_type="text/html")
    with pytest.raises(UpstreamProtocolError):
        await up.provider().chat(CHAT)


async def test_json_that_is_not_an_object_is_a_protocol_error(up: FakeUpstream) -> None:
    up.reply_json([1, 2, 3])
    with pytest.raises(UpstreamProtocolError):
        await up.provider().chat(CHAT)


async def test_stream_status_is_checked_before_the_iterator_is_returned(up: FakeUpstream) -> None:
    up.reply_json({"error": "overloaded"}, status=503)
    with pytest.raises(UpstreamHTTPError) as info:
        await up.provider().open_stream(CHAT)
    assert info.value.status == 503


async def test_malformed_sse_event_is_a_protocol_error(up: FakeUpstream) -> None:
    up.reply_sse([chunk({"content": "ok"}), b"data: {not json\n\n"])
    stream = await up.provider().open_stream(CHAT)
    with pytest.raises(UpstreamProtocolError):
        await collect(stream)


async def test_error_event_mid_stream_is_a_protocol_error(up: FakeUpstream) -> None:
    up.reply_sse([chunk({"content": "ok"}), {"error": {"message": "boom"}}])
    stream = await up.provider().open_stream(CHAT)
    with pytest.raises(UpstreamProtocolError):
        await collect(stream)


async def test_api_key_is_sent_but_never_in_repr(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "hello"}))
    provider = up.provider()
    assert API_KEY not in repr(provider)
    assert "dep-test" in repr(provider)
    await provider.chat(CHAT)
    assert up.requests[-1].headers["Authorization"] == f"Bearer {API_KEY}"
    assert up.requests[-1].path == "/v1/chat/completions"


async def test_upstreams_see_the_gateway_as_the_client(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "hello"}))
    await up.provider().chat(CHAT)
    up.reply_sse([chunk({"content": "ok"})])
    await collect(await up.provider().open_stream(CHAT))
    for request in up.requests[-2:]:
        assert request.headers["User-Agent"] == f"kanmon/{kanmon.__version__}"


async def test_open_stream_asks_for_usage_without_touching_the_callers_body(
    up: FakeUpstream,
) -> None:
    up.reply_sse([chunk({"content": "a"}, "stop"), USAGE_CHUNK])
    body = {**CHAT, "stream_options": {"include_obfuscation": False}}
    before = orjson.dumps(body)
    chunks = await collect(await up.provider().open_stream(body))
    assert orjson.dumps(body) == before
    assert up.last["stream"] is True
    assert up.last["stream_options"] == {"include_obfuscation": False, "include_usage": True}
    assert chunks[-1]["usage"]["total_tokens"] == 12


async def test_think_tags_split_across_chunks_become_reasoning(up: FakeUpstream) -> None:
    pieces = ["<thi", "nk>step one, ", "step two</th", "ink>\n\nThe answer", " is 42."]
    up.reply_sse([chunk({"content": p}) for p in pieces] + [chunk({}, "stop")])
    chunks = await collect(await up.provider().open_stream(CHAT))
    assert joined(chunks, "reasoning_content") == "step one, step two"
    assert joined(chunks, "content") == "The answer is 42."


async def test_text_held_back_as_a_possible_tag_is_flushed(up: FakeUpstream) -> None:
    # "<thi" could open a think block, but the stream finishes: it was content after all.
    up.reply_sse([chunk({"content": "<thi"}), chunk({}, "stop")])
    chunks = await collect(await up.provider().open_stream(CHAT))
    assert joined(chunks, "content") == "<thi"
    # The same when the stream ends with no finish_reason at all.
    up.reply_sse([chunk({"content": "<think>unfinished </thi"})])
    chunks = await collect(await up.provider().open_stream(CHAT))
    assert joined(chunks, "reasoning_content") == "unfinished </thi"


async def test_think_tag_state_is_per_choice(up: FakeUpstream) -> None:
    up.reply_sse(
        [
            chunk({"content": "<think>a"}, index=0),
            chunk({"content": "plain answer"}, index=1),
            chunk({"content": "</think>done"}, index=0),
        ]
    )
    chunks = await collect(await up.provider().open_stream({**CHAT, "n": 2}))
    by_index: dict[int, JSON] = {0: {}, 1: {}}
    for c in chunks:
        for choice in c["choices"]:
            acc = by_index[choice["index"]]
            for key, value in choice["delta"].items():
                acc[key] = acc.get(key, "") + value
    assert by_index[0] == {"reasoning_content": "a", "content": "done"}
    assert by_index[1] == {"content": "plain answer"}


async def test_non_streaming_think_block_is_split(up: FakeUpstream) -> None:
    up.reply_json(completion({"role": "assistant", "content": "<think>\nhmm\n</think>\n\nYes."}))
    data = await up.provider().chat(CHAT)
    message = data["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "Yes.", "reasoning_content": "hmm"}


async def test_a_cookie_an_upstream_sets_never_rides_along_on_the_next_call(
    up: FakeUpstream,
) -> None:
    # One session serves every caller of the gateway: a session cookie handed to one
    # caller's request must not be sent with another's.
    answer = completion({"role": "assistant", "content": "hi"})
    up.reply_json(answer, headers={"Set-Cookie": "session=caller-a; Path=/"})
    up.reply_json(answer)
    # By name: aiohttp's jar keeps no cookies of hosts given by IP address anyway.
    provider = OpenAICompatibleProvider(
        make_deployment(up.url.replace("127.0.0.1", "localhost") + "/v1"), up.http, API_KEY
    )
    await provider.chat(CHAT)
    await provider.chat(CHAT)
    assert "Cookie" not in up.requests[1].headers

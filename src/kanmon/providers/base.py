"""The one interface every upstream adapter implements.

An adapter instance serves one deployment. Its methods make exactly one attempt; retries,
backoff and fallback across deployments belong to the router, so every adapter behaves the same.
Adapters speak OpenAI Chat Completions towards Kanmon whatever the upstream speaks.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

import aiohttp
import orjson

from kanmon.core import MORE_IN_HAND
from kanmon.core.catalog import Deployment
from kanmon.providers._http import (
    TRACE_HEADERS,
    HttpClient,
    UpstreamHTTPError,
    UpstreamProtocolError,
    parse_retry_after,
)
from kanmon.providers._sse import iter_sse
from kanmon.wire import ANTHROPIC_EXTRAS

JSON = dict[str, Any]
ChunkStream = AsyncIterator[JSON]


class Provider:
    """Base adapter. Subclasses usually override only the ``prepare_*``/``normalise_*`` hooks."""

    api: ClassVar[str] = "abstract"
    chat_path: ClassVar[str] = "/chat/completions"
    embeddings_path: ClassVar[str] = "/embeddings"
    #: Ask the upstream for a final usage chunk on streams so every stream is costed.
    request_stream_usage: ClassVar[bool] = True
    #: The Authorization header changes over time (a token exchanged for the key): each call
    #: asks ``auth_headers``. Adapters with a fixed key leave it off and pay nothing for it.
    dynamic_auth: ClassVar[bool] = False

    def __init__(self, deployment: Deployment, http: HttpClient, api_key: str | None) -> None:
        self.deployment = deployment
        self.http = http
        self._api_key = api_key
        self._chat_url = deployment.url + self.chat_path
        self._embeddings_url = deployment.url + self.embeddings_path
        self._headers = self.build_headers(api_key)
        #: A TLS context of the adapter's own (e.g. a vendor's CA bundle); None: the default.
        self.ssl: ssl.SSLContext | None = None
        self._timeout = aiohttp.ClientTimeout(
            total=deployment.timeout_s, sock_connect=deployment.connect_timeout_s
        )
        # Streams may legitimately last minutes: bound the silence between events instead.
        self._stream_timeout = aiohttp.ClientTimeout(
            total=None,
            sock_connect=deployment.connect_timeout_s,
            sock_read=deployment.timeout_s,
        )

    def __repr__(self) -> str:  # never shows the key
        return f"{type(self).__name__}(deployment={self.deployment.id!r})"

    # -- hooks ---------------------------------------------------------------------------------

    def build_headers(self, api_key: str | None) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        return headers

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        """Turn an OpenAI request (model already set to the alias) into the upstream's body."""
        return body

    async def auth_headers(self) -> dict[str, str]:
        """Headers that change per call (``dynamic_auth``), e.g. a fresh access token."""
        return {}

    def _extra(self) -> dict[str, Any]:
        return {"ssl": self.ssl} if self.ssl is not None else {}

    def wire_extras(self, body: JSON) -> JSON:
        """A request that came in as Anthropic Messages carries what only an Anthropic
        upstream understands (``ANTHROPIC_EXTRAS``, signed ``thinking_blocks``); a chat
        upstream gets the request without them."""
        if ANTHROPIC_EXTRAS not in body:
            return body
        out = {k: v for k, v in body.items() if k != ANTHROPIC_EXTRAS}
        out["messages"] = [
            {k: v for k, v in m.items() if k != "thinking_blocks"} if "thinking_blocks" in m else m
            for m in body.get("messages") or ()
        ]
        return out

    def normalise_response(self, data: JSON) -> JSON:
        """Turn the upstream's answer into an OpenAI ``chat.completion``."""
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        """A fresh per-stream state machine turning upstream events into OpenAI chunks."""
        return StreamNormaliser()

    # -- calls ---------------------------------------------------------------------------------

    async def chat(self, body: JSON) -> JSON:
        payload = orjson.dumps(self.prepare_chat(self.wire_extras(body), stream=False))
        data = await self._post_json(self._chat_url, payload)
        return self.normalise_response(data)

    async def embeddings(self, body: JSON) -> JSON:
        return await self._post_json(self._embeddings_url, orjson.dumps(body))

    async def open_stream(self, body: JSON) -> ChunkStream:
        """Connect and check the status; return the chunk iterator only once the upstream said
        yes, so a failure before the first byte can still fall back to another deployment."""
        # Build the full OpenAI request on a copy *before* the adapter translates it: the caller's
        # body must stay untouched (the router may retry it on another deployment, and whether
        # the client itself asked for usage is read from it), and an adapter whose upstream is
        # not OpenAI must see these fields to translate or strip them.
        request = dict(self.wire_extras(body))
        request["stream"] = True
        if self.request_stream_usage:
            opts = dict(request.get("stream_options") or {})
            opts["include_usage"] = True
            request["stream_options"] = opts
        prepared = self.prepare_chat(request, stream=True)
        headers = {**self._headers, "Accept": "text/event-stream"}
        if self.dynamic_auth:
            headers.update(await self.auth_headers())
        if (trace := TRACE_HEADERS.get()) is not None:
            headers.update(trace)
        resp = await self.http.session.post(
            self._chat_url,
            data=orjson.dumps(prepared),
            headers=headers,
            timeout=self._stream_timeout,
            **self._extra(),
        )
        try:
            await self._check(resp)
            if not resp.content_type.startswith("text/event-stream"):
                # Some upstreams ignore ``stream`` (or a proxy strips it) and answer JSON.
                return _completion_as_stream(self.normalise_response(await _json_body(resp)))
        except BaseException:
            resp.release()
            raise
        return self._events(resp)

    async def _events(self, resp: aiohttp.ClientResponse) -> ChunkStream:
        normaliser = self.stream_normaliser()
        try:
            async for events in iter_sse(resp.content):
                # the chunks of the events in hand, then each handed on saying whether another
                # follows without a wait (``MORE_IN_HAND``); a failure after the chunks before it
                out: list[JSON] = []
                failure: Exception | None = None
                ended = False
                for event in events:
                    if event == b"[DONE]":
                        ended = True
                        break
                    try:
                        out += normaliser.feed(_event_json(event))
                    except Exception as e:
                        failure = e
                        break
                if ended:
                    out += normaliser.finish()
                for chunk in _handed(out):
                    yield chunk
                if failure is not None:
                    raise failure
                if ended:
                    return
            for chunk in _handed(normaliser.finish()):
                yield chunk
        finally:
            resp.release()

    async def _post_json(self, url: str, payload: bytes) -> JSON:
        headers = self._headers
        if self.dynamic_auth:
            headers = {**headers, **(await self.auth_headers())}
        if (trace := TRACE_HEADERS.get()) is not None:
            headers = {**headers, **trace}
        async with self.http.session.post(
            url, data=payload, headers=headers, timeout=self._timeout, **self._extra()
        ) as resp:
            await self._check(resp)
            return await _json_body(resp)

    @staticmethod
    async def _check(resp: aiohttp.ClientResponse) -> None:
        if resp.status >= 400:
            body = await resp.read()
            raise UpstreamHTTPError(resp.status, body, parse_retry_after(resp.headers))


class StreamNormaliser:
    """Identity normaliser; adapters subclass it to fix a vendor's stream quirks."""

    def feed(self, chunk: JSON) -> list[JSON]:
        return [chunk]

    def finish(self) -> list[JSON]:
        return []


def _handed(chunks: list[JSON]) -> Iterator[JSON]:
    """The chunks in hand, each handed on saying whether another follows (``MORE_IN_HAND``,
    set in the consumer's context: this runs inside its async generator)."""
    last = len(chunks) - 1
    for i, chunk in enumerate(chunks):
        MORE_IN_HAND.set(i < last)
        yield chunk


def _event_json(event: bytes) -> JSON:
    data = _object(
        event,
        "upstream sent an SSE event that is not JSON",
        "upstream sent an SSE event that is not an object",
    )
    if "error" in data and "choices" not in data:
        raise UpstreamProtocolError("upstream reported an error mid-stream")
    return data


async def _json_body(resp: aiohttp.ClientResponse) -> JSON:
    return _object(
        await resp.read(),
        "upstream answered with invalid JSON",
        "upstream answered with a JSON value that is not an object",
    )


def _object(raw: bytes, invalid: str, not_object: str) -> JSON:
    """``raw`` parsed as a JSON object, or an ``UpstreamProtocolError`` saying what it was."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise UpstreamProtocolError(invalid) from e
    if not isinstance(data, dict):
        raise UpstreamProtocolError(not_object)
    return data


async def _completion_as_stream(data: JSON) -> ChunkStream:
    """Replay a complete ``chat.completion`` as chunks, so the caller still gets a stream."""
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices:
        raise UpstreamProtocolError("upstream answered a stream request with a non-completion")
    base: JSON = {k: data[k] for k in ("id", "created", "model", "system_fingerprint") if k in data}
    deltas = []
    for c in choices:
        msg = c.get("message") or {}
        delta = {k: v for k, v in msg.items() if v is not None}
        deltas.append({"index": c.get("index", 0), "delta": delta, "finish_reason": None})
    yield {**base, "object": "chat.completion.chunk", "choices": deltas}
    yield {
        **base,
        "object": "chat.completion.chunk",
        "choices": [
            {"index": c.get("index", 0), "delta": {}, "finish_reason": c.get("finish_reason")}
            for c in choices
        ],
    }
    if data.get("usage"):
        yield {**base, "object": "chat.completion.chunk", "choices": [], "usage": data["usage"]}

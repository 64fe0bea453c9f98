"""Minimal ASGI plumbing: the hot path avoids framework layers it does not need."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

import orjson

from kanmon.errors import BadRequestError, PayloadTooLargeError
from kanmon.request import Exchange

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

JSON_HEADERS = [(b"content-type", b"application/json")]
SSE_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


class ClientDisconnected(Exception):
    """The caller went away before we finished."""


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                declared = int(value)
            except ValueError:
                raise BadRequestError("Invalid Content-Length header.") from None
            if declared > limit:
                raise PayloadTooLargeError(
                    f"Request body of {declared} bytes exceeds the limit of {limit} bytes."
                )
            break
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnected()
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise PayloadTooLargeError(f"Request body exceeds the limit of {limit} bytes.")
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


async def send_bytes(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def send_json(
    send: Send, status: int, data: Any, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await send_bytes(send, status, orjson.dumps(data), [*JSON_HEADERS, *(headers or ())])


def client(scope: Scope) -> str | None:
    """The peer's address (the proxy's, behind one)."""
    peer = scope.get("client")
    return str(peer[0]) if peer else None


def query_params(scope: Scope) -> dict[str, str]:
    """The query string as one value per name. Blank values are kept (``?limit=`` is a bad
    limit, not the default one) and a name given twice is refused, never one of them kept."""
    raw = scope.get("query_string", b"")
    out: dict[str, str] = {}
    for k, v in parse_qsl(raw.decode("latin-1"), keep_blank_values=True) if raw else ():
        if k in out:
            raise BadRequestError(f"query parameter {k!r} given more than once", param=k)
        out[k] = v
    return out


def response_headers(ex: Exchange) -> list[tuple[bytes, bytes]]:
    """What ties a response to its audit record and says how it was served."""
    h = [(b"x-request-id", ex.request_id.encode())]
    if ex.deployment is not None:
        h.append((b"x-kanmon-deployment", ex.deployment.id.encode()))
    if len(ex.attempts) > 1:
        h.append((b"x-kanmon-fallbacks", str(len(ex.attempts) - 1).encode()))
    h.extend(ex.headers)
    return h

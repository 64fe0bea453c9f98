"""One model call, whatever the wire format: run the request path for an exchange whose body
the entry point translates, and write the result (a JSON body, or a stream of events) back in
the caller's format. Every entry point (chat completions, embeddings, Responses, Messages)
comes through here, so they all run the same steps and fail the same way."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from kanmon.errors import KanmonError
from kanmon.gateway._http import (
    JSON_HEADERS,
    SSE_HEADERS,
    ClientDisconnected,
    Receive,
    Send,
    response_headers,
    send_bytes,
)
from kanmon.gateway._routes import ErrorRender, RouteTable
from kanmon.request import Exchange, RequestPath, StepList


class EventWriter(Protocol):
    """One stream in the caller's format: the bytes before the first chunk, for each chunk
    (the output filters already applied), and to end it (with the error that cut it)."""

    def head(self) -> bytes: ...

    def chunk(self, chunk: dict[str, Any]) -> bytes: ...

    def tail(self, error: KanmonError | None) -> bytes: ...


class Renderer(Protocol):
    """How an entry point writes what the request path returns."""

    def body(self, ex: Exchange, result: dict[str, Any]) -> bytes: ...

    def stream(self, ex: Exchange) -> EventWriter: ...


#: Checks an entry point makes once the steps before the call have run (the data class and
#: the content mode are then known); raising refuses the request through the one error path.
AfterStart = Callable[[Exchange, StepList], Awaitable[None]]


async def run_call(
    path: RequestPath,
    table: RouteTable | None,
    ex: Exchange,
    render: Renderer,
    receive: Receive,
    send: Send,
    *,
    errors: ErrorRender | None = None,
    after_start: AfterStart | None = None,
) -> None:
    try:
        steps = await path.start(ex)
        if after_start is not None:
            await after_start(ex, steps)
        if ex.stream:
            await _stream(path, ex, steps, render.stream(ex), receive, send)
            return
        result = await path.respond(ex, steps)
    except ClientDisconnected:
        ex.status, ex.error_code = 499, "client_disconnected"
        await path.finish_quietly(ex)
        return
    except asyncio.CancelledError:
        path.abandon(ex)
        raise
    except Exception as e:
        assert table is not None, "the app sets the route table before serving"
        await table.fail(send, ex, e, errors)
        return
    await send_bytes(send, 200, render.body(ex, result), [*JSON_HEADERS, *response_headers(ex)])


async def _stream(
    path: RequestPath,
    ex: Exchange,
    steps: StepList,
    writer: EventWriter,
    receive: Receive,
    send: Send,
) -> None:
    run = await path.open_stream(ex, steps)
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [*SSE_HEADERS, *response_headers(ex)],
        }
    )
    # A pending receive() completes when the client disconnects; checking it between events
    # costs nothing and lets us stop paying the upstream for tokens nobody reads.
    gone = asyncio.ensure_future(receive())
    head = writer.head()
    try:
        if head:
            await send({"type": "http.response.body", "body": head, "more_body": True})
        # The upstream is read here and each chunk fed through the run (no generator layer
        # between: this loop runs once per event of every stream).
        async for chunk in run.upstream:
            if gone.done():
                run.close_early(499, "client_disconnected")
                break
            for out in run.feed(chunk):
                data = writer.chunk(out)
                if data:
                    await send({"type": "http.response.body", "body": data, "more_body": True})
        else:
            for out in run.flush():
                data = writer.chunk(out)
                if data:
                    await send({"type": "http.response.body", "body": data, "more_body": True})
    except asyncio.CancelledError:
        run.close_early(499, "cancelled")
        run.abandon()
        raise
    except Exception as e:
        run.failed(e)
    finally:
        await run.close()
        gone.cancel()
    # The final event is only sent once the record is durable, so a caller that saw the end of
    # the stream knows the exchange is on the audit log.
    error = await run.finish()
    if ex.status == 499:
        return
    await send({"type": "http.response.body", "body": writer.tail(error), "more_body": False})

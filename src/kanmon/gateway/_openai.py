"""The OpenAI-compatible endpoints: each reads its wire format into the request state, runs the
one request path, and writes the result back in its wire format."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel

from kanmon.core.catalog import Deployment
from kanmon.errors import NotFoundError
from kanmon.gateway._errors import sse_error
from kanmon.gateway._http import (
    JSON_HEADERS,
    SSE_HEADERS,
    ClientDisconnected,
    Receive,
    Scope,
    Send,
    client,
    read_body,
    response_headers,
    send_bytes,
)
from kanmon.gateway._routes import Call, Params, Reply, RouteTable, endpoint
from kanmon.gateway._schemas import ChatCompletionRequest, EmbeddingsRequest, parse_json, validate
from kanmon.request import Exchange, Operation, RequestPath, StepList
from kanmon.routing import Router

_DONE = b"data: [DONE]\n\n"


@dataclass(slots=True)
class JsonBody:
    """Reads an OpenAI-shaped JSON body once and validates it (the parse step calls it)."""

    scope: Scope
    receive: Receive
    limit: int
    schema: type[BaseModel]

    async def read(self) -> dict[str, Any]:
        body = parse_json(await read_body(self.scope, self.receive, self.limit))
        validate(self.schema, body)
        return body


class OpenAIApi:
    def __init__(self, path: RequestPath, router: Router, max_body: int) -> None:
        self.path = path
        self.router = router
        self.max_body = max_body
        self.table: RouteTable | None = None  # set by the app: the one error path

    # -- POST /v1/chat/completions, POST /v1/embeddings ------------------------------------------

    @endpoint(
        "POST",
        "/v1/chat/completions",
        "chat.completions",
        roles=("app",),
        body=ChatCompletionRequest,
        raw=True,
    )
    async def chat(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Create a chat completion (JSON or server-sent events), through every step."""
        await self._run("chat.completions", "chat", ChatCompletionRequest, scope, receive, send)

    @endpoint(
        "POST", "/v1/embeddings", "embeddings", roles=("app",), body=EmbeddingsRequest, raw=True
    )
    async def embeddings(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Create embeddings, through every step."""
        await self._run("embeddings", "embeddings", EmbeddingsRequest, scope, receive, send)

    async def _run(
        self,
        name: str,
        operation: Operation,
        schema: type[BaseModel],
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        ex = Exchange(
            endpoint=name,
            operation=operation,
            request_headers=scope["headers"],
            client=client(scope),
            inbound=JsonBody(scope, receive, self.max_body, schema),
        )
        try:
            steps = await self.path.start(ex)
            if ex.stream:
                await self._stream(ex, steps, receive, send)
                return
            result = await self.path.respond(ex, steps)
        except ClientDisconnected:
            ex.status, ex.error_code = 499, "client_disconnected"
            await self.path.finish_quietly(ex)
            return
        except asyncio.CancelledError:
            self.path.abandon(ex)
            raise
        except Exception as e:
            assert self.table is not None
            await self.table.fail(send, ex, e)
            return
        await send_bytes(send, 200, orjson.dumps(result), [*JSON_HEADERS, *response_headers(ex)])

    async def _stream(self, ex: Exchange, steps: StepList, receive: Receive, send: Send) -> None:
        run = await self.path.open_stream(ex, steps)
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
        try:
            async for chunk in run.upstream:
                if gone.done():
                    run.close_early(499, "client_disconnected")
                    break
                for out in run.feed(chunk):
                    await send(
                        {
                            "type": "http.response.body",
                            "body": b"data: " + orjson.dumps(out) + b"\n\n",
                            "more_body": True,
                        }
                    )
            else:
                for out in run.flush():
                    await send(
                        {
                            "type": "http.response.body",
                            "body": b"data: " + orjson.dumps(out) + b"\n\n",
                            "more_body": True,
                        }
                    )
        except asyncio.CancelledError:
            run.close_early(499, "cancelled")
            run.abandon()
            raise
        except Exception as e:
            run.failed(e)
        finally:
            await run.close()
            gone.cancel()
        # The final event is only sent once the record is durable, so a caller that saw
        # [DONE] knows the exchange is on the audit log.
        error = await run.finish()
        if ex.status == 499:
            return
        tail = (sse_error(error, ex.request_id) if error else b"") + _DONE
        await send({"type": "http.response.body", "body": tail, "more_body": False})

    # -- GET /v1/models, GET /v1/models/{model} --------------------------------------------------

    def _model(self, name: str, chain: list[Deployment]) -> dict[str, Any]:
        return {
            "id": name,
            "object": "model",
            "created": 0,
            "owned_by": "kanmon",
            "kanmon": {
                "deployments": [
                    {
                        "id": d.id,
                        "provider": d.provider,
                        "processing_region": d.processing_region,
                        "provider_jurisdiction": d.provider_jurisdiction,
                        "simulated": d.simulated,
                    }
                    for d in chain
                ]
            },
        }

    @endpoint("GET", "/v1/models", "models", roles=("app",))
    async def models(self, call: Call) -> Reply:
        """The models this key may use, with the deployments behind each."""
        data = []
        for name in self.router.model_names():
            chain = self.router.chain(name)
            if chain is not None and call.principal.may_use(name):
                data.append(self._model(name, chain))
        return Reply({"object": "list", "data": data})

    @endpoint("GET", "/v1/models/{model}", "models.retrieve", roles=("app",))
    async def model(self, call: Call) -> Reply:
        """One model this key may use, with the deployments behind it (``models.retrieve``)."""
        name = call.params["model"]
        chain = self.router.chain(name)
        if chain is None or not call.principal.may_use(name):
            raise NotFoundError(
                f"The model {name!r} does not exist or is not available to this key.",
                param="model",
            )
        call.ex.model = name
        return Reply(self._model(name, chain))

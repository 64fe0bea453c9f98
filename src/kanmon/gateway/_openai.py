"""The OpenAI-compatible endpoints: each reads its wire format into the request state, runs the
one request path, and writes the result back in its wire format."""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel

from kanmon.core.catalog import Deployment
from kanmon.errors import KanmonError, NotFoundError
from kanmon.gateway._errors import sse_error
from kanmon.gateway._http import (
    Receive,
    Scope,
    Send,
    client,
    read_body,
)
from kanmon.gateway._model_call import run_call
from kanmon.gateway._routes import Call, Params, Reply, RouteTable, endpoint
from kanmon.gateway._schemas import ChatCompletionRequest, EmbeddingsRequest, check, parse_json
from kanmon.request import Exchange, Operation, RequestPath
from kanmon.routing import Router

_DONE = b"data: [DONE]\n\n"


class _ChatEvents:
    """Chat chunks as OpenAI sends them: one ``data:`` line each, ``[DONE]`` at the end."""

    def __init__(self, ex: Exchange) -> None:
        self.ex = ex

    def head(self) -> bytes:
        return b""

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        return b"data: " + orjson.dumps(chunk) + b"\n\n"

    def tail(self, error: KanmonError | None) -> bytes:
        return (sse_error(error, self.ex.request_id) if error else b"") + _DONE


class _ChatRenderer:
    def body(self, ex: Exchange, result: dict[str, Any]) -> bytes:
        return orjson.dumps(result)

    def stream(self, ex: Exchange) -> _ChatEvents:
        return _ChatEvents(ex)


_CHAT = _ChatRenderer()


@dataclass(slots=True)
class JsonBody:
    """Reads an OpenAI-shaped JSON body once and validates it (the parse step calls it)."""

    scope: Scope
    receive: Receive
    limit: int
    schema: type[BaseModel]

    async def read(self) -> dict[str, Any]:
        body = parse_json(await read_body(self.scope, self.receive, self.limit))
        check(self.schema, body)
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
    def chat(self, scope: Scope, receive: Receive, send: Send, params: Params) -> Awaitable[None]:
        """Create a chat completion (JSON or server-sent events), through every step."""
        # The request's coroutine is run_call's own: no frame of this method stays on the stack.
        ex = self._exchange("chat.completions", "chat", ChatCompletionRequest, scope, receive)
        return run_call(self.path, self.table, ex, _CHAT, receive, send)

    @endpoint(
        "POST", "/v1/embeddings", "embeddings", roles=("app",), body=EmbeddingsRequest, raw=True
    )
    def embeddings(
        self, scope: Scope, receive: Receive, send: Send, params: Params
    ) -> Awaitable[None]:
        """Create embeddings, through every step."""
        ex = self._exchange("embeddings", "embeddings", EmbeddingsRequest, scope, receive)
        return run_call(self.path, self.table, ex, _CHAT, receive, send)

    def _exchange(
        self,
        name: str,
        operation: Operation,
        schema: type[BaseModel],
        scope: Scope,
        receive: Receive,
    ) -> Exchange:
        # Not a coroutine of its own: each await level is paid again at every resumption of
        # the request (the upstream's answer, the audit commit).
        return Exchange(
            endpoint=name,
            operation=operation,
            request_headers=scope["headers"],
            client=client(scope),
            inbound=JsonBody(scope, receive, self.max_body, schema),
        )

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

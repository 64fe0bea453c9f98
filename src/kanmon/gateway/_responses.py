"""``POST /v1/responses``: OpenAI's Responses API, translated to chat completions for the one
request path and written back as a ``response`` object or its event stream.

``previous_response_id`` continues a conversation that the audit log kept the content of:
Kanmon holds no conversation state of its own, so it works only where the content mode keeps
content (``full``, or ``encrypted`` with the key) both for the earlier exchange and for this
one; anything else is a 400 that says why. ``store`` defaults to false; ``store: true`` is
refused where the content mode would not keep the exchange.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson

from kanmon.audit import ContentSealer, stored_exchange
from kanmon.errors import BadRequestError, KanmonError
from kanmon.gateway._http import Receive, Scope, Send, client, read_body
from kanmon.gateway._model_call import run_call
from kanmon.gateway._routes import Params, RouteTable, endpoint
from kanmon.gateway._schemas import check, parse_json
from kanmon.gateway._wire_schemas import ResponsesRequest
from kanmon.request import Exchange, RequestPath, StepList
from kanmon.store import Database
from kanmon.wire import (
    ResponseShell,
    ResponsesStream,
    assistant_turn,
    response_from_chat,
    response_id,
    responses_to_chat,
)

ENDPOINT = "responses"


class _Events:
    def __init__(self, shell: ResponseShell) -> None:
        self.writer = ResponsesStream(shell)

    def head(self) -> bytes:
        return self.writer.start()

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        return self.writer.feed(chunk)

    def tail(self, error: KanmonError | None) -> bytes:
        if error is not None:
            return self.writer.fail(error.code, error.message)
        return self.writer.end()


@dataclass(slots=True)
class ResponsesBody:
    """Reads a Responses body once (the parse step calls it), with the conversation a
    ``previous_response_id`` stands for, and keeps what the response echoes."""

    api: ResponsesApi
    scope: Scope
    receive: Receive
    ex: Exchange
    request: dict[str, Any] = field(default_factory=dict)
    shell: ResponseShell | None = None

    async def read(self) -> dict[str, Any]:
        body = parse_json(await read_body(self.scope, self.receive, self.api.max_body))
        check(ResponsesRequest, body)
        self.request = body
        self.ex.wire_request = body
        self.shell = ResponseShell(response_id(self.ex.request_id), body)
        history = None
        if body.get("previous_response_id"):
            history = await self.api.history(self.ex, body["previous_response_id"])
        return responses_to_chat(body, history)

    def body(self, ex: Exchange, result: dict[str, Any]) -> bytes:
        assert self.shell is not None
        return orjson.dumps(response_from_chat(self.shell, result))

    def stream(self, ex: Exchange) -> _Events:
        assert self.shell is not None
        return _Events(self.shell)


class ResponsesApi:
    def __init__(
        self,
        path: RequestPath,
        max_body: int,
        db: Database,
        sealer: ContentSealer,
    ) -> None:
        self.path = path
        self.max_body = max_body
        self.db = db
        self.sealer = sealer
        self.table: RouteTable | None = None  # set by the app: the one error path

    @endpoint("POST", "/v1/responses", ENDPOINT, roles=("app",), body=ResponsesRequest, raw=True)
    async def create(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Create a model response (OpenAI Responses API; JSON or server-sent events),
        translated to chat completions and run through every step."""
        ex = Exchange(
            endpoint=ENDPOINT,
            operation="chat",
            request_headers=scope["headers"],
            client=client(scope),
        )
        reader = ResponsesBody(self, scope, receive, ex)
        ex.inbound = reader
        await run_call(self.path, self.table, ex, reader, receive, send, after_start=_kept)

    async def history(self, ex: Exchange, previous: str) -> list[dict[str, Any]]:
        """The earlier conversation, in chat shape: its request's messages and its answer."""
        assert ex.principal is not None
        request_id = "req_" + previous.removeprefix("resp_")
        found = await asyncio.to_thread(
            stored_exchange, self.db, self.sealer, request_id, ex.principal.key_id, ENDPOINT
        )
        if found is None:
            raise BadRequestError(
                f"Previous response {previous!r} cannot be continued: it does not exist for "
                "this key, or the audit log did not keep its content (previous_response_id "
                "needs the content mode full or encrypted).",
                code="previous_response_not_found",
                param="previous_response_id",
            )
        request, response = found
        messages = [m for m in request.get("messages") or () if isinstance(m, dict)]
        turn = assistant_turn(response)
        return [*messages, turn] if turn is not None else messages


async def _kept(ex: Exchange, steps: StepList) -> None:
    """``store`` and ``previous_response_id`` need this exchange's content kept."""
    reader = ex.inbound
    assert isinstance(reader, ResponsesBody)
    wants = [k for k in ("previous_response_id", "store") if reader.request.get(k)]
    if wants and not steps.finish.keeps_content(ex):
        raise BadRequestError(
            f"{' and '.join(wants)} need the conversation kept, and the content mode for data "
            f"class {ex.data_class or 'of this request'!r} keeps no content (it must be full or "
            "encrypted); send the whole conversation in input instead.",
            code="content_not_kept",
            param=wants[0],
        )

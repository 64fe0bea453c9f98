"""``POST /v1/messages``: Anthropic's Messages API inbound, translated to chat completions for
the one request path (an Anthropic deployment gets Messages again from its adapter) and written
back as a ``message`` or its event stream; errors in Anthropic's shape.

The key comes as ``x-api-key`` (or ``Authorization: Bearer``); ``anthropic-version`` is checked
when sent (a date, such as 2023-06-01) and may be left out.
``/v1/messages/count_tokens`` answers with Kanmon's counted estimate (about four characters of
Latin-script text per token), marked as such: nothing is sent upstream for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from kanmon.errors import BadRequestError, KanmonError, NotFoundError
from kanmon.gateway._errors import anthropic_error_body, anthropic_error_type
from kanmon.gateway._http import Receive, Scope, Send, client, read_body
from kanmon.gateway._model_call import run_call
from kanmon.gateway._routes import Call, Params, Reply, RouteTable, endpoint
from kanmon.gateway._schemas import check, parse_json
from kanmon.gateway._wire_schemas import CountTokensRequest, MessagesRequest
from kanmon.request import Exchange, RequestPath, estimate_tokens
from kanmon.routing import Router
from kanmon.wire import MessagesStream, message_from_chat, message_id, messages_to_chat

ENDPOINT = "messages"
#: Anthropic's versions are dates (2023-06-01 is the one its Messages API documents); the
#: shape is checked, and the wire format served is the same for all of them.
VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Events:
    def __init__(self, mid: str, model: str | None) -> None:
        self.writer = MessagesStream(mid, model)

    def head(self) -> bytes:
        return self.writer.start()

    def chunk(self, chunk: dict[str, Any]) -> bytes:
        return self.writer.feed(chunk)

    def tail(self, error: KanmonError | None) -> bytes:
        if error is not None:
            return self.writer.fail(anthropic_error_type(error.status), error.message)
        return self.writer.end()


@dataclass(slots=True)
class MessagesBody:
    """Reads a Messages body once (the parse step calls it) and writes the answer back."""

    scope: Scope
    receive: Receive
    limit: int
    ex: Exchange

    async def read(self) -> dict[str, Any]:
        _check_version(self.scope["headers"])
        body = parse_json(await read_body(self.scope, self.receive, self.limit))
        check(MessagesRequest, body)
        self.ex.wire_request = body
        return messages_to_chat(body)

    def body(self, ex: Exchange, result: dict[str, Any]) -> bytes:
        return orjson.dumps(message_from_chat(message_id(ex.request_id), ex.model, result))

    def stream(self, ex: Exchange) -> _Events:
        return _Events(message_id(ex.request_id), ex.model)


def _check_version(headers: Any) -> None:
    for name, value in headers:
        if name == b"anthropic-version":
            version = value.decode("latin-1").strip()
            if not VERSION.match(version):
                raise BadRequestError(
                    f"anthropic-version {version!r} is not a version date such as 2023-06-01.",
                    code="unsupported_version",
                    param="anthropic-version",
                )


class MessagesApi:
    def __init__(self, path: RequestPath, router: Router, max_body: int) -> None:
        self.path = path
        self.router = router
        self.max_body = max_body
        self.table: RouteTable | None = None  # set by the app: the one error path

    @endpoint("POST", "/v1/messages", ENDPOINT, roles=("app",), body=MessagesRequest, raw=True)
    async def create(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Create a message (Anthropic Messages API; JSON or server-sent events), translated
        to chat completions and run through every step."""
        ex = Exchange(
            endpoint=ENDPOINT,
            operation="chat",
            request_headers=scope["headers"],
            client=client(scope),
        )
        reader = MessagesBody(scope, receive, self.max_body, ex)
        ex.inbound = reader
        await run_call(
            self.path, self.table, ex, reader, receive, send, errors=anthropic_error_body
        )

    @endpoint(
        "POST",
        "/v1/messages/count_tokens",
        "messages.count_tokens",
        roles=("app",),
        body=CountTokensRequest,
    )
    async def count_tokens(self, call: Call) -> Reply:
        """Count a Messages request's input tokens: Kanmon's counted estimate, not the
        upstream tokenizer's; nothing is sent upstream."""
        _check_version(call.ex.request_headers)
        req: CountTokensRequest = call.body
        if self.router.chain(req.model) is None or not call.principal.may_use(req.model):
            raise NotFoundError(
                f"The model {req.model!r} does not exist or is not available to this key.",
                param="model",
            )
        call.ex.model = req.model
        body = req.model_dump(mode="json", exclude_none=True)
        chat = messages_to_chat({**body, "max_tokens": 1})
        text = [m.get("content") for m in chat["messages"]]
        parts = [t for t in text if isinstance(t, str)]
        parts += [orjson.dumps(t).decode() for t in text if isinstance(t, list)]
        if chat.get("tools"):
            parts.append(orjson.dumps(chat["tools"]).decode())
        for m in chat["messages"]:
            parts += [orjson.dumps(m["tool_calls"]).decode()] if m.get("tool_calls") else []
        tokens = sum(estimate_tokens(p) for p in parts) + 4 * len(chat["messages"])
        return Reply({"input_tokens": tokens, "kanmon": {"estimated": True}})

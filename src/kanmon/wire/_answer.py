"""A chat completion answered in the wire format its request came in (a held request, run
after review, is polled back in the caller's own format)."""

from __future__ import annotations

from typing import Any

from kanmon.wire._messages_out import message_from_chat, message_id
from kanmon.wire._responses_out import ResponseShell, response_from_chat, response_id

JSON = dict[str, Any]


def answer_as(endpoint: str, request: JSON, request_id: str, chat: JSON) -> JSON:
    """``chat`` as the answer to ``request``, a ``responses`` or ``messages`` request whose
    exchange was ``request_id``; other endpoints get the chat completion itself."""
    if endpoint == "responses":
        return response_from_chat(ResponseShell(response_id(request_id), request), chat)
    if endpoint == "messages":
        model = request.get("model") if isinstance(request.get("model"), str) else None
        return message_from_chat(message_id(request_id), model, chat)
    return chat

"""The parse step: the entry point's body, in the operation's shape, and what it asks for."""

from __future__ import annotations

from kanmon.request._exchange import Exchange
from kanmon.wire import count, tool_use


async def parse_step(ex: Exchange) -> None:
    if ex.body is None:
        assert ex.inbound is not None, "an entry point gives a body or a way to read it"
        ex.body = await ex.inbound.read()
    body = ex.body
    ex.model = body["model"]
    ex.stream = ex.operation == "chat" and bool(body.get("stream"))
    if ex.operation == "chat" and (use := tool_use(body)) is not None:
        ex.tools_offered = use.offered
        ex.tool_results_in = use.results
        count(use.called, ex.tool_calls_in)

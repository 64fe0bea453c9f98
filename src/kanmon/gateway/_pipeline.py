"""The plug points of the request path, and their order, fixed in one place.

    auth → parse → [input steps: scan → classify → policy → governance] → route → call
         → [served steps] → [output filters: scan output] → audit

Auth, parse, route, call and audit are the gateway's own; later concerns plug in as
``InputStep``s (run in order before routing; may change ``ex.candidates``, ``ex.body``,
``ex.decision`` or raise a ``RequestError`` to refuse), ``ServedStep``s (run once the router
has chosen ``ex.deployment``, for JSON, streams and embeddings alike; e.g. to cite the approval of
the deployment that served) and ``OutputFilter``s (see a complete
response, or every chunk of a stream, before the caller does). With nothing plugged in the hot
path pays for nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kanmon.gateway._exchange import Exchange

InputStep = Callable[[Exchange], Awaitable[None]]
ServedStep = Callable[[Exchange], None]


class ChunkFilter(Protocol):
    """Per-stream state: sees each chunk in order; returns the chunks to forward."""

    def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]: ...

    def finish(self) -> list[dict[str, Any]]: ...


class OutputFilter(Protocol):
    def on_response(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]: ...

    def for_stream(self, ex: Exchange) -> ChunkFilter: ...


@dataclass(frozen=True, slots=True)
class Pipeline:
    input_steps: Sequence[InputStep] = field(default_factory=tuple)
    output_filters: Sequence[OutputFilter] = field(default_factory=tuple)
    served_steps: Sequence[ServedStep] = field(default_factory=tuple)

    async def before_route(self, ex: Exchange) -> None:
        for step in self.input_steps:
            await step(ex)

    def served(self, ex: Exchange) -> None:
        for step in self.served_steps:
            step(ex)

    def after_response(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]:
        for f in self.output_filters:
            body = f.on_response(ex, body)
        return body

    def stream_filters(self, ex: Exchange) -> list[ChunkFilter]:
        return [f.for_stream(ex) for f in self.output_filters]

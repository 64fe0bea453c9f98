"""Wraps every step of a gateway's declared list so a test sees which steps each request ran."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

from kanmon.request import ChunkFilter, Exchange, StepList
from kanmon.wiring import Services

Seen = dict[str, list[str]]


class _Call:
    def __init__(self, inner: Any, seen: Seen) -> None:
        self.inner, self.seen = inner, seen

    async def chat(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]:
        self.seen[ex.request_id].append("call")
        result: dict[str, Any] = await self.inner.chat(ex, body)
        return result

    async def open_stream(self, ex: Exchange, body: dict[str, Any]) -> AsyncIterator[Any]:
        self.seen[ex.request_id].append("call")
        stream: AsyncIterator[Any] = await self.inner.open_stream(ex, body)
        return stream

    async def embeddings(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]:
        self.seen[ex.request_id].append("call")
        result: dict[str, Any] = await self.inner.embeddings(ex, body)
        return result


class _Output:
    def __init__(self, name: str, inner: Any, seen: Seen) -> None:
        self.name, self.inner, self.seen = name, inner, seen

    def on_response(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]:
        self.seen[ex.request_id].append(self.name)
        result: dict[str, Any] = self.inner.on_response(ex, body)
        return result

    def for_stream(self, ex: Exchange) -> ChunkFilter:
        self.seen[ex.request_id].append(self.name)
        f: ChunkFilter = self.inner.for_stream(ex)
        return f


class _Finish:
    def __init__(self, inner: Any, seen: Seen) -> None:
        self.inner, self.seen = inner, seen

    async def finish(self, ex: Exchange) -> None:
        self.seen[ex.request_id].append("audit")
        await self.inner.finish(ex)

    def abandon(self, ex: Exchange) -> None:
        self.seen[ex.request_id].append("audit")
        self.inner.abandon(ex)

    def keeps_content(self, ex: Exchange) -> bool:
        keeps: bool = self.inner.keeps_content(ex)
        return keeps


def _before(name: str, step: Any, seen: Seen) -> Any:
    async def run(ex: Exchange) -> None:
        seen[ex.request_id].append(name)
        await step(ex)

    return run


def _served(name: str, step: Any, seen: Seen) -> Any:
    def run(ex: Exchange) -> None:
        seen[ex.request_id].append(name)
        step(ex)

    return run


def record_steps(services: Services) -> Seen:
    """Wrap every step of the services' list; returns request id → the steps it ran."""
    seen: Seen = defaultdict(list)
    s: StepList = services.path.steps
    services.path.steps = StepList(
        before=tuple((n, _before(n, f, seen)) for n, f in s.before),
        call=_Call(s.call, seen),
        served=tuple((n, _served(n, f, seen)) for n, f in s.served),
        output=tuple((n, _Output(n, f, seen)) for n, f in s.output),
        finish=_Finish(s.finish, seen),
    )
    return seen

"""The kinds of step a request passes through, and the list that orders them.

    before the call   auth → parse → route → scan → classify → decide → approval → hold → reserve
    the call          call (candidates in order, retries, fallback)
    after the call    served (e.g. cite the approval of the deployment that served)
                      output (see the whole response, or each chunk of a stream)
    the end           audit (the record, durable before the response ends; settles the budget)
    after the end     observers (metrics, traces, logs) see the finished exchange, once

The concrete list is declared once, in ``kanmon.wiring``; every entry point runs it through a
``RequestPath``. The types here import nothing above the request state.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from kanmon.request._exchange import Exchange

InputStep = Callable[[Exchange], Awaitable[None]]
ServedStep = Callable[[Exchange], None]
ChunkStream = AsyncIterator[dict[str, Any]]


class ChunkFilter(Protocol):
    """Per-stream state: sees each chunk in order; returns the chunks to forward. ``more``: the
    next chunk is already in hand (``kanmon.core.MORE_IN_HAND``), so work over the text as
    a whole may wait for it; with ``more`` false, nothing fed may wait for a later chunk."""

    def feed(self, chunk: dict[str, Any], more: bool = False) -> list[dict[str, Any]]: ...

    def finish(self) -> list[dict[str, Any]]: ...


class OutputFilter(Protocol):
    def on_response(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]: ...

    def for_stream(self, ex: Exchange) -> ChunkFilter: ...


class Caller(Protocol):
    """The call step: tries ``ex.candidates`` in order and sets ``ex.deployment``."""

    async def chat(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]: ...

    async def open_stream(self, ex: Exchange, body: dict[str, Any]) -> ChunkStream: ...

    async def embeddings(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]: ...


class Finisher(Protocol):
    """The audit step: the record of the exchange, durable before the response ends."""

    async def finish(self, ex: Exchange) -> None:
        """Record ``ex`` (and settle its budget); raise ``ServiceUnavailableError`` when the
        record cannot be made durable, so the caller never gets an unrecorded answer."""

    def abandon(self, ex: Exchange) -> None:
        """Record ``ex`` without waiting: the request was cancelled (server shutdown)."""

    def keeps_content(self, ex: Exchange) -> bool:
        """Whether the record keeps the content (then the path keeps the response for it)."""


class Observer(Protocol):
    """Sees every exchange once, after its end (answered, refused, failed, abandoned; also a
    request refused before it had a key, which the audit log counts per source instead).
    Observers read; they never change the exchange or the answer. ``done`` runs on the event
    loop after the response's record is durable: it must be quick and must not raise (the
    path logs and drops an exception rather than let observation fail a request)."""

    def done(self, ex: Exchange) -> None: ...


#: An observer may also have ``begin(ex)``: called as the request starts, before auth (a tracer
#: takes the caller's ``traceparent`` and draws the request's ids there). Same rules as ``done``.
Begin = Callable[[Exchange], None]


@dataclass(frozen=True, slots=True)
class StepList:
    """The request's steps in their order, each with the name the order is declared by."""

    before: tuple[tuple[str, InputStep], ...]
    call: Caller
    served: tuple[tuple[str, ServedStep], ...]
    output: tuple[tuple[str, OutputFilter], ...]
    finish: Finisher
    #: Who reads ``Exchange.marks``. When an observer does (``times_call``, True unless it says
    #: otherwise), the path times the call, its attempts, the output filters and the audit step
    #: into them; each step before the call too if one asks for that (``times_steps``, True
    #: unless it says otherwise: seven marks per request cost what metrics alone do).
    #: ``"sampled"``: only in a request whose trace is sampled (set by ``begin``), when the only
    #: observers that read them are tracers. Metrics and the request log read none: they take
    #: the request's start, its attempts and ``streamed_s``.
    observers: tuple[Observer, ...] = ()
    #: The observers' ``begin`` methods, found once when the list is built.
    begin: tuple[Begin, ...] = field(init=False, default=())
    time_call: bool | Literal["sampled"] = field(init=False, default=False)
    time_steps: bool | Literal["sampled"] = field(init=False, default=False)

    def __post_init__(self) -> None:
        found = tuple(b for o in self.observers if callable(b := getattr(o, "begin", None)))
        object.__setattr__(self, "begin", found)
        steps = _most([getattr(o, "times_steps", True) for o in self.observers])
        call = _most([getattr(o, "times_call", True) for o in self.observers])
        object.__setattr__(self, "time_steps", steps)
        # a step timed is timed into the marks the call's are kept in
        object.__setattr__(self, "time_call", steps if call is False else call)

    def names(self) -> tuple[str, ...]:
        return (
            *(n for n, _ in self.before),
            "call",
            *(n for n, _ in self.served),
            *(n for n, _ in self.output),
            "audit",
        )


def _most(wants: list[bool | str]) -> bool | Literal["sampled"]:
    """What the observers ask for together: every request if one asks for every request."""
    if any(w is True for w in wants):
        return True
    return "sampled" if "sampled" in wants else False

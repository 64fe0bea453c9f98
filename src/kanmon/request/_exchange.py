"""The state of one request as it walks the steps: typed fields, written by the step that owns
them and read by the steps after it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, Protocol

from kanmon.core.catalog import REPORTING_CURRENCY, Deployment, UsdRate
from kanmon.core.decision import Action, ContentMode, Decision
from kanmon.core.finding import Finding
from kanmon.core.principal import Principal
from kanmon.core.provenance import provenance_snapshot
from kanmon.core.record import RECORD_VERSION, Attempt, AuditRecord
from kanmon.limits import Reservation
from kanmon.request._trace import TraceContext
from kanmon.scan import InjectionResult, TextSlot, Vault

#: What the upstream is asked to do; the entry point's wire format is translated to one of these.
Operation = Literal["chat", "embeddings", "none"]


def new_request_id() -> str:
    """Time-ordered (milliseconds, then 80 random bits), like a UUIDv7: the audit log's unique
    index on request ids then grows at its right edge instead of dirtying a random page per
    record (random ids wrote 2.26 SQLite WAL pages per record, these 1.22)."""
    return f"req_{time.time_ns() // 1_000_000:012x}{_random_hex()}"


#: 80-bit random parts of request ids, read from ``os.urandom`` 512 at a time: a read per id
#: was half of what making an id cost (0.46 of 0.91 µs). ``next`` on the iterator is atomic
#: under the GIL, so threads never share a part; a process forked from this one starts afresh.
_PARTS: Iterator[str] = iter(())


def _random_hex() -> str:
    global _PARTS
    part = next(_PARTS, None)
    if part is None:
        raw = os.urandom(10 * 512).hex()
        _PARTS = iter([raw[i : i + 20] for i in range(0, len(raw), 20)])
        part = next(_PARTS)
    return part


def _forget_parts() -> None:
    global _PARTS
    _PARTS = iter(())


os.register_at_fork(after_in_child=_forget_parts)


#: The last second ``utc_now`` formatted, and its text: formatting the date and time is most of
#: what a timestamp costs, and requests share their second. One tuple, swapped whole, so a
#: thread never sees a second with another's text.
_SECOND: tuple[int, str] = (-1, "")


def utc_now() -> str:
    """Now in UTC as ISO 8601 with microseconds (``2026-12-01T06:52:01.123456+00:00``), the
    audit record's ``ts``."""
    global _SECOND
    sec, ns = divmod(time.time_ns(), 1_000_000_000)
    second = _SECOND
    if second[0] != sec:
        text = dt.datetime.fromtimestamp(sec, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        second = _SECOND = (sec, text)
    return f"{second[1]}.{ns // 1000:06d}+00:00"


_tuple_new = tuple.__new__


class Mark(NamedTuple):
    """One timed stretch of a request (a step, an upstream attempt), on ``time.perf_counter``'s
    clock; ``detail`` names what it was about (the deployment of an attempt, its outcome)."""

    name: str
    start: float
    end: float
    detail: tuple[tuple[str, str], ...] = ()


class Inbound(Protocol):
    """How the parse step gets the body: the entry point reads and translates its wire format
    into the operation's shape (chat completions or embeddings) and validates it."""

    async def read(self) -> dict[str, Any]: ...


@dataclass(slots=True)
class ScanState:
    """What the scan step found in the request: each text slot and its findings, and the
    injection score. Decide reads it to redact in place."""

    slots: list[TextSlot]
    findings: list[list[Finding]]
    injection: InjectionResult = field(default_factory=InjectionResult)
    #: How many of the slots were answered from the memo of texts the key sent before.
    cached: int = 0


@dataclass(slots=True)
class Exchange:
    """Everything a step may read or decide. Each field is written by the step named in its
    comment and read by the steps after it; no step reaches into another's objects.

    Only what an entry point (or a test) gives at the start is a constructor parameter; the
    rest start at their defaults (``init=False``): every request makes an exchange, and a
    parameter per field cost it half of its construction."""

    endpoint: str
    operation: Operation = "none"
    request_id: str = field(init=False, default_factory=new_request_id)
    started: float = field(init=False, default_factory=time.perf_counter)
    ts: str = field(init=False, default_factory=utc_now)
    #: The caller's request headers (entry point); auth and classify read them.
    request_headers: Sequence[tuple[bytes, bytes]] = ()
    #: The caller's network address (entry point), for counting failed authentications per
    #: source; not part of the audit record.
    client: str | None = None
    #: The entry point's reader of the body (parse reads it once); None when ``body`` is given.
    inbound: Inbound | None = None
    #: The caller's own request when its wire format is not chat completions (Responses,
    #: Messages): a held request keeps it, so its answer is polled back in that format.
    wire_request: dict[str, Any] | None = None
    #: auth
    principal: Principal | None = None
    #: parse: the request in chat-completions (or embeddings) shape, as the upstream gets it.
    body: dict[str, Any] | None = None
    model: str | None = None
    stream: bool = field(init=False, default=False)
    #: parse: the tools of the request (names and counts only; see ``kanmon.wire.tool_use``).
    tools_offered: list[str] = field(init=False, default_factory=list)
    tool_calls_in: dict[str, int] = field(init=False, default_factory=dict)
    tool_results_in: int = field(init=False, default=0)
    #: route: ordered candidate deployments; decide and approval may narrow or reorder them.
    candidates: list[Deployment] = field(default_factory=list)
    #: scan
    scan: ScanState | None = field(init=False, default=None)
    findings_in: dict[str, int] = field(init=False, default_factory=dict)
    #: classify: decided on the server; a caller can raise it, never lower it.
    data_class: str | None = None
    #: decide (and approval, hold): the most severe action taken, and why.
    decision: Action = field(init=False, default="allow")
    reasons: list[str] = field(init=False, default_factory=list)
    policy_version: str | None = field(init=False, default=None)
    rule_ids: list[str] = field(init=False, default_factory=list)
    #: decide: placeholders handed out by pseudonymisation, restored in the response. Never
    #: audited.
    vault: Vault | None = field(init=False, default=None)
    #: decide: the policy's decision (the hold step reads its reasons and redactions).
    policy_decision: Decision | None = field(init=False, default=None)
    #: What the audit record keeps of the content; None means the configured ``audit.content``.
    content_mode: ContentMode | None = field(init=False, default=None)
    #: approval: deployment id → the approval it may serve under; the served one's id; the
    #: conditions of that approval; the approvals among the candidates that need human review.
    approvals: dict[str, str] = field(init=False, default_factory=dict)
    approval_id: str | None = field(init=False, default=None)
    conditions: tuple[str, ...] = field(init=False, default=())
    review_approvals: tuple[str, ...] = field(init=False, default=())
    #: approval: digest of the caller's end-user id, counted against user-count thresholds.
    end_user: str | None = field(init=False, default=None)
    #: hold: the review item of a held request. ``reviewed``: a reviewer approved this request
    #: and the review queue runs it, so holds pass.
    review_id: str | None = None
    reviewed: bool = False
    #: reserve: budget held until the audit step settles it.
    reservation: Reservation | None = field(init=False, default=None)
    #: call
    deployment: Deployment | None = field(init=False, default=None)
    attempts: list[Attempt] = field(init=False, default_factory=list)
    prompt_tokens: int = field(init=False, default=0)
    completion_tokens: int = field(init=False, default=0)
    #: True when the token counts are the gateway's estimate (a stream that broke before the
    #: upstream reported usage), not the upstream's.
    usage_estimated: bool = field(init=False, default=False)
    #: output
    findings_out: dict[str, int] = field(init=False, default_factory=dict)
    #: call (and output): the tool calls the model made, name → count.
    tool_calls_out: dict[str, int] = field(init=False, default_factory=dict)
    #: scan (tool results) and output (tool-call names and arguments): findings in tool
    #: content, entity → count.
    findings_tools: dict[str, int] = field(init=False, default_factory=dict)
    #: The response as the caller got it (a body, or the stream chunks sent); filled only when
    #: content is kept, read only by the audit step.
    response: Any = field(init=False, default=None)
    status: int = field(init=False, default=0)
    error_code: str | None = field(init=False, default=None)
    #: Extra response headers steps want the caller to see (e.g. policy reasons).
    headers: list[tuple[bytes, bytes]] = field(init=False, default_factory=list)
    #: The path's timing of each step and upstream attempt, in order; None (nothing timed)
    #: unless an observer is configured, so the hot path pays nothing for it otherwise.
    marks: list[Mark] | None = field(init=False, default=None)
    #: call (streams): how long the stream ran from the call's end to the audit step, paced by
    #: the upstream: neither the call's time nor the gateway's overhead.
    streamed_s: float = field(init=False, default=0.0)
    #: call (streams): when the first chunk reached the caller, for time to first token.
    first_chunk: float | None = field(init=False, default=None)
    #: The end, when observers were told (so no exchange is observed twice).
    observed: bool = field(init=False, default=False)
    #: The request's trace context, set when it starts by a tracing observer's ``begin``;
    #: None when tracing is off (and then nothing is propagated to upstreams).
    trace: TraceContext | None = field(init=False, default=None)

    def mark(self, name: str, start: float, detail: tuple[tuple[str, str], ...] = ()) -> None:
        """Time a stretch that began at ``start`` and ends now, if anyone is timing; ``detail``
        as ``Mark.detail`` (name, value) pairs, given whole so that no dict is made for them."""
        marks = self.marks
        if marks is not None:
            # tuple.__new__ directly: the named tuple's own __new__ is a Python call, and every
            # request of a gateway with observers makes three marks or more
            marks.append(_tuple_new(Mark, (name, start, time.perf_counter(), detail)))

    def record(self) -> AuditRecord:
        """The audit record of this exchange as it stands. Fields the record shares with the
        exchange by name (``_SHARED``) are copied as they are; the rest are derived
        (``_DERIVED``)."""
        dep = self.deployment
        # nothing served costs nothing; a deployment without a price costs what nobody knows,
        # never 0 (only an explicit price of 0 is free)
        cost: float | None = 0.0 if dep is None else None
        native = None
        if dep is not None and (price := dep.price) is not None:
            cost = price.cost(self.prompt_tokens, self.completion_tokens)
            if price.currency != REPORTING_CURRENCY:
                # the rate was attached to the price when the catalog loaded: no lookup here
                native = _native(price.currency, price.to_usd, cost)
                cost = None if price.to_usd is None else cost * price.to_usd.usd_per_unit
        latency_ms = round((time.perf_counter() - self.started) * 1000, 3)
        cost = None if cost is None else round(cost, 8)
        return _record(self, dep, self.principal, cost, native, latency_ms)


def _native(currency: str, rate: UsdRate | None, amount: float) -> dict[str, Any]:
    """The record's ``cost_native``: the amount in the price's own currency and the rate it
    was converted at (None: no rate configured, so ``cost_usd`` is unknown)."""
    return {
        "amount": round(amount, 8),
        "currency": currency,
        "usd_per_unit": None if rate is None else rate.usd_per_unit,
        "rate_as_of": None if rate is None else rate.as_of.isoformat(),
    }


#: The record's fields that the exchange holds under the same name and meaning.
_SHARED = tuple(
    f.name
    for f in dataclasses.fields(AuditRecord)
    if f.name in Exchange.__dataclass_fields__
    and f.name not in ("request_id", "ts", "endpoint", "deployment")
)


#: The record's fields the exchange does not hold as they are: how each is derived from the
#: exchange (``ex``), its deployment (``dep``), its principal (``p``) and what
#: ``record`` works out.
_DERIVED = {
    "version": "RECORD_VERSION",
    "request_id": "ex.request_id",
    "ts": "ex.ts",
    "endpoint": "ex.endpoint",
    "model_requested": "ex.model",
    "key_id": "p.key_id if p is not None else None",
    "team": "p.team if p is not None else None",
    "key_name": "p.name if p is not None else None",
    "roles": "sorted(p.roles) if p is not None else []",
    "use_case": "p.use_case if p is not None else None",
    "deployment": "dep.id if dep is not None else None",
    "provider": "dep.provider if dep is not None else None",
    "processing_region": "dep.processing_region if dep is not None else None",
    "provenance": "provenance_snapshot(dep) if dep is not None else None",
    "cost_usd": "cost_usd",
    "cost_native": "cost_native",
    "latency_ms": "latency_ms",
}


def _copied(v: Any) -> Any:
    return v.copy() if isinstance(v, list | dict) else v


def _compile_record() -> Callable[..., AuditRecord]:
    """One function, written out field by field, that builds the record: the generic keyword
    call with a dict of the shared fields cost twice as much (8 µs against 4 µs per request),
    and the dataclass's own ``__init__`` more than setting each attribute here (its arguments
    passed twice, a default-factory test per field). The record
    has no ``__post_init__`` for that to skip (asserted). Shared fields that always hold a list
    or dict are copied (the record never changes with the exchange), scalars taken as they
    are, anything else checked; fields neither shared nor derived take their defaults."""
    assert not hasattr(AuditRecord, "__post_init__"), "the record is built without __init__"
    namespace: dict[str, Any] = {
        "_new": object.__new__,
        "AuditRecord": AuditRecord,
        "RECORD_VERSION": RECORD_VERSION,
        "provenance_snapshot": provenance_snapshot,
        "_copied": _copied,
    }
    lines = []
    for f in dataclasses.fields(AuditRecord):
        name = f.name
        if name in _DERIVED:
            value = _DERIVED[name]
        elif name in _SHARED:
            src = Exchange.__dataclass_fields__[name]
            if src.default_factory in (list, dict):
                value = f"ex.{name}.copy()"
            elif any(t in str(src.type) for t in ("list", "dict", "Any")):
                value = f"_copied(ex.{name})"
            else:  # a scalar, a string or None: shared as it is
                value = f"ex.{name}"
        elif f.default_factory in (list, dict):
            value = "[]" if f.default_factory is list else "{}"
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_make_{name}"] = f.default_factory
            value = f"_make_{name}()"
        else:
            assert f.default is not dataclasses.MISSING, f"no source for record field {name}"
            namespace[f"_default_{name}"] = f.default
            value = f"_default_{name}"
        lines.append(f"    r.{name} = {value}\n")
    head = (
        "def _record(ex, dep, p, cost_usd, cost_native, latency_ms):\n    r = _new(AuditRecord)\n"
    )
    exec(head + "".join(lines) + "    return r\n", namespace)
    fn: Callable[..., AuditRecord] = namespace["_record"]
    return fn


_record = _compile_record()

"""W3C trace context (``traceparent``, ``tracestate``) of one request: the ids are drawn when
the request starts, so each upstream attempt can pass its own span id on before any span is
built (spans are built once, after the exchange ended, by a tracing observer)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

_HEX = frozenset("0123456789abcdef")
_ZERO_TRACE = "0" * 32
_ZERO_SPAN = "0" * 16


def new_span_id() -> str:
    """A span id from the interpreter's generator, as the OpenTelemetry SDK draws them (never
    the invalid all-zero id). Not from ``os.urandom``: a read of the system's randomness lets go
    of the interpreter lock, and a thread waiting for it then holds the event loop up."""
    return f"{random.getrandbits(64) or 1:016x}"


@dataclass(slots=True)
class TraceContext:
    """The request's place in a trace. ``span_id`` is the request's own (root) span;
    ``parent_id`` the caller's span when it sent a ``traceparent``. ``sampled`` False: spans
    are not recorded, but the caller's context still travels to the upstream unchanged."""

    trace_id: str
    span_id: str
    parent_id: str | None = None
    sampled: bool = True
    tracestate: str | None = None

    def upstream_headers(self, span_id: str) -> dict[str, str]:
        """The headers an upstream call carries, as a child of ``span_id``."""
        flags = "01" if self.sampled else "00"
        out = {"traceparent": f"00-{self.trace_id}-{span_id}-{flags}"}
        if self.tracestate:
            out["tracestate"] = self.tracestate
        return out


def parse_traceparent(value: str) -> tuple[str, str, bool] | None:
    """(trace id, parent span id, sampled) of a valid version-00 (or later) header, else None:
    an invalid header starts a new trace, as the W3C recommendation asks."""
    parts = value.strip().split("-")
    if len(parts) < 4:
        return None
    version, trace_id, parent_id, flags = parts[0], parts[1], parts[2], parts[3]
    if (
        len(version) != 2
        or version == "ff"
        or (version == "00" and len(parts) != 4)
        or len(trace_id) != 32
        or len(parent_id) != 16
        or len(flags) != 2
        or not _HEX.issuperset(version + trace_id + parent_id + flags)
        or trace_id == _ZERO_TRACE
        or parent_id == _ZERO_SPAN
    ):
        return None
    return trace_id, parent_id, bool(int(flags, 16) & 1)


#: The W3C recommendation asks to pass on at least 512 characters of ``tracestate``; a longer
#: one is dropped rather than cut inside a member.
MAX_TRACESTATE = 512


def caller_context(headers: Sequence[tuple[bytes, bytes]]) -> tuple[str | None, str | None]:
    """The caller's ``traceparent`` and ``tracestate`` header values, if sent (several
    ``tracestate`` headers are one list; one too long is left out)."""
    parent = None
    states: list[str] = []
    for name, value in headers:
        if name == b"traceparent":
            parent = value.decode("latin-1")
        elif name == b"tracestate":
            states.append(value.decode("latin-1").strip())
    state = ",".join(s for s in states if s) or None
    if state is not None and len(state) > MAX_TRACESTATE:
        state = None
    return parent, state

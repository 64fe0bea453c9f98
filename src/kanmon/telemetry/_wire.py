"""OTLP trace messages written as protobuf bytes directly: the spans of a request, and the
``ExportTraceServiceRequest`` of a batch of them.

The SDK's route (a ``ReadableSpan`` per span, then ``encode_spans`` building a protobuf message
object for every span, attribute and value, then serializing them) cost ~50 µs of CPU per span:
nearly all of what a traced request costs (docs/history/operations-log.md, Traces, Cost). Here
what never changes (the resource, the scope, attribute keys, step span names, kinds, flags) is
encoded once and a span is a join of byte strings. The fields set are those the SDK's encoder
sets, so a collector decodes the same spans (tests/telemetry/test_wire.py parses them with the
official ``opentelemetry-proto`` classes).

Wire format: https://protobuf.dev/programming-guides/encoding/ ; field numbers from
opentelemetry-proto's trace.proto, common.proto and resource.proto (v1)."""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

_Q = struct.Struct("<Q").pack  # fixed64
# Span.start_time_unix_nano (7) and end_time_unix_nano (8), both fixed64, in one call
_TIMES = struct.Struct("<BQBQ").pack
_D = struct.Struct("<d").pack  # double
_I = struct.Struct("<I").pack  # fixed32

#: Span.kind (OTLP's numbering).
INTERNAL, SERVER, CLIENT = 1, 2, 3
_KIND = {k: bytes((0x30, k)) for k in (INTERNAL, SERVER, CLIENT)}
# Span.status { code = 3 }: written even when unset, as the SDK's encoder does
_UNSET = b"\x7a\x00"
_ERROR = b"\x7a\x02\x18\x02"
# Span.flags (fixed32, field 16): the parent's remoteness is known, and whether it is remote
_LOCAL_PARENT = b"\x85\x01" + _I(0x100)
_REMOTE_PARENT = b"\x85\x01" + _I(0x300)
# what ends a span without attributes, events or error, under a parent of the same process
_LOCAL_TAIL = _UNSET + _LOCAL_PARENT
#: One-byte lengths, made once.
_LEN = [bytes((n,)) for n in range(0x80)]
#: Values at most this long are worth keeping encoded (names, endpoints, decisions, ids of
#: keys and deployments); a bound on what the caches below may hold.
_SHORT = 64
_CACHE_ENTRIES = 4096


def _varint(n: int) -> bytes:
    if n < 0x80:
        return bytes((n,))
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def ld(tag: bytes, payload: bytes) -> bytes:
    """A length-delimited field: its tag, its length, its bytes."""
    n = len(payload)
    return tag + (bytes((n,)) if n < 0x80 else _varint(n)) + payload


def text(tag: bytes, s: str) -> bytes:
    return ld(tag, s.encode())


# -- common.proto: AnyValue, KeyValue -------------------------------------------------------


def any_value(v: Any) -> bytes:
    """An AnyValue's bytes (a oneof: even an empty string or a zero is written)."""
    if isinstance(v, str):
        return text(b"\x0a", v)
    if isinstance(v, bool):
        return b"\x10\x01" if v else b"\x10\x00"
    if isinstance(v, int):
        return b"\x18" + _varint(v if v >= 0 else v + (1 << 64))
    if isinstance(v, float):
        return b"\x21" + _D(v)
    if isinstance(v, bytes):
        return ld(b"\x3a", v)
    if isinstance(v, Sequence):  # ArrayValue { repeated AnyValue values = 1 }
        return ld(b"\x2a", b"".join(ld(b"\x0a", any_value(x)) for x in v))
    if isinstance(v, Mapping):  # KeyValueList { repeated KeyValue values = 1 }
        return ld(b"\x32", b"".join(ld(b"\x0a", key_value(str(k), x)) for k, x in v.items()))
    raise TypeError(f"attribute value of type {type(v).__name__}")


_KEYS: dict[str, bytes] = {}


def key_value(key: str, v: Any) -> bytes:
    head = _KEYS.get(key)
    if head is None:
        head = text(b"\x0a", key)
        if len(_KEYS) < 1024:  # attribute names are a fixed set; bounded all the same
            _KEYS[key] = head
    if type(v) is str:  # most values: a short string, its two lengths in one byte each
        b = v.encode()
        n = len(b)
        if n < 0x7E:
            return head + bytes((0x12, n + 2, 0x0A, n)) + b
    elif type(v) is int and v >= 0:  # a count or a status: a varint of at most ten bytes
        if v < 0x80:
            return head + bytes((0x12, 2, 0x18, v))
        iv = _varint(v)
        return head + bytes((0x12, len(iv) + 1, 0x18)) + iv
    return head + ld(b"\x12", any_value(v))


def attributes(tag: bytes, attrs: Mapping[str, Any]) -> bytes:
    """Each attribute as a KeyValue under ``tag`` (Span: field 9; Resource: field 1)."""
    out = []
    for k, v in attrs.items():
        kv = key_value(k, v)
        n = len(kv)
        out.append(tag + _LEN[n] + kv if n < 0x80 else ld(tag, kv))
    return b"".join(out)


SPAN_ATTRIBUTE = b"\x4a"


def attribute(key: str, v: Any) -> bytes:
    """One entry of Span.attributes: ``attributes(SPAN_ATTRIBUTE, {key: v})`` without the
    mapping."""
    kv = key_value(key, v)
    n = len(kv)
    return b"\x4a" + _LEN[n] + kv if n < 0x80 else ld(b"\x4a", kv)


_TEXT_ATTRIBUTES: dict[tuple[str, str], bytes] = {}


def text_attribute(key: str, v: str) -> bytes:
    """``attribute(key, v)`` of a string, kept encoded when short: most such values recur
    (an endpoint, a decision, a key's or a deployment's id)."""
    found = _TEXT_ATTRIBUTES.get((key, v))
    if found is None:
        found = attribute(key, v)
        if len(v) <= _SHORT and len(_TEXT_ATTRIBUTES) < _CACHE_ENTRIES:
            _TEXT_ATTRIBUTES[key, v] = found
    return found


# -- trace.proto ------------------------------------------------------------------------------


_NAMES: dict[str, bytes] = {}


def name_field(name: str) -> bytes:
    """Span.name, encoded (kept encoded when short: span names recur)."""
    found = _NAMES.get(name)
    if found is None:
        found = text(b"\x2a", name)
        if len(name) <= _SHORT and len(_NAMES) < _CACHE_ENTRIES:
            _NAMES[name] = found
    return found


def internal_name(name: str) -> bytes:
    """Span.name and Span.kind INTERNAL, encoded, for ``step_span``."""
    return text(b"\x2a", name) + _KIND[INTERNAL]


def trace_state_field(state: str | None) -> bytes:
    return text(b"\x1a", state) if state else b""


def event(name: str, time_ns: int) -> bytes:
    """A Span.events entry without attributes: Event { time_unix_nano 1, name 2 }."""
    return ld(b"\x5a", b"\x09" + _Q(time_ns) + text(b"\x12", name))


def span(
    trace_id: bytes,
    span_id: bytes,
    parent_id: bytes | None,
    name: bytes,
    kind: int,
    start_ns: int,
    end_ns: int,
    attrs: bytes = b"",
    events: bytes = b"",
    error: bool = False,
    state: bytes = b"",
    remote_parent: bool = False,
) -> bytes:
    """One span, as an entry of ScopeSpans.spans. ``name``, ``attrs``, ``events`` and
    ``state`` are encoded fields (``name_field``, ``attributes``, ``event``,
    ``trace_state_field``); ids are raw bytes (16 and 8)."""
    return ld(
        b"\x12",
        b"".join(
            (
                b"\x0a\x10",
                trace_id,
                b"\x12\x08",
                span_id,
                state,
                b"\x22\x08" + parent_id if parent_id else b"",
                name,
                _KIND[kind],
                b"\x39",
                _Q(start_ns),
                b"\x41",
                _Q(end_ns),
                attrs,
                events,
                _ERROR if error else _UNSET,
                _REMOTE_PARENT if remote_parent else _LOCAL_PARENT,
            )
        ),
    )


def children(trace_id: bytes, state: bytes, parent: bytes) -> tuple[bytes, bytes]:
    """What every ``step_span`` of one parent shares: the fields before the span id, and
    those after it up to the name."""
    return b"\x0a\x10" + trace_id + b"\x12\x08", state + b"\x22\x08" + parent


def step_span(
    shared: tuple[bytes, bytes], span_id: bytes, name_kind: bytes, start_ns: int, end_ns: int
) -> bytes:
    """``span(trace_id, span_id, parent, name, INTERNAL, start_ns, end_ns, state=state)``
    (no attributes, events or error; a parent in this process) from ``children(trace_id,
    state, parent)`` and ``internal_name(name)``: the same bytes, written in fewer steps."""
    head, mid = shared
    body = b"".join(
        (head, span_id, mid, name_kind, _TIMES(0x39, start_ns, 0x41, end_ns), _LOCAL_TAIL)
    )
    n = len(body)
    return (b"\x12" + _LEN[n] if n < 0x80 else b"\x12" + _varint(n)) + body


def resource_and_scope(resource: Mapping[str, Any], scope: str) -> tuple[bytes, bytes]:
    """The head every batch starts with: ResourceSpans.resource, and ScopeSpans.scope."""
    return ld(b"\x0a", attributes(b"\x0a", resource)), ld(b"\x0a", text(b"\x0a", scope))


def export_request(head: tuple[bytes, bytes], spans: Iterable[bytes]) -> bytes:
    """ExportTraceServiceRequest { resource_spans 1 { resource 1, scope_spans 2 { scope 1,
    spans 2 } } } of spans from ``span``, under one resource and scope."""
    resource, scope = head
    return ld(b"\x0a", resource + ld(b"\x12", scope + b"".join(spans)))

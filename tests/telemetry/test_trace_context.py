"""W3C trace context as the gateway reads it from a caller and writes it to an upstream."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from kanmon.request import Exchange, TraceContext, caller_context, parse_traceparent
from tests.conftest import GatewayFactory
from tests.gateway._util import chat_body, new_key

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
SPAN = "00f067aa0ba902b7"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (f"00-{TRACE}-{SPAN}-01", (TRACE, SPAN, True)),
        (f"00-{TRACE}-{SPAN}-00", (TRACE, SPAN, False)),
        (f" 00-{TRACE}-{SPAN}-03 ", (TRACE, SPAN, True)),  # other flags kept out
        (f"01-{TRACE}-{SPAN}-01-future", (TRACE, SPAN, True)),  # a later version may add
        (f"00-{TRACE}-{SPAN}-01-extra", None),  # version 00 has exactly four parts
        (f"ff-{TRACE}-{SPAN}-01", None),  # version ff is invalid
        (f"00-{'0' * 32}-{SPAN}-01", None),  # all-zero trace id
        (f"00-{TRACE}-{'0' * 16}-01", None),  # all-zero parent id
        (f"00-{TRACE.upper()}-{SPAN}-01", None),  # lower-case hex only
        (f"00-{TRACE[:-1]}-{SPAN}-01", None),
        (f"00-{TRACE}-{SPAN}-1", None),
        (f"00-{TRACE}-{SPAN}", None),
        ("", None),
        ("garbage", None),
    ],
)
def test_traceparent(header: str, expected: tuple[str, str, bool] | None) -> None:
    assert parse_traceparent(header) == expected


def test_caller_context_joins_tracestate_and_drops_an_oversized_one() -> None:
    headers = [
        (b"traceparent", f"00-{TRACE}-{SPAN}-01".encode()),
        (b"tracestate", b"a=1"),
        (b"tracestate", b"b=2"),
    ]
    assert caller_context(headers) == (f"00-{TRACE}-{SPAN}-01", "a=1,b=2")
    assert caller_context([(b"tracestate", b"k=" + b"v" * 600)]) == (None, None)
    assert caller_context([]) == (None, None)


def test_upstream_headers_name_the_attempt_as_parent() -> None:
    tc = TraceContext(TRACE, SPAN, parent_id="1" * 16, tracestate="a=1")
    assert tc.upstream_headers("2" * 16) == {
        "traceparent": f"00-{TRACE}-{'2' * 16}-01",
        "tracestate": "a=1",
    }
    unsampled = TraceContext(TRACE, SPAN, sampled=False)
    assert unsampled.upstream_headers(SPAN) == {"traceparent": f"00-{TRACE}-{SPAN}-00"}


class _BrokenBegin:
    def begin(self, ex: Exchange) -> None:
        raise RuntimeError("an observer's bug")

    def done(self, ex: Exchange) -> None:
        self.seen = ex


def test_an_observer_whose_begin_fails_fails_no_request(gateway: GatewayFactory) -> None:
    gw = gateway()
    broken = _BrokenBegin()
    s = gw.services
    s.observers = (broken,)
    s.path.steps = dataclasses.replace(s.path.steps, observers=s.observers)
    assert s.path.steps.begin == (broken.begin,)
    r = httpx.post(
        gw.base_url + "/chat/completions",
        json=chat_body(),
        headers={"Authorization": f"Bearer {new_key(gw)}"},
    )
    assert r.status_code == 200 and broken.seen.request_id == r.headers["x-request-id"]

"""Client connections: read deadlines, the connection cap and its shedding order, HTTP/1.0."""

from __future__ import annotations

import logging
import re
import resource
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import yaml

from kanmon.config import load_config
from kanmon.errors import ConfigError
from kanmon.gateway import GatewayThread, _conn_pool
from kanmon.gateway._conn_pool import ConnLimits
from tests.conftest import GatewayFactory
from tests.gateway._conn_raw import (
    connect as open_socket,
)
from tests.gateway._conn_raw import (
    read_response,
    read_until_closed,
    request,
    split_response,
)
from tests.gateway._util import chat_body, new_key

# Short deadlines so each case ends in well under a second; the generous waits below only bound
# how long a broken build would hang.
FAST = {
    "header_timeout_s": 0.5,
    "keepalive_timeout_s": 0.5,
    "body_grace_s": 0.5,
    "body_min_bytes_per_s": 200,
}


Connect = Callable[..., socket.socket]


@pytest.fixture
def connect() -> Iterator[Connect]:
    """``connect(gw, data=b"")``: a raw client socket, closed at the end of the test."""
    opened: list[socket.socket] = []

    def make(gw: GatewayThread, data: bytes = b"") -> socket.socket:
        s = open_socket(gw, data)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def fast_gw(gateway: GatewayFactory) -> GatewayThread:
    return gateway(gateway=FAST)


def _is_timeout(raw: bytes) -> None:
    status, headers, body = split_response(raw)
    assert status == 408, raw
    assert headers["connection"] == "close"
    assert orjson.loads(body)["error"]["code"] == "request_timeout"


def test_connection_that_sends_nothing_is_closed(fast_gw: GatewayThread, connect: Connect) -> None:
    s = connect(fast_gw)
    t0 = time.monotonic()
    assert read_until_closed(s, 5) == b""  # nothing was asked, so nothing is answered
    assert time.monotonic() - t0 >= 0.4


def test_half_sent_headers_get_408(fast_gw: GatewayThread, connect: Connect) -> None:
    s = connect(fast_gw, b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    _is_timeout(read_until_closed(s, 5))


def test_headers_sent_a_byte_at_a_time_are_cut_at_the_deadline(
    fast_gw: GatewayThread, connect: Connect
) -> None:
    """The header deadline runs from the connect, not from the last byte received."""
    s = connect(fast_gw, b"GET /healthz HTTP/1.1\r\nX-Pad: ")
    t0 = time.monotonic()
    s.settimeout(0.1)
    raw = b""
    while time.monotonic() - t0 < 5:
        try:
            s.send(b"a")
        except OSError:
            break
        try:
            chunk = s.recv(65536)
        except TimeoutError:
            continue
        except ConnectionResetError:
            break
        if not chunk:
            break
        raw += chunk
    assert time.monotonic() - t0 < 5, "still reading headers after 5 s"
    if raw:
        _is_timeout(raw)


def test_body_sent_at_one_byte_a_tick_gets_408(fast_gw: GatewayThread, connect: Connect) -> None:
    key = new_key(fast_gw)
    full = request("POST", "/v1/chat/completions", key=key, body=chat_body())
    head, body = full.split(b"\r\n\r\n", 1)
    s = connect(fast_gw, head + b"\r\n\r\n")
    s.settimeout(0.25)
    t0 = time.monotonic()
    raw = b""
    for byte in body:  # 4 bytes/s, far below the 200 bytes/s minimum
        try:
            s.send(bytes([byte]))
            raw = s.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            break
        break
    raw += read_until_closed(s, 5)
    assert time.monotonic() - t0 < 5
    _is_timeout(raw)


def test_content_length_longer_than_the_body_gets_408(
    fast_gw: GatewayThread, connect: Connect
) -> None:
    key = new_key(fast_gw)
    s = connect(
        fast_gw,
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + f"Authorization: Bearer {key}\r\n".encode()
        + b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
        + b'{"model": "chat"',
    )
    _is_timeout(read_until_closed(s, 5))


def test_slow_but_steady_body_is_served(fast_gw: GatewayThread, connect: Connect) -> None:
    """A body that takes twice the grace but keeps above the minimum rate is not cut."""
    key = new_key(fast_gw)
    full = request(
        "POST", "/v1/chat/completions", key=key, body=chat_body(content="x" * 500), version="1.0"
    )
    head, body = full.split(b"\r\n\r\n", 1)
    s = connect(fast_gw, head + b"\r\n\r\n")
    t0 = time.monotonic()
    for i in range(0, len(body), 60):  # ~600 bytes/s against a 200 bytes/s minimum
        s.sendall(body[i : i + 60])
        time.sleep(0.1)
    assert time.monotonic() - t0 > 2 * FAST["body_grace_s"]
    status, _, reply = split_response(read_until_closed(s, 10))
    assert status == 200, reply
    assert orjson.loads(reply)["choices"][0]["message"]["content"]


def test_idle_keepalive_connection_is_closed_and_busy_one_is_not(
    fast_gw: GatewayThread, connect: Connect
) -> None:
    s = connect(fast_gw)
    for _ in range(3):  # pauses shorter than the keep-alive timeout keep the connection
        s.sendall(request("GET", "/healthz"))
        status, _, _ = read_response(s)
        assert status == 200
        time.sleep(0.2)
    t0 = time.monotonic()
    assert read_until_closed(s, 3) == b""
    assert time.monotonic() - t0 >= 0.2


def test_a_long_answer_is_not_cut_by_the_read_deadlines(fast_gw: GatewayThread) -> None:
    """The app answering for longer than every deadline owes the client nothing."""
    key = new_key(fast_gw)
    t0 = time.monotonic()
    events: list[str] = []
    with httpx.stream(
        "POST",
        fast_gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body("slow", content="a long story " * 20, stream=True),
        timeout=20,
    ) as r:
        assert r.status_code == 200
        events = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert time.monotonic() - t0 > 2 * FAST["header_timeout_s"]
    assert events[-1] == "data: [DONE]" and len(events) > 20


# HTTP/1.0 ---------------------------------------------------------------------------------


def test_http10_stream_is_close_delimited(gateway: GatewayFactory, connect: Connect) -> None:
    gw = gateway()
    key = new_key(gw)
    body = chat_body(content="tell me a story", stream=True)
    s = connect(gw, request("POST", "/v1/chat/completions", key=key, body=body, version="1.0"))
    status, headers, payload = split_response(read_until_closed(s, 10))
    assert status == 200, payload
    assert "transfer-encoding" not in headers and "content-length" not in headers
    assert headers["connection"] == "close"
    assert headers["content-type"].startswith("text/event-stream")
    # The body is the bare event stream: no chunk-size lines between the events.
    assert payload.startswith(b"data: {") and payload.endswith(b"data: [DONE]\n\n")
    events = [e for e in payload.split(b"\n\n") if e]
    assert all(e.startswith(b"data: ") for e in events)
    assert orjson.loads(events[0][len(b"data: ") :])["object"] == "chat.completion.chunk"


def test_http10_plain_answer_keeps_its_content_length(
    gateway: GatewayFactory, connect: Connect
) -> None:
    gw = gateway()
    key = new_key(gw)
    s = connect(
        gw, request("POST", "/v1/chat/completions", key=key, body=chat_body(), version="1.0")
    )
    status, headers, payload = split_response(read_until_closed(s, 10))
    assert status == 200
    assert int(headers["content-length"]) == len(payload)
    assert "transfer-encoding" not in headers and headers["connection"] == "close"
    assert orjson.loads(payload)["object"] == "chat.completion"


def test_a_response_names_no_server_software(fast_gw: GatewayThread, connect: Connect) -> None:
    key = new_key(fast_gw)
    s = connect(fast_gw, request("POST", "/v1/chat/completions", key=key, body=chat_body()))
    status, headers, _ = read_response(s)
    assert status == 200 and "server" not in headers
    assert headers["x-request-id"].startswith("req_") and "date" in headers


def test_http11_stream_is_still_chunked(gateway: GatewayFactory, connect: Connect) -> None:
    gw = gateway()
    key = new_key(gw)
    body = chat_body(stream=True)
    s = connect(
        gw,
        request(
            "POST", "/v1/chat/completions", key=key, body=body, headers={"Connection": "close"}
        ),
    )
    status, headers, payload = split_response(read_until_closed(s, 10))
    assert status == 200
    assert headers["transfer-encoding"] == "chunked"
    assert payload.endswith(b"0\r\n\r\n")


# The connection cap -----------------------------------------------------------------------


def _closed(s: socket.socket, within_s: float = 3.0) -> bytes | None:
    """What the server sent before closing ``s``, or None if it is still open."""
    try:
        return read_until_closed(s, within_s)
    except AssertionError:
        return None


def _still_open(s: socket.socket) -> bool:
    s.settimeout(0.2)
    try:
        return s.recv(1, socket.MSG_PEEK) != b""
    except TimeoutError:
        return True
    except ConnectionResetError:
        return False


def test_cap_sheds_the_longest_idle_then_the_oldest_still_sending(
    gateway: GatewayFactory, connect: Connect
) -> None:
    gw = gateway(gateway={"max_connections": 3, "header_timeout_s": 60, "keepalive_timeout_s": 60})
    idle = connect(gw, request("GET", "/healthz"))
    assert read_response(idle)[0] == 200  # kept alive, now idle
    sending = connect(gw, b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    fresh = connect(gw)
    time.sleep(0.2)
    assert all(_still_open(s) for s in (idle, sending, fresh))

    # Over the cap: the connection idle the longest goes first, quietly (it was asked nothing).
    new1 = connect(gw)
    assert _closed(idle) == b""
    assert all(_still_open(s) for s in (sending, fresh))
    # A connection that has not sent a byte yet counts as idle, and goes before one that is
    # sending its request even though that one is older.
    new2 = connect(gw)
    assert _closed(fresh) == b""
    assert _still_open(sending)
    # With every other connection sending a request, the oldest of them is shed with a 503.
    new1.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    new2.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    time.sleep(0.2)
    new3 = connect(gw, request("GET", "/healthz"))
    shed = _closed(sending)
    assert shed is not None, "the oldest connection still sending was not shed"
    status, headers, body = split_response(shed)
    assert status == 503 and headers["connection"] == "close"
    assert orjson.loads(body)["error"]["code"] == "connection_limit"
    assert read_response(new3)[0] == 200
    for s in (new1, new2, new3):
        s.close()


def test_cap_refuses_a_newcomer_only_when_every_slot_is_busy(
    gateway: GatewayFactory, connect: Connect
) -> None:
    gw = gateway(gateway={"max_connections": 2})
    key = new_key(gw)
    streams: list[Any] = []
    clients = [httpx.Client(timeout=20) for _ in range(2)]
    try:
        for c in clients:
            cm = c.stream(
                "POST",
                gw.base_url + "/chat/completions",
                headers={"Authorization": f"Bearer {key}"},
                json=chat_body("slow", content="a long story " * 30, stream=True),
            )
            r = cm.__enter__()
            assert r.status_code == 200
            streams.append((cm, r))
        s = connect(gw, request("GET", "/healthz"))
        status, headers, body = split_response(read_until_closed(s, 10))
        assert status == 503 and headers["retry-after"] == "1"
        assert orjson.loads(body)["error"]["code"] == "connection_limit"
        for _, r in streams:  # the busy ones were left alone
            assert [ln for ln in r.iter_lines() if ln.startswith("data: ")][-1] == "data: [DONE]"
    finally:
        for cm, _ in streams:
            cm.__exit__(None, None, None)
        for c in clients:
            c.close()


def test_pipelined_requests_are_answered_in_order(fast_gw: GatewayThread, connect: Connect) -> None:
    s = connect(fast_gw, request("GET", "/healthz") + request("GET", "/nope"))
    # Both answered, then the connection idles and is closed at the keep-alive timeout.
    raw = read_until_closed(s, 3)
    assert re.findall(rb"HTTP/1\.1 (\d{3}) ", raw) == [b"200", b"404"]


def test_large_body_sent_at_full_speed_is_served(fast_gw: GatewayThread) -> None:
    """Bodies past uvicorn's 64 KiB read buffer pause reading until the app takes them; the
    time the server is not reading is not held against the client."""
    key = new_key(fast_gw)
    r = httpx.post(
        fast_gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(content="word " * 200_000),
        timeout=20,
    )
    assert r.status_code == 200, r.text


# Settings and limits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [("header_timeout_s", 0), ("body_min_bytes_per_s", 0), ("max_connections", 0)],
)
def test_bad_connection_settings_are_refused(tmp_path: Path, key: str, value: int) -> None:
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump({"gateway": {key: value}}))
    with pytest.raises(ConfigError, match=f"gateway.{key}"):
        load_config(path)


def test_open_file_limit_that_cannot_be_raised_is_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(resource, "getrlimit", lambda _: (256, 4096))

    def refuse(_which: int, _limits: tuple[int, int]) -> None:
        raise ValueError("not allowed")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    monkeypatch.setattr(_conn_pool, "_fd_warned", False)
    limits = ConnLimits(1.0, 1.0, 1, 1.0, max_connections=1000, reserve_fds=200)
    with caplog.at_level(logging.WARNING, logger="kanmon.gateway"):
        assert _conn_pool.connection_cap(limits) == 56  # 256 open files, 200 kept for the rest
        assert _conn_pool.connection_cap(limits) == 56
    assert sum("cannot raise the open-file limit" in r.message for r in caplog.records) == 1
    assert "max_connections 1000 lowered to 56" in caplog.text


def test_next_request_dribbled_on_a_kept_alive_connection_gets_408(
    fast_gw: GatewayThread, connect: Connect
) -> None:
    s = connect(fast_gw, request("GET", "/healthz"))
    assert read_response(s)[0] == 200
    t0 = time.monotonic()
    s.sendall(b"GET /healthz HTTP/1.1\r\n")  # and no more: due within idle + header time
    _is_timeout(read_until_closed(s, 5))
    assert time.monotonic() - t0 >= 0.4


class _FakeConn:
    """Stands in for a connection in the pool: a phase, and a count of looks at it."""

    looks = 0
    cycle = None

    def __init__(self, pool: _conn_pool.Pool, phase: int) -> None:
        self.pool, self.phase = pool, phase
        self.closed_with: bytes | None = None
        pool.open += 1
        pool.quiet[self] = None  # type: ignore[index]

    def _phase(self) -> int:
        _FakeConn.looks += 1
        return self.phase

    def _close(self, response: bytes | None) -> None:
        self.closed_with = response or b""
        self.pool.open -= 1
        self.pool.quiet.pop(self, None)  # type: ignore[call-overload]
        self.pool.sending.pop(self, None)  # type: ignore[call-overload]


def _pool(cap: int) -> _conn_pool.Pool:
    return _conn_pool.Pool(ConnLimits(1.0, 1.0, 1, 1.0, max_connections=cap, reserve_fds=0), cap)


def _admit(pool: _conn_pool.Pool, phase: int) -> tuple[_FakeConn, bool]:
    conn = _FakeConn(pool, phase)
    return conn, pool.open <= pool.cap or pool.make_room(conn)  # type: ignore[arg-type]


@pytest.mark.parametrize("others", [_conn_pool.BUSY, _conn_pool.HEAD])
def test_a_flood_of_newcomers_costs_each_a_few_looks_not_a_walk_over_all(others: int) -> None:
    """Against a worker full of busy connections, or of ones sending slowly, each new
    connection must cost O(1) looks, not one per open connection."""
    cap = 1000
    pool = _pool(cap)
    held = [_FakeConn(pool, others) for _ in range(cap)]
    _FakeConn.looks = 0
    admitted = []
    for _ in range(2000):
        conn, ok = _admit(pool, _conn_pool.FRESH)
        admitted.append(ok)
        if others == _conn_pool.HEAD:
            conn.phase = others  # this flood sends a little of a request, then nothing
    if others == _conn_pool.BUSY:  # no one to shed: each newcomer after the first sheds the last
        assert admitted[0] is False and all(admitted[1:])
        assert all(c.closed_with is None for c in held)
    else:  # each sheds the oldest sender
        assert all(admitted)
        assert all(c.closed_with == _conn_pool.SHED for c in held)
    assert pool.open == cap + (others == _conn_pool.BUSY)
    assert _FakeConn.looks <= 3 * (cap + 2000)  # a walk over all each time: over 2,000,000


def test_shedding_order_idle_first_then_the_oldest_sender_never_a_busy_one() -> None:
    pool = _pool(4)
    sender, _ = _admit(pool, _conn_pool.HEAD)
    busy, _ = _admit(pool, _conn_pool.BUSY)
    body, _ = _admit(pool, _conn_pool.BODY)
    idle, _ = _admit(pool, _conn_pool.IDLE)
    new1, ok = _admit(pool, _conn_pool.FRESH)
    assert ok and idle.closed_with == b""  # the idle one goes first, quietly, though youngest
    new1.phase = _conn_pool.HEAD
    new2, ok = _admit(pool, _conn_pool.FRESH)
    assert ok and sender.closed_with == _conn_pool.SHED  # then the oldest sender, with a 503
    new3, ok = _admit(pool, _conn_pool.FRESH)
    assert ok and new2.closed_with == b""  # a connection that sent nothing counts as idle
    body.phase = new1.phase = new3.phase = _conn_pool.BUSY
    _, ok = _admit(pool, _conn_pool.BUSY)
    assert not ok  # all busy: refused
    assert busy.closed_with is None and body.closed_with is None


def test_an_oversized_head_is_refused_with_431(gateway: Any) -> None:
    """httptools has no limit of its own: one endless header must not grow memory forever."""
    gw = gateway()
    with socket.create_connection((gw.host, gw.port), timeout=10) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ")
        try:
            for _ in range(100):  # 100 KiB of one header value, more than the 64 KiB allowed
                s.sendall(b"a" * 1024)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = s.recv(65536)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:100]
    assert b'"headers_too_large"' in answer
    ok = httpx.get(gw.root_url + "/healthz", headers={"X-Fine": "a" * 8000})
    assert ok.status_code == 200

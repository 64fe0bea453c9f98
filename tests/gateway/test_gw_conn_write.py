"""Writes to a client once per turn of the event loop (``kanmon.gateway._conn_write``)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from kanmon.gateway._conn_write import Corked
from tests.conftest import GatewayFactory
from tests.gateway._conn_raw import connect, request, split_response
from tests.gateway._util import chat_body, new_key


class _Transport:
    """What reached the socket: one entry per write."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = self.aborted = False
        self.reading = True

    def write(self, data: bytes) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed or self.aborted

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.aborted = True

    def pause_reading(self) -> None:
        self.reading = False

    def resume_reading(self) -> None:
        self.reading = True

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 5555)}.get(name, default)

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self.limits = (high, low)


def _corked() -> tuple[Corked, _Transport]:
    t = _Transport()
    return Corked(t, asyncio.get_running_loop()), t  # type: ignore[arg-type]


async def test_writes_of_one_turn_leave_in_one_write() -> None:
    c, t = _corked()
    c.write(b"HTTP/1.1 200 OK\r\n\r\n")
    c.write(b"data: 1\n\n")
    c.write(b"data: 2\n\n")
    assert t.writes == []  # nothing before the turn ends
    await asyncio.sleep(0)
    assert t.writes == [b"HTTP/1.1 200 OK\r\n\r\ndata: 1\n\ndata: 2\n\n"]
    # a write in a later turn is a write of its own: a paced stream stays incremental
    c.write(b"data: 3\n\n")
    await asyncio.sleep(0)
    c.write(b"data: 4\n\n")
    await asyncio.sleep(0)
    assert t.writes[1:] == [b"data: 3\n\n", b"data: 4\n\n"]


async def test_close_writes_what_was_collected_first() -> None:
    c, t = _corked()
    c.write(b"a")
    c.write(b"b")
    c.close()
    assert t.writes == [b"ab"] and t.closed
    await asyncio.sleep(0)  # the turn's own flush finds nothing left
    assert t.writes == [b"ab"]


async def test_abort_and_a_closing_socket_drop_what_was_collected() -> None:
    c, t = _corked()
    c.write(b"a")
    c.abort()
    await asyncio.sleep(0)
    assert t.writes == [] and t.aborted
    c, t = _corked()
    c.write(b"b")
    t.closed = True  # the peer went away within the turn
    await asyncio.sleep(0)
    assert t.writes == []


async def test_the_rest_of_the_transport_is_the_socket_s() -> None:
    c, t = _corked()
    c.pause_reading()
    assert not t.reading
    c.resume_reading()
    assert t.reading
    assert c.get_extra_info("peername") == ("127.0.0.1", 5555)
    assert c.get_extra_info("socket", "none") == "none"
    c.set_write_buffer_limits(high=10)  # looked up on the real transport
    assert t.limits == (10, None)
    assert not c.is_closing()


def test_an_answer_leaves_the_server_in_one_write(gateway: GatewayFactory) -> None:
    """Head and body of a JSON answer reach the client as one write: one read on loopback holds
    them whole."""
    gw = gateway()
    key = new_key(gw)
    s = connect(gw)
    try:
        # Several answers on one connection: two writes would, now and then, reach the reader
        # apart; one write always arrives whole.
        for _ in range(8):
            s.sendall(request("POST", "/v1/chat/completions", key=key, body=chat_body()))
            status, headers, payload = split_response(_first_read(s))
            assert status == 200
            assert int(headers["content-length"]) == len(payload)  # all of it in the one read
        # (one read holds one write whole; two writes mostly too, the reader being slower than
        # the two: so also check that the server's connections write through ``Corked``)
        (conn,) = gw._server.server_state.connections
        assert isinstance(conn.transport, Corked)
    finally:
        s.close()


def _first_read(s: socket.socket) -> bytes:
    s.settimeout(10)
    data = s.recv(1 << 20)
    assert data, "the server closed without answering"
    return data

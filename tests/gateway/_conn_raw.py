"""Raw-socket HTTP/1 for the connection tests: what a hostile or old client really sends."""

from __future__ import annotations

import socket
import time

import orjson

from kanmon.gateway import GatewayThread


def connect(gw: GatewayThread, data: bytes = b"") -> socket.socket:
    s = socket.create_connection((gw.host, gw.port), timeout=10)
    if data:
        s.sendall(data)
    return s


def request(
    method: str,
    path: str,
    *,
    version: str = "1.1",
    key: str | None = None,
    body: object | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A whole request, as bytes."""
    raw = orjson.dumps(body) if body is not None else b""
    lines = [f"{method} {path} HTTP/{version}", "Host: 127.0.0.1"]
    if key is not None:
        lines.append(f"Authorization: Bearer {key}")
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(raw)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + raw


def read_until_closed(s: socket.socket, within_s: float) -> bytes:
    """Everything the server sends until it closes; fails if it is still open after
    ``within_s``."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + within_s
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"connection still open after {within_s} s: {b''.join(chunks)!r}")
        s.settimeout(left)
        try:
            chunk = s.recv(65536)
        except ConnectionResetError:
            break
        except TimeoutError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def read_response(s: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One response framed by Content-Length, leaving the connection open."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(65536)
        assert chunk, f"closed mid-head: {buf!r}"
        buf += chunk
    head, body = buf.split(b"\r\n\r\n", 1)
    status, headers = parse_head(head)
    size = int(headers["content-length"])
    while len(body) < size:
        chunk = s.recv(65536)
        assert chunk, "closed mid-body"
        body += chunk
    return status, headers, body


def parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers


def split_response(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status, headers = parse_head(head)
    return status, headers, body

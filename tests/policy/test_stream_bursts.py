"""Through the gateway: an upstream's events that arrive in one read are scanned as one text
(the output scan runs once for the burst, not once per event), and what the caller gets is the
same redacted answer as when the events arrive apart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import openai
import orjson
import pytest

from kanmon.core import Finding
from kanmon.policy import PolicySteps
from kanmon.request import ChunkFilter, Exchange
from tests.conftest import sim_deployment
from tests.gateway._util import new_key
from tests.policy._policies import write_policy

LEAK = "AKIAZ2A4KEY7SECRET5X"
ANSWER = f"Here is the key {LEAK} for you, use it well, and keep it somewhere safe."


def _burst() -> bytes:
    """The whole stream, four characters an event, in one write."""
    base = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    deltas += [{"content": ANSWER[i : i + 4]} for i in range(0, len(ANSWER), 4)]
    events = [
        {**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas
    ]
    events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    events.append({**base, "choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 9}})
    body = b"".join(b"data: " + orjson.dumps(e) + b"\n\n" for e in events) + b"data: [DONE]\n\n"
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
    return head + body


class _OneWrite(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.wfile.write(_burst())
        self.close_connection = True

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def burst_upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OneWrite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


class _Recorded:
    """The policy's stream filter, recording the ``more`` it is fed with."""

    def __init__(self, inner: ChunkFilter, flags: list[bool]) -> None:
        self.inner, self.flags = inner, flags

    def feed(self, chunk: dict[str, Any], more: bool = False) -> list[dict[str, Any]]:
        self.flags.append(more)
        return self.inner.feed(chunk, more)

    def finish(self) -> list[dict[str, Any]]:
        return self.inner.finish()


def test_a_burst_is_scanned_once_and_redacted_as_a_whole(
    gateway: Any, tmp_path: Path, burst_upstream: str
) -> None:
    gw = gateway(
        routes={"burst": ["d-burst"]},
        deployments=[sim_deployment("d-burst", "m", burst_upstream)],
        policy={"file": str(write_policy(tmp_path))},
    )
    [steps] = [f for _, f in gw.services.path.steps.output if isinstance(f, PolicySteps)]
    scanned: list[str] = []
    flags: list[bool] = []
    scan_out = steps._scan_out
    for_stream = steps.for_stream

    def counting(text: str) -> list[Finding]:
        scanned.append(text)
        return scan_out(text)

    def recording(ex: Exchange) -> ChunkFilter:
        return _Recorded(for_stream(ex), flags)

    steps._scan_out = counting  # type: ignore[method-assign]
    steps.for_stream = recording  # type: ignore[method-assign]

    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    text = ""
    for chunk in client.chat.completions.create(
        model="burst", messages=[{"role": "user", "content": "the key?"}], stream=True
    ):
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    assert text == ANSWER.replace(LEAK, "<AWS_ACCESS_KEY>")
    # every event the filter saw was followed by another in hand (the last, the finish, by the
    # usage event, which the caller did not ask for); the finish let the text out, scanned once
    assert flags == [True] * len(flags) and len(flags) == 2 + len(range(0, len(ANSWER), 4))
    assert scanned == [ANSWER]

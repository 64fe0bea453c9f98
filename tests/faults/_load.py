"""A light load that records what every request got back (status, error code, Retry-After,
latency), for the fault suite and bench/faults_bench.py."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass(slots=True)
class Result:
    t0: float
    t1: float
    status: int
    code: str | None
    retry_after: str | None
    request_id: str | None
    tokens: int = 0
    message: str = ""

    @property
    def latency(self) -> float:
        return self.t1 - self.t0


@dataclass
class Load:
    """``concurrency`` clients, each sending one chat request after another until stopped."""

    url: str
    key: str
    concurrency: int = 4
    body: dict[str, Any] = field(
        default_factory=lambda: {
            "model": "chat",
            "messages": [{"role": "user", "content": "hello"}],
            "max_tokens": 16,
        }
    )
    results: list[Result] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    def __enter__(self) -> Load:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> list[Result]:
        self._stop.set()
        self._thread.join(60)
        return self.results

    def since(self, t: float) -> list[Result]:
        return [r for r in list(self.results) if r.t0 >= t]

    async def _main(self) -> None:
        limits = httpx.Limits(max_connections=self.concurrency)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            await asyncio.gather(*(self._client(client) for _ in range(self.concurrency)))

    async def _client(self, client: httpx.AsyncClient) -> None:
        headers = {"Authorization": f"Bearer {self.key}"}
        while not self._stop.is_set():
            t0 = time.monotonic()
            try:
                r = await client.post(
                    self.url + "/chat/completions", json=self.body, headers=headers
                )
            except httpx.HTTPError as e:  # a refused or broken connection: also an outcome
                self.results.append(Result(t0, time.monotonic(), 0, type(e).__name__, None, None))
                await asyncio.sleep(0.05)
                continue
            t1 = time.monotonic()
            body = (
                r.json() if r.headers.get("content-type", "").startswith("application/json") else {}
            )
            error = (body.get("error") or {}) if isinstance(body, dict) else {}
            code = error.get("code")
            usage = body.get("usage") or {} if r.status_code == 200 else {}
            self.results.append(
                Result(
                    t0,
                    t1,
                    r.status_code,
                    code,
                    r.headers.get("retry-after"),
                    r.headers.get("x-request-id"),
                    int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0)),
                    str(error.get("message", "")),
                )
            )
            if r.status_code != 200:
                await asyncio.sleep(0.02)  # as a client backing off a little would

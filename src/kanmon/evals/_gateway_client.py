"""The eval runner's HTTP client to a Kanmon gateway: pooled, with retries on transient errors.

Every call goes through the gateway (auth → pipeline steps → route → provider → audit), so a
result is evidence about the deployment that serves real traffic, and links to its audit record
through the ``x-request-id`` response header.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson

_RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


@dataclass(slots=True)
class CallResult:
    status: str  # "ok" | "blocked" | "error"
    text: str
    http_status: int
    deployment: str | None
    request_id: str | None
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    attempts: int
    error: str | None = None
    #: The tool calls the model made: ``{"name", "arguments"}`` (arguments as sent, JSON text).
    tool_calls: list[dict[str, str]] = field(default_factory=list)

    def to_cache(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "tool_calls": self.tool_calls,
            "deployment": self.deployment,
            "request_id": self.request_id,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "latency_ms": self.latency_ms,
        }

    @classmethod
    def from_cache(cls, d: dict[str, Any]) -> CallResult:
        return cls(
            status="ok",
            text=str(d["text"]),
            http_status=200,
            deployment=d.get("deployment"),
            request_id=d.get("request_id"),
            prompt_tokens=int(d.get("prompt_tokens", 0)),
            completion_tokens=int(d.get("completion_tokens", 0)),
            latency_ms=float(d.get("latency_ms", 0.0)),
            attempts=0,
            tool_calls=list(d.get("tool_calls") or []),
        )


class GatewayClient:
    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        retries: int = 2,
        timeout_s: float = 120.0,
        backoff_s: float = 0.2,
        pool: int = 256,
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
        self.retries = retries
        self.backoff_s = backoff_s
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._pool = pool
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> GatewayClient:
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self._pool, keepalive_timeout=30),
            timeout=self._timeout,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def chat(self, body: dict[str, Any]) -> CallResult:
        assert self._session is not None, "use `async with GatewayClient(...)`"
        payload = orjson.dumps(body)
        t0 = time.perf_counter()
        attempt = 0
        while True:
            attempt += 1
            try:
                async with self._session.post(self.url, data=payload, headers=self.headers) as r:
                    raw = await r.read()
                    status = r.status
                    dep = r.headers.get("x-kanmon-deployment")
                    rid = r.headers.get("x-request-id")
            except (aiohttp.ClientError, TimeoutError) as e:
                if attempt <= self.retries:
                    await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
                    continue
                return CallResult(
                    "error", "", 0, None, None, 0, 0, _ms(t0), attempt, f"{type(e).__name__}"
                )
            if status == 200:
                return _ok(raw, dep, rid, t0, attempt)
            if status in _RETRY_STATUS and attempt <= self.retries:
                await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
                continue
            message, code = _error(raw)
            kind = "blocked" if status in (403, 451) else "error"
            return CallResult(
                kind, "", status, dep, rid, 0, 0, _ms(t0), attempt, f"{status} {code}: {message}"
            )


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 3)


def _ok(raw: bytes, dep: str | None, rid: str | None, t0: float, attempt: int) -> CallResult:
    try:
        doc = orjson.loads(raw)
        msg = doc["choices"][0]["message"]
        text = msg.get("content") or ""
        usage = doc.get("usage") or {}
        calls = [
            {
                "name": str(tc["function"].get("name") or ""),
                "arguments": str(tc["function"].get("arguments") or ""),
            }
            for tc in msg.get("tool_calls") or ()
            if isinstance(tc, dict) and isinstance(tc.get("function"), dict)
        ]
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, AttributeError):
        return CallResult("error", "", 200, dep, rid, 0, 0, _ms(t0), attempt, "bad response")
    return CallResult(
        "ok",
        text if isinstance(text, str) else str(text),
        200,
        dep,
        rid,
        int(usage.get("prompt_tokens") or 0),
        int(usage.get("completion_tokens") or 0),
        _ms(t0),
        attempt,
        tool_calls=calls,
    )


def _error(raw: bytes) -> tuple[str, str]:
    try:
        err = orjson.loads(raw).get("error") or {}
        return str(err.get("message", ""))[:300], str(err.get("code") or err.get("type") or "")
    except (orjson.JSONDecodeError, AttributeError):
        return raw[:200].decode("utf-8", "replace"), ""

"""Router rules with fake providers: which failures retry, which fall back, which surface."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.errors import BadRequestError, NotFoundError, UpstreamError, UpstreamTimeoutError
from kanmon.providers._http import RetryPolicy, UpstreamHTTPError
from kanmon.request import Exchange
from kanmon.routing import Breaker, Router


def _dep(dep_id: str, retries: int = 2) -> Deployment:
    return Deployment(
        id=dep_id,
        model="m",
        provider="p",
        provider_entity="e",
        provider_jurisdiction="zz",
        processing_region="LOCAL",
        base_url="http://127.0.0.1:9/v1",
        model_alias=f"alias-{dep_id}",
        max_retries=retries,
    )


class FakeProvider:
    def __init__(self, outcomes: list[Any]) -> None:
        self.outcomes = outcomes
        self.bodies: list[dict[str, Any]] = []

    async def chat(self, body: dict[str, Any]) -> dict[str, Any]:
        self.bodies.append(body)
        out = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(out, BaseException):
            raise out
        assert isinstance(out, dict)
        return out


ME = Principal("k1", "n", "t", frozenset({"app"}))


def _router(providers: dict[str, FakeProvider], chain: list[str], **kw: Any) -> Router:
    deps = [_dep(d, kw.pop(f"retries_{d}", 2)) for d in chain]
    return Router(
        {"m": deps},
        providers,  # type: ignore[arg-type]
        retry=RetryPolicy(base_delay_s=0, max_delay_s=0),
        breaker=Breaker(kw.pop("threshold", 3), 60),
    )


async def _chat(router: Router) -> tuple[Exchange, dict[str, Any]]:
    ex = Exchange(endpoint="chat.completions")
    ex.candidates = router.candidates("m", ME)
    return ex, await router.chat(ex, {"model": "m", "messages": []})


async def test_retry_then_success_sends_alias() -> None:
    a = FakeProvider([UpstreamHTTPError(503, b""), {"ok": 1}])
    ex, out = await _chat(_router({"a": a}, ["a"]))
    assert out == {"ok": 1}
    assert [b["model"] for b in a.bodies] == ["alias-a", "alias-a"]
    assert [(x.deployment, x.status, x.retries) for x in ex.attempts] == [("a", "ok", 1)]


async def test_upstream_auth_failure_falls_back_without_retry() -> None:
    a = FakeProvider([UpstreamHTTPError(401, b"")])
    b = FakeProvider([{"ok": 2}])
    ex, out = await _chat(_router({"a": a, "b": b}, ["a", "b"]))
    assert out == {"ok": 2} and len(a.bodies) == 1
    assert [(x.deployment, x.status) for x in ex.attempts] == [("a", "http_401"), ("b", "ok")]


async def test_upstream_400_surfaces_with_its_message() -> None:
    a = FakeProvider([UpstreamHTTPError(400, b'{"error": {"message": "bad temperature"}}')])
    b = FakeProvider([{"ok": 2}])
    with pytest.raises(BadRequestError, match="bad temperature"):
        await _chat(_router({"a": a, "b": b}, ["a", "b"]))
    assert b.bodies == [] and len(a.bodies) == 1


async def test_all_timeouts_is_504_mixed_is_502() -> None:
    a = FakeProvider([TimeoutError()])
    b = FakeProvider([TimeoutError()])
    with pytest.raises(UpstreamTimeoutError):
        await _chat(_router({"a": a, "b": b}, ["a", "b"], retries_a=0, retries_b=0))
    c = FakeProvider([UpstreamHTTPError(500, b"")])
    with pytest.raises(UpstreamError) as e:
        await _chat(_router({"a": FakeProvider([TimeoutError()]), "c": c}, ["a", "c"]))
    assert not isinstance(e.value, UpstreamTimeoutError)
    assert e.value.attempts == ["a: timeout", "c: http_500"]


async def test_retry_after_is_honoured_but_capped() -> None:
    a = FakeProvider([UpstreamHTTPError(429, b"", retry_after=30.0), {"ok": 1}])
    router = _router({"a": a}, ["a"])
    router.retry = RetryPolicy(base_delay_s=0, max_delay_s=0.05)
    ex, _ = await asyncio.wait_for(_chat(router), timeout=2)
    assert ex.attempts[0].retries == 1


async def test_breaker_reorders_and_recovers() -> None:
    a = FakeProvider([UpstreamHTTPError(500, b"")])
    b = FakeProvider([{"ok": 2}])
    router = _router({"a": a, "b": b}, ["a", "b"], threshold=2, retries_a=0)
    for _ in range(2):
        await _chat(router)
    ex, _ = await _chat(router)
    assert [x.deployment for x in ex.attempts] == ["b"]
    assert router.breaker.state()["a"]["consecutive_failures"] == 2
    router.breaker.success("a")
    assert [d.id for d in router.candidates("m", ME)] == ["a", "b"]


def test_unknown_model() -> None:
    with pytest.raises(NotFoundError):
        _router({}, []).candidates("nope", ME)

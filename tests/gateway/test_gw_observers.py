"""Observers (metrics, traces, logs) see every exchange once, after its end, with each step and
upstream attempt timed in the order it ran; without observers nothing is timed."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import openai

from kanmon.request import Exchange
from tests.gateway._util import new_key


class Seen:
    def __init__(self) -> None:
        self.ended: list[Exchange] = []

    def done(self, ex: Exchange) -> None:
        self.ended.append(ex)

    def one(self, request_id: str) -> Exchange:
        found = [ex for ex in self.ended if ex.request_id == request_id]
        assert len(found) == 1, (request_id, [e.request_id for e in self.ended])
        return found[0]


class Broken:
    def done(self, ex: Exchange) -> None:
        raise RuntimeError("an observer's bug")


def _observe(gw: Any, *observers: Any) -> None:
    s = gw.services
    s.observers = observers
    s.path.steps = dataclasses.replace(s.path.steps, observers=observers)


def _names(ex: Exchange) -> list[str]:
    assert ex.marks is not None
    return [m.name for m in ex.marks]


def test_each_exchange_is_observed_once_with_its_steps_timed(gateway: Any) -> None:
    gw = gateway()
    seen = Seen()
    _observe(gw, Broken(), seen)  # one observer's failure neither fails the request nor the next
    app = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    ask: Any = [{"role": "user", "content": "hello"}]

    r = app.chat.completions.with_raw_response.create(model="chat", messages=ask)
    ex = seen.one(r.headers["x-request-id"])
    assert ex.status == 200 and ex.deployment is not None and ex.deployment.id == "d-main"
    assert _names(ex) == ["auth", "parse", "route", "reserve", "attempt", "call", "audit"]
    assert ex.marks is not None
    assert all(m.start <= m.end for m in ex.marks)
    assert [m.start for m in ex.marks if m.name != "attempt"] == sorted(
        m.start for m in ex.marks if m.name != "attempt"
    )
    attempt = ex.marks[4]
    assert dict(attempt.detail) == {"deployment": "d-main", "outcome": "ok"}
    assert ex.first_chunk is None

    stream = app.chat.completions.with_raw_response.create(model="chat", messages=ask, stream=True)
    for _ in stream.parse():
        pass
    ex = seen.one(stream.headers["x-request-id"])
    assert ex.stream and ex.first_chunk is not None and ex.first_chunk > ex.started
    assert _names(ex) == ["auth", "parse", "route", "reserve", "attempt", "call", "audit"]

    # fallback: one attempt per deployment tried, with its outcome
    r = app.chat.completions.with_raw_response.create(model="fallback", messages=ask)
    ex = seen.one(r.headers["x-request-id"])
    assert [dict(m.detail) for m in ex.marks or () if m.name == "attempt"] == [
        {"deployment": "d-503", "outcome": "http_503"},
        {"deployment": "d-main", "outcome": "ok"},
    ]

    # refused before a key was known: not on the audit log one by one, but observed
    bad = httpx.post(
        gw.base_url + "/chat/completions",
        json={"model": "chat", "messages": ask},
        headers={"Authorization": "Bearer sk-wrong"},
    )
    assert bad.status_code == 401
    ex = seen.one(bad.headers["x-request-id"])
    assert ex.status == 401 and ex.principal is None and _names(ex) == ["auth"]

    # refused after parse: observed with the steps that ran
    r2 = httpx.post(
        gw.base_url + "/chat/completions",
        json={"model": "no-such-model", "messages": ask},
        headers={"Authorization": f"Bearer {new_key(gw)}"},
    )
    assert r2.status_code == 404
    ex = seen.one(r2.headers["x-request-id"])
    assert ex.status == 404 and _names(ex) == ["auth", "parse", "route"]


def test_without_observers_nothing_is_timed(gateway: Any) -> None:
    gw = gateway()
    captured: list[Exchange] = []
    finish = gw.services.path.steps.finish
    real = finish.finish

    async def keep(ex: Exchange) -> None:
        captured.append(ex)
        await real(ex)

    finish.finish = keep  # type: ignore[method-assign]
    app = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    app.chat.completions.create(model="chat", messages=[{"role": "user", "content": "hi"}])
    assert captured and captured[-1].marks is None and not captured[-1].observed

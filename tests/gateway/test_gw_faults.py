"""Each injected upstream fault ends in a fallback or a clean OpenAI-style error: no hung
connection, no traceback to the client, and the attempts are on the audit record."""

from __future__ import annotations

import time

import httpx
import openai
import pytest

from kanmon.simulator import Fault, ModelBehaviour, SimulatorThread
from tests.conftest import sim_deployment
from tests.gateway._util import audit_rows, chat_body, new_key

BEFORE_FIRST_BYTE = [
    Fault.HTTP_500,
    Fault.HTTP_502,
    Fault.HTTP_503,
    Fault.HTTP_429,
    Fault.TIMEOUT,
    Fault.RESET,
    Fault.BAD_JSON,
]


def _gw(gateway, sim: SimulatorThread, fault: Fault, *, backup: bool):  # type: ignore[no-untyped-def]
    alias = f"faulty-{fault.value}"
    sim.set_model(alias, ModelBehaviour(fault=fault))
    deps = [
        sim_deployment("d-faulty", alias, sim.base_url, timeout_s=0.5, max_retries=1),
        sim_deployment("d-main", "sim-model", sim.base_url),
    ]
    chain = ["d-faulty", "d-main"] if backup else ["d-faulty"]
    return gateway(routes={"m": chain}, deployments=deps)


@pytest.mark.parametrize("fault", BEFORE_FIRST_BYTE, ids=lambda f: f.value)
def test_fault_falls_back(gateway, sim: SimulatorThread, fault: Fault) -> None:  # type: ignore[no-untyped-def]
    gw = _gw(gateway, sim, fault, backup=True)
    key = new_key(gw)
    t0 = time.monotonic()
    r = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body("m"),
        timeout=20,
    )
    assert time.monotonic() - t0 < 10
    assert r.status_code == 200, r.text
    assert r.headers["x-kanmon-deployment"] == "d-main"
    assert r.headers["x-kanmon-fallbacks"] == "1"
    [rec] = audit_rows(gw, request_id=r.headers["x-request-id"])
    first, second = rec["attempts"]
    assert first["deployment"] == "d-faulty" and first["status"] != "ok"
    assert first["retries"] == 1  # every one of these is retryable
    assert second == {**second, "deployment": "d-main", "status": "ok"}


@pytest.mark.parametrize("fault", BEFORE_FIRST_BYTE, ids=lambda f: f.value)
def test_fault_without_fallback_is_clean_error(gateway, sim: SimulatorThread, fault: Fault) -> None:  # type: ignore[no-untyped-def]
    gw = _gw(gateway, sim, fault, backup=False)
    key = new_key(gw)
    r = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body("m"),
        timeout=20,
    )
    expected = {Fault.TIMEOUT: 504, Fault.HTTP_429: 429}.get(fault, 502)
    assert r.status_code == expected, r.text
    err = r.json()["error"]
    if fault is Fault.HTTP_429:  # rate-limited past the retries: 429 and when to come back
        assert err["type"] == "rate_limit_error" and err["code"] == "upstream_rate_limited"
        assert int(r.headers["retry-after"]) >= 1
    else:
        assert err["type"] == "upstream_error"
    assert "d-faulty" in err["message"] and "Traceback" not in r.text
    [rec] = audit_rows(gw, request_id=r.headers["x-request-id"])
    assert rec["status"] == expected and rec["deployment"] is None


@pytest.mark.parametrize("fault", BEFORE_FIRST_BYTE, ids=lambda f: f.value)
def test_stream_fault_before_first_byte_falls_back(
    gateway, sim: SimulatorThread, fault: Fault
) -> None:  # type: ignore[no-untyped-def]
    gw = _gw(gateway, sim, fault, backup=True)
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0, timeout=20)
    text = "".join(
        (c.choices[0].delta.content or "") if c.choices else ""
        for c in client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}], stream=True
        )
    )
    assert text


@pytest.mark.parametrize("fault", [Fault.MALFORMED_SSE, Fault.MIDSTREAM_RESET], ids=str)
def test_midstream_fault_ends_with_error_event(gateway, sim: SimulatorThread, fault: Fault) -> None:  # type: ignore[no-untyped-def]
    gw = _gw(gateway, sim, fault, backup=True)
    key = new_key(gw)
    with httpx.stream(
        "POST",
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body("m", content="a long enough prompt to stream several chunks", stream=True),
        timeout=20,
    ) as r:
        assert r.status_code == 200
        events = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "data: [DONE]"
    assert '"upstream_stream_failed"' in events[-2]
    rid = r.headers["x-request-id"]
    [rec] = audit_rows(gw, request_id=rid)
    assert rec["status"] == 502 and rec["error_code"] == "upstream_stream_failed"
    # what reached the caller is on the record, as a counted estimate and marked as one
    assert rec["usage_estimated"] is True
    assert rec["prompt_tokens"] > 0 and rec["completion_tokens"] > 0
    # The SDK surfaces the error event as an exception rather than a silently short answer.
    client = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0, timeout=20)
    with pytest.raises(openai.APIError):
        for _ in client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "a long enough prompt to stream chunks"}],
            stream=True,
        ):
            pass


def test_breaker_moves_dead_deployment_back(gateway, sim: SimulatorThread) -> None:  # type: ignore[no-untyped-def]
    gw = _gw(gateway, sim, Fault.HTTP_500, backup=True)
    key = new_key(gw)
    for _ in range(5):
        r = httpx.post(
            gw.base_url + "/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json=chat_body("m"),
        )
        assert r.status_code == 200
    rows = sorted(
        (x for x in audit_rows(gw) if x["endpoint"] == "chat.completions"), key=lambda x: x["seq"]
    )
    # breaker_failures defaults to 3: after three failed requests d-faulty is tried last.
    assert [len(x["attempts"]) for x in rows] == [2, 2, 2, 1, 1]

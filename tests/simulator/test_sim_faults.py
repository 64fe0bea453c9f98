"""Every fault mode, seen from a raw aiohttp client, plus how faults are scheduled."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest

from kanmon.simulator import Fault, ModelBehaviour, Simulator, SimulatorConfig, run_simulator

LONG = "The quick brown fox jumps over the lazy dog. " * 4


def chat(model: str = "sim-model", *, stream: bool = False, text: str = "hello") -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": text}], "stream": stream}


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    cfg = SimulatorConfig(
        models={"sim-model": ModelBehaviour(default_reply=LONG)}, allow_any_model=True
    )
    async with run_simulator(cfg) as running:
        yield running


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def post(
    http: aiohttp.ClientSession, sim: Simulator, body: dict[str, Any], fault: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    headers = {"x-sim-fault": fault} if fault else {}
    async with http.post(f"{sim.base_url}/chat/completions", json=body, headers=headers) as r:
        return r.status, dict(r.headers), await r.read()


def sse_data(raw: bytes) -> list[bytes]:
    return [line[6:] for line in raw.split(b"\n") if line.startswith(b"data: ")]


@pytest.mark.parametrize(
    ("fault", "status", "kind"),
    [("http_500", 500, "server_error"), ("http_503", 503, "server_error")],
)
async def test_http_errors_are_openai_json(
    sim: Simulator, http: aiohttp.ClientSession, fault: str, status: int, kind: str
) -> None:
    got, headers, raw = await post(http, sim, chat(), fault)
    assert got == status
    assert headers["x-kanmon-simulator"] == "1"
    err = orjson.loads(raw)["error"]
    assert err["type"] == kind and set(err) == {"message", "type", "param", "code"}


async def test_http_429_says_retry_after_zero(sim: Simulator, http: aiohttp.ClientSession) -> None:
    status, headers, raw = await post(http, sim, chat(), "http_429")
    assert status == 429
    assert headers["Retry-After"] == "0"
    assert orjson.loads(raw)["error"]["code"] == "rate_limit_exceeded"


async def test_http_502_is_an_html_page_like_a_load_balancer(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    status, headers, raw = await post(http, sim, chat(stream=True), "http_502")
    assert status == 502
    assert headers["Content-Type"].startswith("text/html")
    assert b"502 Bad Gateway" in raw


async def test_reset_is_a_connection_error(sim: Simulator, http: aiohttp.ClientSession) -> None:
    with pytest.raises(aiohttp.ClientConnectionError):
        await post(http, sim, chat(), "reset")
    # The server is unharmed.
    assert (await post(http, sim, chat()))[0] == 200


async def test_timeout_hangs_without_blocking_other_requests(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    async def hanging() -> None:
        async with http.post(
            f"{sim.base_url}/chat/completions",
            json=chat(),
            headers={"x-sim-fault": "timeout"},
            timeout=aiohttp.ClientTimeout(total=0.5),
        ) as r:
            await r.read()

    started = time.monotonic()
    hang = asyncio.create_task(hanging())
    await asyncio.sleep(0.05)
    # While the first request hangs, another one (to an echoing model) is answered in full.
    status, _, raw = await post(http, sim, chat("echo", text="meanwhile"))
    answered = time.monotonic()
    assert status == 200 and b"meanwhile" in raw
    assert not hang.done()
    with pytest.raises(asyncio.TimeoutError):
        await hang
    assert answered < time.monotonic()
    assert time.monotonic() - started >= 0.45
    assert sim.stats()["models"]["sim-model"]["fault_modes"] == {"timeout": 1}


async def test_timeout_is_released_when_the_server_stops(http: aiohttp.ClientSession) -> None:
    cfg = SimulatorConfig(models={"m": ModelBehaviour(fault=Fault.TIMEOUT)})
    sim = Simulator(cfg)
    await sim.start()
    task = asyncio.create_task(post(http, sim, chat("m")))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await sim.stop()
    assert time.monotonic() - started < 2.5
    with pytest.raises(aiohttp.ClientConnectionError):
        await task


async def test_malformed_sse_sends_good_chunks_then_garbage(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    status, headers, raw = await post(http, sim, chat(stream=True), "malformed_sse")
    assert status == 200 and headers["Content-Type"].startswith("text/event-stream")
    data = sse_data(raw)
    good, bad = data[:2], data[2]
    assert [orjson.loads(d)["object"] for d in good] == ["chat.completion.chunk"] * 2
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(bad)


async def test_midstream_reset_cuts_the_stream_after_good_chunks(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    received: list[bytes] = []
    with pytest.raises(aiohttp.ClientPayloadError):
        async with http.post(
            f"{sim.base_url}/chat/completions",
            json=chat(stream=True),
            headers={"x-sim-fault": "midstream_reset"},
        ) as r:
            assert r.status == 200
            async for line in r.content:
                if line.startswith(b"data: "):
                    received.append(line)
    assert len(received) == 2
    assert b"[DONE]" not in b"".join(received)


async def test_midstream_reset_on_json_cuts_the_body(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    with pytest.raises(aiohttp.ClientPayloadError):
        await post(http, sim, chat(), "midstream_reset")


async def test_bad_json_is_a_200_with_a_broken_body(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    for stream in (False, True):
        status, headers, raw = await post(http, sim, chat(stream=stream), "bad_json")
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(raw)


async def test_slow_first_byte_delays_then_answers(http: aiohttp.ClientSession) -> None:
    cfg = SimulatorConfig(
        models={"m": ModelBehaviour(fault=Fault.SLOW_FIRST_BYTE, slow_first_byte_ms=300)}
    )
    async with run_simulator(cfg) as sim:
        started = time.monotonic()
        status, _, raw = await post(http, sim, chat("m"))
        assert time.monotonic() - started >= 0.28
        assert status == 200 and orjson.loads(raw)["object"] == "chat.completion"


async def test_fail_first_then_succeed(http: aiohttp.ClientSession) -> None:
    cfg = SimulatorConfig(models={"m": ModelBehaviour(fault=Fault.HTTP_503, fail_first=2)})
    async with run_simulator(cfg) as sim:
        statuses = [(await post(http, sim, chat("m")))[0] for _ in range(4)]
        assert statuses == [503, 503, 200, 200]
        assert sim.stats()["models"]["m"] == {
            "requests": 4,
            "streams": 0,
            "faults": 2,
            "fault_modes": {"http_503": 2},
        }
        sim.reset()  # re-arms fail_first
        assert (await post(http, sim, chat("m")))[0] == 503


async def test_fail_first_without_a_mode_means_http_500(http: aiohttp.ClientSession) -> None:
    cfg = SimulatorConfig(models={"m": ModelBehaviour(fail_first=1)})
    async with run_simulator(cfg) as sim:
        assert [(await post(http, sim, chat("m")))[0] for _ in range(2)] == [500, 200]


async def test_fault_rate_is_deterministic_per_seed(http: aiohttp.ClientSession) -> None:
    async def pattern(seed: int) -> list[int]:
        cfg = SimulatorConfig(
            models={"m": ModelBehaviour(fault=Fault.HTTP_500, fault_rate=0.5)}, seed=seed
        )
        async with run_simulator(cfg) as sim:
            return [(await post(http, sim, chat("m")))[0] for _ in range(20)]

    first, again, other = await pattern(1), await pattern(1), await pattern(2)
    assert first == again
    assert first != other
    assert {200, 500} == set(first)


async def test_header_forces_a_fault_on_a_healthy_model(
    sim: Simulator, http: aiohttp.ClientSession
) -> None:
    assert (await post(http, sim, chat(), "HTTP_503"))[0] == 503
    assert (await post(http, sim, chat()))[0] == 200
    status, _, raw = await post(http, sim, chat(), "explode")
    assert status == 400
    assert b"x-sim-fault" in raw


async def test_faults_apply_to_embeddings(sim: Simulator, http: aiohttp.ClientSession) -> None:
    async with http.post(
        f"{sim.base_url}/embeddings",
        json={"model": "sim-model", "input": "x"},
        headers={"x-sim-fault": "http_429"},
    ) as r:
        assert r.status == 429
    async with http.post(
        f"{sim.base_url}/embeddings",
        json={"model": "sim-model", "input": "x"},
        headers={"x-sim-fault": "bad_json"},
    ) as r:
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(await r.read())


async def test_latency_applies_before_the_first_byte(http: aiohttp.ClientSession) -> None:
    cfg = SimulatorConfig(models={"m": ModelBehaviour(latency_ms=250)})
    async with run_simulator(cfg) as sim:
        started = time.monotonic()
        async with http.post(f"{sim.base_url}/chat/completions", json=chat("m", stream=True)) as r:
            first = await r.content.readline()
            assert time.monotonic() - started >= 0.23
            assert first.startswith(b"data: ")
            await r.read()


async def outcome(http: aiohttp.ClientSession, url: str, body: dict[str, Any], fault: Fault) -> str:
    """Classify what a client sees: ok, status, connection, timeout or garbage."""
    headers = {"x-sim-fault": fault.value, "x-api-key": "k"}
    try:
        async with http.post(
            url, json=body, headers=headers, timeout=aiohttp.ClientTimeout(total=0.5)
        ) as r:
            raw = await r.read()
            if r.status != 200:
                return "status"
            is_sse = r.content_type == "text/event-stream"
    except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError):
        return "connection"
    except TimeoutError:
        return "timeout"
    try:
        if is_sse:
            for data in sse_data(raw):
                if data != b"[DONE]":
                    orjson.loads(data)
        else:
            orjson.loads(raw)
    except orjson.JSONDecodeError:
        return "garbage"
    return "ok"


EXPECTED = {
    Fault.HTTP_500: "status",
    Fault.HTTP_502: "status",
    Fault.HTTP_503: "status",
    Fault.HTTP_429: "status",
    Fault.TIMEOUT: "timeout",
    Fault.RESET: "connection",
    Fault.MALFORMED_SSE: "garbage",
    Fault.MIDSTREAM_RESET: "connection",
    Fault.BAD_JSON: "garbage",
    Fault.SLOW_FIRST_BYTE: "ok",
}


@pytest.mark.parametrize("route", ["chat/completions", "messages"])
@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
async def test_every_fault_on_every_route_and_mode(
    http: aiohttp.ClientSession, route: str, stream: bool
) -> None:
    assert set(EXPECTED) == set(Fault)
    cfg = SimulatorConfig(models={"m": ModelBehaviour(default_reply=LONG, slow_first_byte_ms=50)})
    body: dict[str, Any] = {**chat("m", stream=stream), "max_tokens": 500}
    async with run_simulator(cfg) as sim:
        url = f"{sim.base_url}/{route}"
        seen = {fault: await outcome(http, url, body, fault) for fault in Fault}
        assert seen == EXPECTED
        # No fault harms the server: a plain request still succeeds afterwards.
        assert await outcome(http, url, body, Fault.SLOW_FIRST_BYTE) == "ok"
        assert sim.stats()["models"]["m"]["faults"] == len(Fault) + 1

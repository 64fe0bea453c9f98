"""The control API under ``/_sim/`` and the Python handles (``SimulatorThread``, ``Simulator``)."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from kanmon.simulator import (
    BANNER,
    Fault,
    ModelBehaviour,
    SimulatorConfig,
    SimulatorThread,
)
from kanmon.simulator._control import is_loopback


def call(method: str, url: str, body: Any = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        with e:
            return e.code, json.loads(e.read())


def chat_status(sim: SimulatorThread, model: str = "sim-model", stream: bool = False) -> int:
    body = {"model": model, "messages": [{"role": "user", "content": "hi"}], "stream": stream}
    try:
        return call("POST", f"{sim.base_url}/chat/completions", body)[0]
    except json.JSONDecodeError:
        return 200  # a stream body is SSE, not JSON


@pytest.fixture
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread() as running:
        yield running


def test_stats_count_requests_streams_and_faults(sim: SimulatorThread) -> None:
    assert call("GET", f"{sim.root_url}/_sim/stats") == (
        200,
        {"models": {}, "totals": {"requests": 0, "streams": 0, "faults": 0}},
    )
    chat_status(sim)
    chat_status(sim, stream=True)
    req = urllib.request.Request(
        f"{sim.base_url}/chat/completions",
        data=json.dumps(
            {"model": "other", "messages": [{"role": "user", "content": "x"}]}
        ).encode(),
        headers={"Content-Type": "application/json", "x-sim-fault": "http_500"},
    )
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=10)
    exc.value.close()
    status, stats = call("GET", f"{sim.root_url}/_sim/stats")
    assert status == 200
    assert stats["models"]["sim-model"] == {
        "requests": 2,
        "streams": 1,
        "faults": 0,
        "fault_modes": {},
    }
    assert stats["models"]["other"]["fault_modes"] == {"http_500": 1}
    assert stats["totals"] == {"requests": 3, "streams": 1, "faults": 1}
    assert sim.stats() == stats


def test_reset_zeroes_counters(sim: SimulatorThread) -> None:
    chat_status(sim)
    status, stats = call("POST", f"{sim.root_url}/_sim/reset")
    assert status == 200 and stats["totals"]["requests"] == 0
    assert sim.stats()["models"] == {}


def test_put_replaces_a_behaviour_and_rearms_fail_first(sim: SimulatorThread) -> None:
    url = f"{sim.root_url}/_sim/models/flaky"
    status, body = call("PUT", url, {"fault": "http_503", "fail_first": 1})
    assert status == 200 and body["fault"] == "http_503"
    assert [chat_status(sim, "flaky") for _ in range(3)] == [503, 200, 200]
    call("PUT", url, {"fault": "http_503", "fail_first": 1})
    assert chat_status(sim, "flaky") == 503
    assert call("GET", url) == (200, body)
    models = call("GET", f"{sim.base_url}/models")[1]["data"]
    assert [m["id"] for m in models] == ["sim-model", "flaky"]


def test_patch_changes_only_the_given_fields(sim: SimulatorThread) -> None:
    call("PUT", f"{sim.root_url}/_sim/models/sim-model", {"default_reply": "kept"})
    status, body = call("PATCH", f"{sim.root_url}/_sim/models/sim-model", {"fault": "http_429"})
    assert status == 200
    assert body["default_reply"] == "kept" and body["fault"] == "http_429"
    assert chat_status(sim) == 429
    call("PATCH", f"{sim.root_url}/_sim/models/sim-model", {"fault": None})
    assert chat_status(sim) == 200


def test_put_rejects_invalid_behaviour_with_key_path(sim: SimulatorThread) -> None:
    status, body = call(
        "PUT", f"{sim.root_url}/_sim/models/m", {"fault": "meltdown", "chunk_chars": 0}
    )
    assert status == 400
    message = body["error"]["message"]
    assert "PUT /_sim/models/m: fault:" in message
    assert "PUT /_sim/models/m: chunk_chars:" in message
    status, body = call("PUT", f"{sim.root_url}/_sim/models/m", {"latecny_ms": 5})
    assert status == 400 and "latecny_ms: unknown key" in body["error"]["message"]


def test_config_endpoint_hides_the_api_key() -> None:
    with SimulatorThread(SimulatorConfig(api_key="sk-very-secret")) as sim:
        status, body = call("GET", f"{sim.root_url}/_sim/config")
        assert status == 200 and body["api_key"] == "***"
        assert "sim-model" in body["models"]


def test_python_set_model_set_fault_and_reset(sim: SimulatorThread) -> None:
    sim.set_model("sim-model", ModelBehaviour(fault=Fault.HTTP_500, fail_first=1))
    assert [chat_status(sim) for _ in range(2)] == [500, 200]
    sim.reset()
    assert chat_status(sim) == 500
    sim.set_fault("sim-model", Fault.HTTP_429)
    assert chat_status(sim) == 429
    sim.set_fault("sim-model", None)
    assert chat_status(sim) == 200
    sim.set_fault("sim-model", "http_503", fail_first=1)
    assert [chat_status(sim) for _ in range(2)] == [503, 200]
    assert sim.stats()["models"]["sim-model"]["fault_modes"] == {
        "http_429": 1,
        "http_500": 1,
        "http_503": 1,
    }


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("127.3.2.1")
    assert not is_loopback("10.0.0.5") and not is_loopback(None) and not is_loopback("nonsense")


def test_thread_start_reports_bind_errors() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OSError):
            SimulatorThread(port=port).start()


def test_thread_stop_is_prompt_and_idempotent() -> None:
    sim = SimulatorThread(SimulatorConfig(models={"m": ModelBehaviour(fault=Fault.TIMEOUT)}))
    with pytest.raises(RuntimeError):
        _ = sim.base_url  # not started yet
    sim.start()
    url = sim.base_url
    assert call("GET", f"{sim.root_url}/healthz") == (200, {"status": "ok", "simulator": True})
    started = time.monotonic()
    sim.stop()
    sim.stop()
    assert time.monotonic() - started < 3
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/models", timeout=2)
    # Counters outlive the server, so a demo can report them after shutting down.
    assert sim.stats()["totals"] == {"requests": 0, "streams": 0, "faults": 0}


def test_banner_names_a_simulator() -> None:
    assert "SIMULATED UPSTREAM" in BANNER and "not a real model" in BANNER

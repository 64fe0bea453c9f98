"""The log: one JSON line per request (its id the same as in the audit record and the trace)
and per event, in the configured format and level, never a key, a prompt or a completion."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kanmon.config import KanmonConfig
from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from kanmon.telemetry import FIELDS, configure_logging
from tests.cli.test_serve_workers import _free_port, _wait_healthy
from tests.conftest import ADMIN_KEY, GatewayFactory, sim_deployment
from tests.gateway._util import audit_rows, chat_body, new_key
from tests.telemetry._otlp import Receiver

SECRET_KEY = "sk-live-51Habcdefghijklmnopqrstuvwxyz0123456789"
PII = "My email is jane.doe@example.com and my card is 4111 1111 1111 1111."


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The root logger's handlers and level, restored after the test configured its own."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield io.StringIO()
    for h in list(root.handlers):
        root.removeHandler(h)
    for h in handlers:
        root.addHandler(h)
    root.setLevel(level)


def _lines(buf: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def _post(gw: GatewayThread, key: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        gw.base_url + "/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}
    )


def test_one_json_line_per_request_without_secrets_or_content(
    gateway: GatewayFactory, captured: io.StringIO
) -> None:
    with Receiver() as otlp:
        cfg: dict[str, Any] = {
            "logging": {"format": "json", "level": "info"},
            "tracing": {"enabled": True, "endpoint": otlp.endpoint, "sample_ratio": 1.0},
        }
        gw = gateway(**cfg)
        configure_logging(KanmonConfig.model_validate(cfg), stream=captured)
        key = new_key(gw)
        ok = _post(gw, key, chat_body(content=PII))
        bad = _post(gw, SECRET_KEY, chat_body(content=PII))
        assert (ok.status_code, bad.status_code) == (200, 401)
        answer = ok.json()["choices"][0]["message"]["content"]
        [rec] = audit_rows(gw, request_id=ok.headers["x-request-id"])
        gw.stop()  # flushes the spans and ends the gateway's log

    text = captured.getvalue()
    requests = {r["request_id"]: r for r in _lines(captured) if r.get("event") == "request"}
    line = requests[ok.headers["x-request-id"]]
    assert line["key_id"] == rec["key_id"] and line["key_id"]
    assert line["level"] == "info" and line["logger"] == "kanmon.requests"
    assert line["endpoint"] == "chat.completions" and line["route"] == "chat"
    assert line["deployment"] == "d-main" and line["status"] == 200
    assert line["decision"] == "allow" and line["latency_ms"] > 0
    [root] = [s for s in otlp.spans if s.kind == "SERVER" and s.trace_id == line["trace_id"]]
    assert root.attributes["kanmon.request_id"] == line["request_id"]

    refused = requests[bad.headers["x-request-id"]]
    assert refused["status"] == 401 and refused["key_id"] is None
    assert refused["decision"] == "deny" and refused["error"] == bad.json()["error"]["code"]

    for secret in (SECRET_KEY, key, "jane.doe@example.com", "4111 1111", answer):
        assert secret not in text


def test_events_and_errors_are_json_lines_too(captured: io.StringIO) -> None:
    configure_logging(
        KanmonConfig.model_validate({"logging": {"format": "json", "level": "warning"}}),
        stream=captured,
    )
    log = logging.getLogger("kanmon.gateway")
    log.info("not at this level")
    log.warning("policy reloaded", extra={FIELDS: {"event": "reload", "what": "policy"}})
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("observer failed")
    reload, error = _lines(captured)
    assert reload["event"] == "reload" and reload["level"] == "warning"
    assert reload["msg"] == "policy reloaded" and reload["ts"].endswith("+00:00")
    assert error["level"] == "error" and "ValueError: boom" in error["error"]


def test_text_format_and_level_fallback(captured: io.StringIO) -> None:
    configure_logging(KanmonConfig.model_validate({"log_level": "info"}), stream=captured)
    logging.getLogger("kanmon.requests").info(
        "request", extra={FIELDS: {"request_id": "req_1", "status": 200, "deployment": None}}
    )
    [line] = captured.getvalue().splitlines()
    assert line.endswith("INFO kanmon.requests: request request_id=req_1 status=200")


def test_no_request_lines_above_info(gateway: GatewayFactory) -> None:
    gw = gateway(logging={"format": "json", "level": "warning"})
    assert gw.services.observers == ()


def test_kanmon_serve_with_two_workers_writes_json_lines_only(
    tmp_path: Path, sim: SimulatorThread
) -> None:
    port = _free_port()
    doc = {
        "gateway": {"port": port, "workers": 2},
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
        "logging": {"format": "json", "level": "info"},
        "log_level": "info",  # uvicorn's own lines too
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kanmon", "serve", "-c", str(path)],
        env={**os.environ, "KANMON_ADMIN_KEY": ADMIN_KEY},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    root = f"http://127.0.0.1:{port}"
    ids = []
    try:
        _wait_healthy(root, proc)
        r = httpx.post(
            root + "/admin/keys",
            headers={"Authorization": f"Bearer {ADMIN_KEY}"},
            json={"name": "t", "team": "qa", "roles": ["app"]},
        )
        key = r.json()["key"]
        ids.append(r.headers["x-request-id"])  # an admin call has its line too
        for _ in range(4):
            ok = httpx.post(
                root + "/v1/chat/completions",
                json=chat_body(content=PII),
                headers={"Authorization": f"Bearer {key}"},
            )
            assert ok.status_code == 200
            ids.append(ok.headers["x-request-id"])
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=40)
    text = err.decode()
    lines = [json.loads(line) for line in text.splitlines()]  # every line is JSON
    assert {ln["request_id"] for ln in lines if ln.get("event") == "request"} == set(ids)
    assert [ln["event"] for ln in lines if ln.get("event") == "startup"] == ["startup"]
    assert any(ln["logger"].startswith("uvicorn") for ln in lines)
    assert "jane.doe@example.com" not in text and key not in text and ADMIN_KEY not in text

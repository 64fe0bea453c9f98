"""The log: one JSON line per request (its id the same as in the audit record and the trace)
and per event, in the configured format and level, never a key, a prompt or a completion."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kanmon.config import KanmonConfig
from kanmon.gateway import GatewayThread
from kanmon.telemetry import FIELDS, configure_logging
from tests.conftest import GatewayFactory
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
            "tracing": {"enabled": True, "endpoint": otlp.endpoint},
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

"""Calls that are not model calls (the admin API, console pages) are observed too: counted and
timed by the route table's name for the endpoint (never the path they were called by), and a
JSON log line each, with the request id the caller got and the audit record has."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from kanmon.config import KanmonConfig
from kanmon.telemetry import configure_logging
from tests.conftest import ADMIN_KEY, GatewayFactory
from tests.gateway._util import audit_rows, auditor_key, chat_body, new_key


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


def _samples(text: str, name: str) -> dict[frozenset[tuple[str, str]], float]:
    return {
        frozenset(s.labels.items()): s.value
        for fam in text_string_to_metric_families(text)
        for s in fam.samples
        if s.name == name
    }


def test_admin_calls_are_counted_timed_and_logged(
    gateway: GatewayFactory, captured: io.StringIO
) -> None:
    cfg: dict[str, Any] = {"logging": {"format": "json", "level": "info"}}
    gw = gateway(metrics={"enabled": True}, **cfg)
    configure_logging(KanmonConfig.model_validate(cfg), stream=captured)
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    app = new_key(gw)  # itself an admin call: POST /admin/keys
    listed = httpx.get(gw.root_url + "/admin/keys", headers=admin)
    missing = httpx.get(gw.root_url + "/admin/reviews/rev_no_such_item", headers=admin)
    refused = httpx.get(gw.root_url + "/admin/keys", headers={"Authorization": f"Bearer {app}"})
    assert (listed.status_code, missing.status_code, refused.status_code) == (200, 404, 403)
    model = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {app}"},
        json=chat_body(),
    )
    assert model.status_code == 200

    scrape = httpx.get(
        gw.root_url + "/metrics", headers={"Authorization": f"Bearer {auditor_key(gw)}"}
    )
    calls = _samples(scrape.text, "kanmon_admin_calls_total")
    assert calls[frozenset({("endpoint", "admin.keys.list"), ("status", "200")})] == 1
    assert calls[frozenset({("endpoint", "admin.keys.list"), ("status", "403")})] == 1
    assert calls[frozenset({("endpoint", "review.show"), ("status", "404")})] == 1
    assert calls[frozenset({("endpoint", "admin.keys.create"), ("status", "201")})] == 2
    # bounded: names from the route table only, no path, id or model call among them
    values = {v for labels in calls for _, v in labels}
    assert not any("/" in v or "rev_no_such_item" in v for v in values)
    assert "chat.completions" not in values
    timed = _samples(scrape.text, "kanmon_admin_call_seconds_count")
    assert timed[frozenset({("endpoint", "admin.keys.list")})] == 2
    took = _samples(scrape.text, "kanmon_admin_call_seconds_sum")
    assert took[frozenset({("endpoint", "admin.keys.list")})] > 0
    # the model call is counted where it was, and only there
    model_calls = _samples(scrape.text, "kanmon_requests_total")
    assert sum(model_calls.values()) == 1

    gw.stop()  # ends the gateway's log
    lines = [json.loads(line) for line in captured.getvalue().splitlines()]
    requests = {ln["request_id"]: ln for ln in lines if ln.get("event") == "request"}
    for r, endpoint in (
        (listed, "admin.keys.list"),
        (missing, "review.show"),
        (refused, "admin.keys.list"),
    ):
        line = requests[r.headers["x-request-id"]]
        assert line["endpoint"] == endpoint and line["status"] == r.status_code
        assert line["latency_ms"] > 0 and line["logger"] == "kanmon.requests"
    assert requests[listed.headers["x-request-id"]]["key_id"] == "bootstrap-admin"
    assert ADMIN_KEY not in captured.getvalue() and app not in captured.getvalue()


def test_console_pages_are_counted_and_logged(
    gateway: GatewayFactory, captured: io.StringIO
) -> None:
    cfg: dict[str, Any] = {"logging": {"format": "json", "level": "info"}}
    gw = gateway(metrics={"enabled": True}, **cfg)
    configure_logging(KanmonConfig.model_validate(cfg), stream=captured)
    with httpx.Client(base_url=gw.root_url) as browser:
        form = browser.get("/console/login")
        [csrf] = re.findall(r'name="csrf" value="([^"]+)"', form.text)
        signed_in = browser.post("/console/login", data={"csrf": csrf, "key": ADMIN_KEY})
        assert signed_in.status_code == 303
        overview = browser.get("/console/")
        assert overview.status_code == 200

    scrape = httpx.get(
        gw.root_url + "/metrics", headers={"Authorization": f"Bearer {auditor_key(gw)}"}
    )
    calls = _samples(scrape.text, "kanmon_admin_calls_total")
    assert calls[frozenset({("endpoint", "console.login"), ("status", "303")})] == 1
    assert sum(v for k, v in calls.items() if ("status", "200") in k and "console" in str(k)) == 1

    recorded = {r["request_id"]: r["endpoint"] for r in audit_rows(gw)}
    gw.stop()
    lines = [json.loads(line) for line in captured.getvalue().splitlines()]
    console = [
        ln
        for ln in lines
        if ln.get("event") == "request" and str(ln["endpoint"]).startswith("console.")
    ]
    assert sorted((ln["endpoint"], ln["status"]) for ln in console) == sorted(
        [("console.login", 303), (console[-1]["endpoint"], 200)]
    )
    # the same ids as the audit records of the sign-in and the page
    assert {ln["request_id"]: ln["endpoint"] for ln in console}.items() <= recorded.items()

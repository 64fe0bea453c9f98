"""Exemplars: a latency bucket names the newest request that fell in it (its ``x-request-id``,
the id of its audit record, and its trace id when the trace was sampled), in OpenMetrics only;
with several workers every scrape shows the newest of all of them."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import openai
import yaml
from prometheus_client.openmetrics.parser import text_string_to_metric_families

from kanmon.gateway import GatewayThread
from kanmon.metrics._exemplars import GONE, Exemplars, Spec, fold_dead, read_dir
from kanmon.simulator import SimulatorThread
from tests.cli.test_serve_workers import _children, _free_port, _serve, _wait_healthy
from tests.conftest import ADMIN_KEY, GatewayFactory, sim_deployment
from tests.gateway._util import audit_rows, auditor_key, chat_body, new_key
from tests.telemetry._otlp import Receiver

OPENMETRICS = "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5"
#: (histogram, its labels, bucket le) → (request_id, trace_id or None, value)
Found = dict[tuple[str, frozenset[tuple[str, str]], float], tuple[str, str | None, float]]


def exemplars(root: str, key: str) -> Found:
    r = httpx.get(
        root + "/metrics",
        headers={"Authorization": f"Bearer {key}", "Accept": OPENMETRICS},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/openmetrics-text; version=1.0.0")
    out: Found = {}
    for fam in text_string_to_metric_families(r.text):  # the OpenMetrics parser: strict
        for s in fam.samples:
            if s.exemplar is None:
                continue
            assert s.name.endswith("_bucket"), s  # only buckets carry them
            le = float(s.labels["le"])
            assert s.exemplar.value <= le  # it fell in this bucket
            assert set(s.exemplar.labels) <= {"request_id", "trace_id"}
            labels = frozenset((k, v) for k, v in s.labels.items() if k != "le")
            out[(fam.name, labels, le)] = (
                s.exemplar.labels["request_id"],
                s.exemplar.labels.get("trace_id"),
                s.exemplar.value,
            )
    return out


def ids_of(found: Found, histogram: str) -> set[str]:
    return {rid for (name, _, _), (rid, _, _) in found.items() if name == histogram}


# -- the table and its files ------------------------------------------------------------------

SPEC = Spec("h_seconds", ("route",), (0.1, 1.0))


def test_each_bucket_keeps_its_newest_and_files_merge_newest_first(tmp_path: Path) -> None:
    a = Exemplars(tmp_path / "exemplars_1.json")
    b = Exemplars(tmp_path / "exemplars_2.json")
    a.note(SPEC, ("chat",), 0.1, ("req_a1", "", 10.0))  # le is inclusive: the 0.1 bucket
    a.note(SPEC, ("chat",), 0.05, ("req_a2", "t" * 32, 11.0))  # same bucket, newer
    a.note(SPEC, ("chat",), 7.0, ("req_a3", "", 12.0))  # above every bound: +Inf
    b.note(SPEC, ("chat",), 0.5, ("req_b1", "", 13.0))
    b.note(SPEC, ("chat",), 9.0, ("req_b2", "", 11.5))  # +Inf again, older than a's
    a.save()
    b.save()
    assert not list(tmp_path.glob("*.tmp"))
    chat = (("route", "chat"),)
    got = {(k[2], e[1][0]) for k, e in read_dir(tmp_path).items() if k[1] == chat}
    assert got == {(0.1, "req_a2"), (1.0, "req_b1"), (float("inf"), "req_a3")}

    # worker 1 stops: its exemplars are folded in with those of workers gone, its file goes
    fold_dead(1, tmp_path)
    assert not (tmp_path / "exemplars_1.json").exists() and (tmp_path / GONE).exists()
    again = {(k[2], e[1][0]) for k, e in read_dir(tmp_path).items()}
    assert again == got
    b.note(SPEC, ("chat",), 0.01, ("req_b3", "", 20.0))  # a live worker's newer one wins
    b.save()
    assert read_dir(tmp_path)[("h_seconds", chat, 0.1)][1][0] == "req_b3"


def test_nothing_is_written_when_nothing_changed(tmp_path: Path) -> None:
    ex = Exemplars(tmp_path / "exemplars_1.json")
    ex.save()
    assert not (tmp_path / "exemplars_1.json").exists()
    ex.note(SPEC, ("chat",), 0.5, ("req_1", "", 1.0))
    ex.save()
    first = (tmp_path / "exemplars_1.json").stat().st_mtime_ns
    time.sleep(0.01)
    ex.save()
    assert (tmp_path / "exemplars_1.json").stat().st_mtime_ns == first


# -- one process ------------------------------------------------------------------------------


def test_a_bucket_names_its_request_its_trace_and_its_audit_record(
    gateway: GatewayFactory,
) -> None:
    trace_id = "4bf92f3577b34da6a3ce929d0e0e4736"
    with Receiver() as otlp:
        gw = gateway(
            metrics={"enabled": True},
            tracing={"enabled": True, "endpoint": otlp.endpoint, "sample_ratio": 1.0},
        )
        key = new_key(gw)
        auth = {"Authorization": f"Bearer {key}"}
        traced = httpx.post(
            gw.base_url + "/chat/completions",
            headers={**auth, "traceparent": f"00-{trace_id}-00f067aa0ba902b7-01"},
            json=chat_body(),
        )
        assert traced.status_code == 200
        rid = traced.headers["x-request-id"]

        found = exemplars(gw.root_url, auditor_key(gw))
        overhead = {
            k: v
            for k, v in found.items()
            if k[0] == "kanmon_gateway_overhead_seconds"
            and dict(k[1]) == {"endpoint": "chat.completions", "route": "chat"}
        }
        assert [(r, t) for r, t, _ in overhead.values()] == [(rid, trace_id)]
        upstream = ids_of(found, "kanmon_upstream_seconds")
        assert upstream == {rid}
        [rec] = audit_rows(gw, request_id=rid)  # the same id names its audit record
        assert rec["request_id"] == rid and rec["status"] == 200

        # a stream: its time to first token is named too
        with openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0) as app:
            raw = app.chat.completions.with_raw_response.create(**chat_body(), stream=True)
            for _ in raw.parse():
                pass
        sid = raw.headers["x-request-id"]
        found = exemplars(gw.root_url, auditor_key(gw))
        assert ids_of(found, "kanmon_time_to_first_token_seconds") == {sid}
        [(_, stream_trace, _)] = [
            v for k, v in found.items() if k[0] == "kanmon_time_to_first_token_seconds"
        ]
        assert stream_trace is not None and stream_trace != trace_id  # a trace of its own
        assert audit_rows(gw, request_id=sid)
        gw.stop()  # flushes the spans
    # the trace an exemplar names is the request's: its root span carries the same id
    roots = {s.trace_id: s for s in otlp.spans if s.kind == "SERVER"}
    assert roots[trace_id].attributes["kanmon.request_id"] == rid
    assert roots[stream_trace].attributes["kanmon.request_id"] == sid


def test_no_trace_id_without_a_sampled_trace_and_none_in_the_text_format(
    gateway: GatewayFactory,
) -> None:
    gw = gateway(metrics={"enabled": True})
    key = new_key(gw)
    r = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(),
    )
    rid = r.headers["x-request-id"]
    found = exemplars(gw.root_url, auditor_key(gw))
    named = [v for k, v in found.items() if k[0] == "kanmon_gateway_overhead_seconds"]
    assert [(r, t) for r, t, _ in named] == [(rid, None)]

    plain = httpx.get(
        gw.root_url + "/metrics", headers={"Authorization": f"Bearer {auditor_key(gw)}"}
    )
    assert plain.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert rid not in plain.text and "# {" not in plain.text
    refused = httpx.get(
        gw.root_url + "/metrics",
        headers={
            "Authorization": f"Bearer {auditor_key(gw)}",
            "Accept": "application/openmetrics-text;q=0,text/plain",
        },
    )
    assert refused.headers["content-type"].startswith("text/plain; version=0.0.4")


def test_the_open_endpoint_negotiates_too(gateway: GatewayFactory) -> None:
    gw: GatewayThread = gateway(metrics={"enabled": True, "auth": "none"})
    key = new_key(gw)
    r = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(),
    )
    found = exemplars(gw.root_url, "no-key-needed")
    assert r.headers["x-request-id"] in ids_of(found, "kanmon_gateway_overhead_seconds")


# -- two workers ------------------------------------------------------------------------------


def _post(root: str, key: str) -> str:
    # a new connection per request, so the kernel spreads them over both workers
    r = httpx.post(
        root + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(),
        timeout=10,
    )
    assert r.status_code == 200, r.text
    return r.headers["x-request-id"]


def test_two_workers_every_scrape_shows_the_newest_of_both(
    tmp_path: Path, sim: SimulatorThread
) -> None:
    port = _free_port()
    shared = tmp_path / "metrics"
    shared.mkdir()
    (shared / "exemplars_99999.json").write_text('[["x", {}, "1.0", 0.5, "req_old", "", 1]]')
    doc = {
        "gateway": {"port": port, "workers": 2},
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
        "metrics": {"enabled": True, "multiprocess_dir": str(shared)},
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    proc = _serve(path)
    root = f"http://127.0.0.1:{port}"
    overhead = "kanmon_gateway_overhead_seconds"
    try:
        _wait_healthy(root, proc)
        workers = _children(proc.pid)
        assert not (shared / "exemplars_99999.json").exists()  # an earlier run's: gone
        ids = [_post(root, ADMIN_KEY) for _ in range(30)]
        last = ids[-1]

        # each worker writes its newest within a second; every scrape, whichever worker
        # answers it, shows the newest request of all in the bucket it fell in
        deadline = time.monotonic() + 15
        while last not in ids_of(exemplars(root, ADMIN_KEY), overhead):
            assert time.monotonic() < deadline, "the newest request never became an exemplar"
            time.sleep(0.2)
        for _ in range(8):
            found = exemplars(root, ADMIN_KEY)
            assert last in ids_of(found, overhead)
            assert ids_of(found, overhead) <= set(ids)
        assert {int(f.stem.split("_")[1]) for f in shared.glob("exemplars_*.json")} == workers
        # what a scrape shows is what the files hold, newest per bucket
        files = read_dir(shared)
        on_file = {e[1][0] for k, e in files.items() if k[0] == overhead}
        assert ids_of(exemplars(root, ADMIN_KEY), overhead) == on_file
        # and every id names an audit record
        made = httpx.post(
            root + "/admin/keys",
            headers={"Authorization": f"Bearer {ADMIN_KEY}"},
            json={"name": "auditor", "team": "ops", "roles": ["auditor"]},
            timeout=10,
        )
        auditor = made.json()["key"]
        for rid in sorted(on_file):
            r = httpx.get(
                root + "/admin/audit",
                params={"request_id": rid},
                headers={"Authorization": f"Bearer {auditor}"},
                timeout=10,
            )
            assert [rec["request_id"] for rec in r.json()["data"]] == [rid], r.text

        # a worker dies: its exemplars stay (folded with those of workers gone), its file goes
        victim = min(workers)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while (shared / f"exemplars_{victim}.json").exists():
            assert time.monotonic() < deadline, "dead worker's exemplars not folded"
            time.sleep(0.2)
        _wait_healthy(root, proc)
        assert (shared / GONE).exists()
        assert ids_of(exemplars(root, ADMIN_KEY), overhead) == on_file
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=40)
    assert proc.returncode == 0

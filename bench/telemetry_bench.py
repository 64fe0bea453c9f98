"""Per-request cost of the telemetry observers (docs/operations.md): the tracer (a finished
exchange queued; its export thread writes the spans as OTLP protobuf bytes and POSTs them to a
local OTLP/HTTP receiver through the official exporter's client) and the JSON request log.

Two measures, both in a run with the project's simulator as the upstream:

1. micro: the observers on exchanges captured from real requests, timed per call; the
   tracer's spans (written as OTLP protobuf) and their POST run on its export thread, off the
   request but on the same CPU and GIL, and are timed here on the calling thread.
2. c=1: sequential requests through a gateway (``kanmon serve``, its own process) with nothing,
   the JSON log, tracing plus the JSON log, and the same without step spans: p50 and mean
   latency as a client sees them (one request to each in turn, so the machine's drift is
   shared), and the CPU time each gateway process spent per request (all its threads: the
   exporter's too), the measure that bounds throughput and moves least with the machine's load.

    .venv/bin/python bench/telemetry_bench.py [--requests 1000] [--micro]
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import yaml

ADMIN = "km-bench-admin-0123456789abcdef"
BODY = {"model": "chat", "messages": [{"role": "user", "content": "Say hello in one word."}]}


class _Sink(BaseHTTPRequestHandler):
    """An OTLP/HTTP receiver that reads and discards what it gets (an empty success)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _config(work: Path, sim_url: str, name: str, **config: Any) -> Path:
    dep = {
        "id": "d-main",
        "model": "kanmon-sim",
        "provider": "Kanmon simulator (local, not a real model)",
        "provider_entity": "local process",
        "provider_jurisdiction": "ZZ",
        "processing_region": "LOCAL",
        "base_url": sim_url,
        "model_alias": "sim-model",
        "simulated": True,
        "max_retries": 0,
    }
    doc = {
        "store": {"url": f"sqlite:///{work / (name + '.db')}"},
        "deployments": [dep],
        "routes": {"chat": {"deployments": ["d-main"]}},
        **config,
    }
    path = work / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


def _gateway(work: Path, sim_url: str, name: str, **config: Any) -> Any:
    from kanmon.config import load_config
    from kanmon.gateway import GatewayThread
    from kanmon.wiring import build_services

    path = _config(work, sim_url, name, **config)
    return GatewayThread(build_services(load_config(path), path)).start()


def _key(root: str) -> str:
    r = httpx.post(
        root + "/admin/keys",
        headers={"Authorization": f"Bearer {ADMIN}"},
        json={"name": "bench", "team": "bench", "roles": ["app"]},
    )
    r.raise_for_status()
    return str(r.json()["key"])


def _per_call_us(fn: Any, items: list[Any], loops: int) -> float:
    t0 = time.perf_counter_ns()
    for _ in range(loops):
        for it in items:
            fn(it)
    return (time.perf_counter_ns() - t0) / (loops * len(items)) / 1000


def micro(work: Path, sim_url: str, otlp: str) -> None:
    from kanmon.request import Exchange
    from kanmon.telemetry import JsonFormatter, RequestLog

    captured: list[Exchange] = []

    class Keep:
        def done(self, ex: Exchange) -> None:
            captured.append(ex)

    gw = _gateway(
        work, sim_url, "micro", tracing={"enabled": True, "endpoint": otlp, "sample_ratio": 1.0}
    )
    tracer = gw.services.observers[0]
    services = gw.services
    import dataclasses

    services.observers = (tracer, Keep())
    services.path.steps = dataclasses.replace(services.path.steps, observers=services.observers)
    key = _key(gw.root_url)
    with httpx.Client(headers={"Authorization": f"Bearer {key}"}) as client:
        for _ in range(50):
            client.post(gw.base_url + "/chat/completions", json=BODY).raise_for_status()
    tracer.force_flush()
    exs = [ex for ex in captured if ex.status == 200]
    items = [(ex, ex.trace, time.perf_counter()) for ex in exs]
    spans_per = len(tracer.spans(items[0]))

    fresh = [
        Exchange(endpoint="chat.completions", request_headers=ex.request_headers) for ex in exs
    ]
    begin = _per_call_us(tracer.begin, fresh, 40)
    bound, tracer.bound = tracer.bound, 0  # sample_ratio 0: what an unsampled request costs

    def unsampled_request(ex: Exchange) -> None:
        ex.trace = None
        tracer.begin(ex)
        tracer.done(ex)

    unsampled = _per_call_us(unsampled_request, fresh, 40)
    tracer.bound = bound
    # done: the request queued for the export thread; flush between rounds so none is dropped
    done = 0.0
    for _ in range(8):
        done += _per_call_us(tracer.done, exs, 1)
        tracer.force_flush()
    done /= 8
    # the export thread's work, timed on this thread: spans written, the batch's request
    build = _per_call_us(tracer.spans, items, 40)
    from kanmon.telemetry import _wire

    batch = [s for it in items for s in tracer.spans(it)]
    t0 = time.perf_counter_ns()
    for _ in range(10):
        _wire.export_request(tracer.head, batch)
    encode = (time.perf_counter_ns() - t0) / (10 * len(exs)) / 1000
    t0 = time.perf_counter_ns()
    for _ in range(10):
        tracer._post(batch)
    export = (time.perf_counter_ns() - t0) / (10 * len(exs)) / 1000

    log = logging.getLogger("kanmon.requests")
    handler = logging.StreamHandler(open(os.devnull, "w"))
    handler.setFormatter(JsonFormatter())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    lines = _per_call_us(RequestLog().done, exs, 40)
    log.removeHandler(handler)
    log.propagate = True
    gw.stop()
    print(f"micro ({len(exs)} captured exchanges, {spans_per} spans each), µs per request:")
    print(f"  tracer.begin (traceparent, sampling, ids)   {begin:7.1f}")
    print(f"  tracer.done (queued for the export thread)  {done:7.1f}")
    print(f"  export thread: spans written (protobuf)     {build:7.1f}")
    print(f"  export thread: the batch's request          {encode:7.1f}")
    print(f"  export thread: the request and its POST     {export:7.1f}")
    print(f"  JSON request line (RequestLog + formatter)  {lines:7.1f}")
    print(f"  a request not sampled (begin + done)        {unsampled:7.1f}")
    total = begin + done + build + export
    print(f"  a sampled request, all told (begin + done + spans + POST) {total:7.1f}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"nothing answers at {url}")


def c1(work: Path, otlp: str, n: int) -> None:
    """Each gateway is its own ``kanmon serve`` process (one worker) and the simulator another,
    so the client, the upstream and the gateway do not share a GIL, as in a deployment."""
    kanmon = str(Path(sys.executable).with_name("kanmon"))
    env = {**os.environ, "KANMON_ADMIN_KEY": ADMIN}
    procs: list[subprocess.Popen[bytes]] = []
    sim_port = _free_port()
    procs.append(
        subprocess.Popen(
            [kanmon, "simulate", "--port", str(sim_port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    sim_url = f"http://127.0.0.1:{sim_port}/v1"
    _wait(f"http://127.0.0.1:{sim_port}/healthz")
    json_log = {"logging": {"format": "json", "level": "info"}}
    setups: dict[str, dict[str, Any]] = {
        "off": {},
        "json log": json_log,
        "tracing + json log": {**json_log, "tracing": {"enabled": True, "endpoint": otlp}},
        "tracing, no step spans": {
            **json_log,
            "tracing": {"enabled": True, "endpoint": otlp, "steps": False},
        },
    }
    urls: dict[str, str] = {}
    pids: dict[str, int] = {}
    try:
        for i, (name, cfg) in enumerate(setups.items()):
            port = _free_port()
            path = _config(work, sim_url, f"c1-{i}", gateway={"port": port}, **cfg)
            procs.append(
                subprocess.Popen(
                    [kanmon, "serve", "--config", str(path)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,  # the JSON request lines go here
                )
            )
            urls[name] = f"http://127.0.0.1:{port}"
            pids[name] = procs[-1].pid
        clients = {}
        for name, root in urls.items():
            _wait(root + "/healthz")
            clients[name] = httpx.Client(headers={"Authorization": f"Bearer {_key(root)}"})
        times: dict[str, list[float]] = {name: [] for name in urls}
        for name, root in urls.items():  # warm up
            for _ in range(200):
                clients[name].post(root + "/v1/chat/completions", json=BODY).raise_for_status()
        # one request to each gateway in turn: the machine's load drifts alike for all three
        order = [
            (name, root + "/v1/chat/completions", clients[name]) for name, root in urls.items()
        ]
        cpu0 = {name: _cpu_s(pid) for name, pid in pids.items()}
        for _ in range(n):
            for name, url, client in order:
                t0 = time.perf_counter()
                client.post(url, json=BODY).raise_for_status()
                times[name].append(time.perf_counter() - t0)
        time.sleep(3)  # the exporter's last batch (every 2 s) is part of the cost
        cpu = {name: (_cpu_s(pid) - cpu0[name]) / n for name, pid in pids.items()}
        for c in clients.values():
            c.close()
    finally:
        for p in procs:
            p.send_signal(signal.SIGINT)
        for p in procs:
            p.wait(timeout=30)
    print(f"c=1, gateway in its own process, {n} requests each, interleaved:")
    base = statistics.median(times["off"])
    for name, ts in times.items():
        p50 = statistics.median(ts)
        print(
            f"  {name:22s} p50 {p50 * 1000:6.3f} ms  mean {statistics.fmean(ts) * 1000:6.3f} ms"
            f"  p50 vs off {(p50 - base) * 1000:+6.3f} ms"
            f"  gateway CPU {cpu[name] * 1e6:6.0f} µs/request"
            f" ({(cpu[name] - cpu['off']) * 1e6:+5.0f})"
        )


def _cpu_s(pid: int) -> float:
    """User and system CPU seconds of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--requests", type=int, default=1000, help="per setup (c=1)")
    ap.add_argument("--micro", action="store_true", help="the observers' own cost only")
    args = ap.parse_args()
    os.environ["KANMON_ADMIN_KEY"] = ADMIN
    from kanmon.simulator import SimulatorConfig, SimulatorThread

    sink = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    otlp = f"http://127.0.0.1:{sink.server_address[1]}/v1/traces"
    with tempfile.TemporaryDirectory() as tmp, SimulatorThread(SimulatorConfig()) as sim:
        micro(Path(tmp), sim.base_url, otlp)
        if not args.micro:
            c1(Path(tmp), otlp, args.requests)
    sink.shutdown()
    sys.stdout.flush()


if __name__ == "__main__":
    main()

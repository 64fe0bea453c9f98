"""Gateway overhead benchmark: Kanmon side by side with LiteLLM and Portkey in one run.

Run by hand (never in CI), from the project root, after ``../shared/bench/peers/setup_peers.sh``:

    .venv/bin/python bench/gateway_peers.py --variants 1w,2w -- --peers litellm,portkey \
        --reps 3 --duration 15 --concurrency 1,16,64

Two builds side by side: check the other one out with its own ``.venv`` (``git worktree add
/tmp/base REV && python3 -m venv /tmp/base/.venv && /tmp/base/.venv/bin/pip install -e
/tmp/base``), then ``--tree base=/tmp/base --variants 2w,2w@base``.

Each variant is one Kanmon gateway (``1w``/``2w``: workers; suffix ``-async`` for audit records
that are not awaited before the response; suffix ``-scan`` for scanning and policy on, with the
shipped ``kanmon/policy/example.yaml`` (and ``-nocache`` with it: without the memo of texts a
key sent before, as bench.py sends one body over and over); suffix ``-pg`` for the store on
PostgreSQL, a fresh database from ``--pg-url``; suffix ``-enc`` for request and response content
kept in the audit log, AES-256-GCM encrypted; suffix ``-redis`` for the key's rate limit and
token budget kept in Redis at ``--redis-url``, reserved and settled on every request; suffix
``-limits`` for the same limits without Redis: in the store with 2 workers, in the process with
1; suffix ``-metrics`` for Prometheus metrics on, scraped every 15 s like a Prometheus would;
suffix ``-noconsole`` for the console off; ``-obs`` for metrics and OpenTelemetry traces on,
with their defaults, exporting to a local collector stand-in (``bench/otlp_sink.py``) and
scraped every 15 s like a Prometheus would; ``-obs0`` and ``-obs1`` the same with no request and
every request sampled, ``-obsall`` at the default ratio without the cap on new traces a second,
which ``-obs1`` has not either) routing model ``gpt-4o-mini`` to the shared fake
upstream. Everything after ``--`` goes to the shared ``bench.py``, which measures all targets
interleaved in one run and writes raw results to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml
from audit_bench import _drop_pg, _fresh_pg

ROOT = Path(__file__).resolve().parent.parent
#: The shared peer benchmark; $KANMON_PEERS_BENCH when this tree is not beside ../shared.
PEERS = Path(os.environ.get("KANMON_PEERS_BENCH") or ROOT.parent / "shared" / "bench" / "peers")
UPSTREAM = "http://127.0.0.1:18000/v1"


def _wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"nothing listening on 127.0.0.1:{port}")


class _Scraper:
    """Fetches /metrics every ``every_s`` seconds in a thread, as a Prometheus would."""

    def __init__(self, url: str, every_s: float = 15.0) -> None:
        self._stop = threading.Event()
        self.scrapes = 0

        def run() -> None:
            while not self._stop.wait(every_s):
                with urllib.request.urlopen(url, timeout=10) as r:
                    r.read()
                self.scrapes += 1

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()


def _deployment(dep_id: str, alias: str) -> dict[str, Any]:
    return {
        "id": dep_id,
        "model": "kanmon-sim",
        "provider": "peers fake upstream (local)",
        "provider_entity": "local process",
        "provider_jurisdiction": "ZZ",
        "processing_region": "LOCAL",
        "base_url": UPSTREAM,
        "model_alias": alias,
        "simulated": True,
        "max_retries": 0,
    }


def _config(
    work: Path,
    port: int,
    workers: int,
    durable: bool,
    scan: bool = False,
    store_url: str | None = None,
    redis_url: str | None = None,
    content: str = "none",
    metrics: bool = False,
    otlp: str | None = None,
    tree: Path = ROOT,
    console: bool = True,
    scan_cache: bool = True,
    sample_ratio: float | None = None,
    trace_cap: float | None = None,
) -> Path:
    cfg: dict[str, Any] = {
        "gateway": {"port": port, "workers": workers},
        "store": {"url": store_url or f"sqlite:///{work / 'kanmon.db'}"},
        "audit": {"durable_before_response": durable, "content": content},
        "deployments": [
            _deployment("bench-upstream", "gpt-4o-mini"),
            # bench.py's streaming check: the fake upstream paces events by this model name.
            _deployment("bench-chunkdelay", "fake-chunkdelay-20"),
        ],
        "routes": {
            "gpt-4o-mini": {"deployments": ["bench-upstream"]},
            "fake-chunkdelay-20": {"deployments": ["bench-chunkdelay"]},
        },
    }
    if redis_url:
        cfg["limits"] = {"redis_url": redis_url, "key_prefix": f"kanmon-bench-{port}:"}
    if metrics or otlp:
        cfg["metrics"] = {"enabled": True, "auth": "none"}
    if otlp:
        cfg["tracing"] = {"enabled": True, "endpoint": otlp}
        if sample_ratio is not None:
            cfg["tracing"]["sample_ratio"] = sample_ratio
        if trace_cap is not None:
            cfg["tracing"]["max_traces_per_s"] = trace_cap
    if not console:
        cfg["console"] = {"enabled": False}
    if scan:
        # each build with the policy it ships (an older build may not read a newer policy)
        cfg["policy"] = {"file": str(tree / "src" / "kanmon" / "policy" / "example.yaml")}
        if not scan_cache:
            # bench.py sends one body over and over: without the memo of texts seen before,
            # every request is scanned as a body never seen would be
            cfg["policy"]["scan_cache_mb"] = 0
    path = work / "kanmon.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def _sample_ratio(variant: str) -> float | None:
    """``-obs`` traces at the default ratio; ``-obs0`` samples nothing and ``-obs1`` every request,
    to tell what a sampled request costs from what tracing costs every request."""
    found = re.search(r"-obs(0|1)(?![0-9])", variant)
    return None if found is None else float(found.group(1))


def trace_cap(variant: str, tree: Path) -> float | None:
    """``-obs1`` and ``-obsall``: no cap on new traces a second (0), where the build has the
    cap (``tracing.max_traces_per_s``; an older build's config would refuse the key)."""
    if not re.search(r"-obs(1|all)(?![0-9a-z])", variant):
        return None
    schema = tree / "src" / "kanmon" / "config" / "_schema_ops.py"
    return 0.0 if schema.exists() and "max_traces_per_s" in schema.read_text() else None


def _redact(items: list[str]) -> list[str]:
    """Keys in results or logs are keys leaked, even throwaway ones."""
    return [i.split("=", 1)[0] + "=<redacted>" if "=km-" in i else i for i in items]


def _redact_file(path: Path) -> None:
    if not path.exists():
        return
    data = json.loads(path.read_text())
    args = data.get("args", {})
    if isinstance(args.get("api_key"), list):
        args["api_key"] = _redact(args["api_key"])
    path.write_text(json.dumps(data, indent=1))


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--variants", default="1w,2w", help="e.g. 1w,2w,1w-async,1w-scan")
    ap.add_argument("--port", type=int, default=8080, help="first port; one per variant")
    ap.add_argument("--name", default=None, help="results file name (without .json)")
    ap.add_argument("--python", default="/tmp/peers/tools-venv/bin/python")
    ap.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument(
        "--tree",
        action="append",
        default=[],
        metavar="LABEL=DIR",
        help="another checkout with its own .venv; variant 2w@LABEL runs its kanmon (A/B runs)",
    )
    ap.add_argument("rest", nargs=argparse.REMAINDER, help="arguments for bench.py after --")
    args = ap.parse_args()
    rest = [a for a in args.rest if a != "--"]
    trees = {label: Path(d) for label, d in (t.split("=", 1) for t in args.tree)}
    procs: list[subprocess.Popen[bytes]] = []
    sinks: list[subprocess.Popen[bytes]] = []  # OTLP collector stand-ins, stopped last
    targets: list[str] = []
    databases: list[str] = []
    scrapers: list[_Scraper] = []
    try:
        for i, spec in enumerate(args.variants.split(",")):
            variant, _, label = spec.partition("@")
            tree = trees[label] if label else ROOT
            kanmon = str(tree / ".venv" / "bin" / "kanmon")
            workers = int(variant.split("w")[0])
            durable = "-async" not in variant
            port = args.port + i
            work = Path(tempfile.mkdtemp(prefix=f"kanmon-bench-{variant}-"))
            store_url = None
            if "-pg" in variant:
                store_url, db_name = _fresh_pg(args.pg_url)
                databases.append(db_name)
            redis = args.redis_url if "-redis" in variant else None
            content = "encrypted" if "-enc" in variant else "none"
            otlp = None
            if "-obs" in variant:
                sink_port = args.port + 100 + i
                sink = [sys.executable, str(ROOT / "bench" / "otlp_sink.py"), "--port"]
                sinks.append(subprocess.Popen([*sink, str(sink_port)], start_new_session=True))
                _wait_port(sink_port)
                otlp = f"http://127.0.0.1:{sink_port}/v1/traces"
            metrics = "-metrics" in variant or otlp is not None
            cfg = _config(
                work,
                port,
                workers,
                durable,
                "-scan" in variant,
                store_url,
                redis,
                content,
                metrics,
                otlp,
                tree,
                "-noconsole" not in variant,
                "-nocache" not in variant,
                _sample_ratio(variant),
                trace_cap(variant, tree),
            )
            env = {
                **os.environ,
                "KANMON_ADMIN_KEY": "km-bench-admin-" + os.urandom(8).hex(),
                "KANMON_AUDIT_CONTENT_KEY": os.urandom(32).hex(),
            }
            # With Redis (or -limits: without, so in the store with 2 workers), a limit and a
            # budget no run reaches, so each request really checks the rate, reserves its
            # worst case and settles what it used.
            limits = ["--rpm", "100000000", "--budget-tokens", "10000000000"]
            limited = redis or "-limits" in variant
            limits = [*limits, "--budget-period", "86400"] if limited else []
            created = subprocess.run(
                [kanmon, "keys", "create", "--name", "bench", "--team", "bench", "--json"]
                + limits
                + ["-c", str(cfg)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            )
            key = json.loads(created.stdout)["key"]
            proc = subprocess.Popen(
                [kanmon, "serve", "-c", str(cfg)], env=env, start_new_session=True
            )
            procs.append(proc)
            _wait_port(port)
            if metrics:
                scrapers.append(_Scraper(f"http://127.0.0.1:{port}/metrics"))
            name = f"kanmon-{spec}"
            targets += [
                "--target",
                f"{name}=http://127.0.0.1:{port}/v1/chat/completions",
                "--api-key",
                f"{name}={key}",
                "--pid",
                f"{name}={proc.pid}",
            ]
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        out = ROOT / "bench" / "results" / f"{args.name or 'peers-' + stamp}.json"
        cmd = [args.python, str(PEERS / "bench.py"), *targets, "--out", str(out), *rest]
        print("+", " ".join(_redact(cmd)), flush=True)
        code = subprocess.call(cmd, cwd=PEERS)
        _redact_file(out)
        return code
    finally:
        for scraper in scrapers:
            scraper.stop()
        # the gateways first: each exports the spans it still holds as it stops, and its
        # collector has to be there to take them
        for group in (procs, sinks):
            for proc in group:
                os.killpg(proc.pid, signal.SIGTERM)
            for proc in group:
                proc.wait(30)
        for name in databases:
            _drop_pg(args.pg_url, name)


if __name__ == "__main__":
    sys.exit(main())

"""Gateway overhead benchmark: Kanmon side by side with LiteLLM and Portkey in one run.

Run by hand (never in CI), from the project root, after ``../shared/bench/peers/setup_peers.sh``:

    .venv/bin/python bench/gateway_peers.py --workers 2 -- --peers litellm,portkey \
        --reps 3 --duration 15 --concurrency 1,16,64

Starts the fake upstream via the shared harness (bench.py), a Kanmon gateway routing model
``gpt-4o-mini`` to it, creates a key, and passes everything after ``--`` to bench.py. Writes
raw results to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT.parent / "shared" / "bench" / "peers"
UPSTREAM_PORT = 18000


def _wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"nothing listening on 127.0.0.1:{port}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--audit-async", action="store_true", help="do not wait for audit commits")
    ap.add_argument("--name", default=None, help="results file name (without .json)")
    ap.add_argument("--python", default=str(Path("/tmp/peers/tools-venv/bin/python")))
    ap.add_argument("rest", nargs=argparse.REMAINDER, help="arguments for bench.py after --")
    args = ap.parse_args()
    rest = [a for a in args.rest if a != "--"]

    work = Path(tempfile.mkdtemp(prefix="kanmon-bench-"))
    admin = "km-bench-admin-" + os.urandom(8).hex()
    cfg = {
        "gateway": {"port": args.port, "workers": args.workers},
        "store": {"url": f"sqlite:///{work / 'kanmon.db'}"},
        "audit": {"durable_before_response": not args.audit_async},
        "deployments": [
            {
                "id": "bench-upstream",
                "model": "kanmon-sim",
                "provider": "peers fake upstream (local)",
                "provider_entity": "local process",
                "provider_jurisdiction": "ZZ",
                "processing_region": "LOCAL",
                "base_url": f"http://127.0.0.1:{UPSTREAM_PORT}/v1",
                "model_alias": "gpt-4o-mini",
                "simulated": True,
                "max_retries": 0,
            },
            {
                "id": "bench-chunkdelay",
                "model": "kanmon-sim",
                "provider": "peers fake upstream (local)",
                "provider_entity": "local process",
                "provider_jurisdiction": "ZZ",
                "processing_region": "LOCAL",
                "base_url": f"http://127.0.0.1:{UPSTREAM_PORT}/v1",
                "model_alias": "fake-chunkdelay-20",
                "simulated": True,
                "max_retries": 0,
            },
        ],
        "routes": {
            "gpt-4o-mini": {"deployments": ["bench-upstream"]},
            # bench.py's streaming check: the fake upstream paces events by this model name.
            "fake-chunkdelay-20": {"deployments": ["bench-chunkdelay"]},
        },
    }
    (work / "kanmon.yaml").write_text(yaml.safe_dump(cfg))
    env = {**os.environ, "KANMON_ADMIN_KEY": admin}
    kanmon = str(ROOT / ".venv" / "bin" / "kanmon")
    key = subprocess.run(
        [
            kanmon,
            "keys",
            "create",
            "--name",
            "bench",
            "--team",
            "bench",
            "--json",
            "-c",
            str(work / "kanmon.yaml"),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    import json

    secret = json.loads(key)["key"]
    gw = subprocess.Popen(
        [kanmon, "serve", "-c", str(work / "kanmon.yaml")], env=env, start_new_session=True
    )
    try:
        _wait_port(args.port)
        name = args.name or "kanmon-" + dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        out = ROOT / "bench" / "results" / f"{name}.json"
        cmd = [
            args.python,
            str(PEERS / "bench.py"),
            "--target",
            f"ours=http://127.0.0.1:{args.port}/v1/chat/completions",
            "--api-key",
            f"ours={secret}",
            "--pid",
            f"ours={gw.pid}",
            "--out",
            str(out),
            *rest,
        ]
        print("+", " ".join(cmd), flush=True)
        return subprocess.call(cmd, cwd=PEERS)
    finally:
        os.killpg(gw.pid, signal.SIGTERM)
        gw.wait(30)


if __name__ == "__main__":
    sys.exit(main())

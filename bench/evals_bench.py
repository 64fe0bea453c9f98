"""Eval harness overhead: Kanmon's runner side by side with inspect-ai, same dataset, same endpoint.

Run by hand on a quiet machine (never in CI), from the project root. inspect-ai is not a Kanmon
dependency; install it into its own virtualenv first:

    python3 -m venv /tmp/kanmon-inspect-venv
    /tmp/kanmon-inspect-venv/bin/pip install inspect-ai openai
    .venv/bin/python bench/evals_bench.py --items 2000 --concurrency 64 --latency-ms 50 --reps 3

One simulator process (``kanmon simulate``, answering after ``--latency-ms``) and one gateway
process (``kanmon serve``, route ``bench``) are shared by both harnesses, so both measure the
same endpoint with the gateway's auth, routing and audit on the path. Each harness runs as its
own process on the same generated dataset (``--items`` arithmetic questions, exact-number
scoring, no cache):

- Kanmon: ``kanmon eval run --gateway-url … --no-cache --concurrency C``
- inspect-ai: ``inspect eval task.py --model openai-api/gw/bench --max-connections C``

Reported per harness: items/s over the run (from the harness's own start/end timestamps, so
interpreter start-up is excluded), added wall time per item beyond the upstream's fixed latency
((wall − items × latency / C) × C / items), and harness CPU per item (the process's CPU time for
``--items`` minus that of a one-item run, divided by the extra items). Results go to
``bench/results/evals-<time>.json``. ``--smoke`` runs a few items once to check the setup.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
KANMON = [sys.executable, "-m", "kanmon"]
ADMIN = "km-bench-admin-0123456789abcdef"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"nothing listening on 127.0.0.1:{port}")


def _write_config(work: Path, sim_port: int, gw_port: int) -> Path:
    doc = {
        "gateway": {"port": gw_port},
        "store": {"url": f"sqlite:///{work / 'gateway.db'}"},
        "deployments": [
            {
                "id": "bench@sim",
                "model": "kanmon-sim",
                "provider": "Kanmon simulator (local, not a real model)",
                "provider_entity": "local process",
                "provider_jurisdiction": "ZZ",
                "processing_region": "LOCAL",
                "base_url": f"http://127.0.0.1:{sim_port}/v1",
                "model_alias": "sim-model",
                "simulated": True,
                "price": {"input_per_mtok": 1.0, "output_per_mtok": 2.0, "as_of": "2026-11-01"},
                "max_retries": 0,
            }
        ],
        "routes": {"bench": {"deployments": ["bench@sim"]}},
    }
    path = work / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    local = work / "harness.yaml"  # the harness's own store (results), same catalog entries
    local.write_text(yaml.safe_dump({**doc, "store": {"url": f"sqlite:///{work / 'evals.db'}"}}))
    return path


def _new_key(gw_port: int) -> str:
    body = json.dumps({"name": "bench", "team": "bench", "use_case": "evaluation"}).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{gw_port}/admin/keys",
        data=body,
        headers={"Authorization": f"Bearer {ADMIN}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        return str(json.loads(r.read())["key"])


def _dataset(work: Path, n: int) -> tuple[Path, Path]:
    items = [
        {
            "id": f"q{i}",
            "input": f"What is {i} + {i + 1}? Answer with the number only.",
            "target": 2 * i + 1,
        }
        for i in range(n)
    ]
    suite = work / f"suite-{n}.yaml"
    suite.write_text(
        yaml.safe_dump(
            {
                "name": "bench",
                "scorer": "numeric",
                "threshold": 0.0,
                "risks": ["bench"],
                "items": items,
            }
        )
    )
    jsonl = work / f"items-{n}.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"id": i["id"], "input": i["input"], "target": str(i["target"])}) + "\n"
            for i in items
        )
    )
    return suite, jsonl


_TASK = """
from inspect_ai import Task, task
from inspect_ai.dataset import json_dataset
from inspect_ai.scorer import match
from inspect_ai.solver import generate


@task
def kanmon_bench(path: str) -> Task:
    return Task(dataset=json_dataset(path), solver=generate(), scorer=match(numeric=True))
"""


def _check(r: subprocess.CompletedProcess[str]) -> None:
    if r.returncode != 0:
        tail = "\n".join((r.stderr or r.stdout).strip().splitlines()[-15:])
        raise SystemExit(f"{' '.join(map(str, r.args[:3]))} failed ({r.returncode}):\n{tail}")


def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _run_kanmon(work: Path, gw_port: int, key: str, n: int, c: int, rep: int) -> dict[str, Any]:
    suite, _ = _dataset(work, n)
    rid = f"bench-{n}-{rep}-{time.time_ns()}"
    cmd = [
        *KANMON,
        "eval",
        "run",
        "--suite",
        str(suite),
        "--models",
        "bench",
        "--no-cache",
        "--concurrency",
        str(c),
        "--retries",
        "0",
        "--run-id",
        rid,
        "--gateway-url",
        f"http://127.0.0.1:{gw_port}/v1",
        "--api-key",
        key,
        "-c",
        str(work / "harness.yaml"),
    ]
    cpu0 = _child_cpu()
    _check(subprocess.run(cmd, capture_output=True, text=True, cwd=work))
    cpu = _child_cpu() - cpu0
    sys.path.insert(0, str(ROOT / "src"))
    from kanmon.evals import EvalStore
    from kanmon.store import Database

    db = Database(f"sqlite:///{work / 'evals.db'}")
    run = EvalStore(db).run(rid)
    db.close()
    assert run is not None and run.summary is not None
    agg = run.summary["models"]["bench"]
    return {
        "wall_s": float(agg.get("wall_s", 0.0)),
        "cpu_s": cpu,
        "errors": agg["errors"],
        "n": agg["n"],
    }


def _run_inspect(
    work: Path, venv: Path, gw_port: int, key: str, n: int, c: int, rep: int
) -> dict[str, Any]:
    _, jsonl = _dataset(work, n)
    task = work / "inspect_task.py"
    task.write_text(_TASK)
    logs = work / f"inspect-logs-{n}-{rep}"
    env = {
        **os.environ,
        "GW_BASE_URL": f"http://127.0.0.1:{gw_port}/v1",
        "GW_API_KEY": key,
        "INSPECT_LOG_DIR": str(logs),
    }
    cmd = [
        str(venv / "bin" / "inspect"),
        "eval",
        task.name,
        "-T",
        f"path={jsonl.name}",
        "--model",
        "openai-api/gw/bench",
        "--max-connections",
        str(c),
        "--display",
        "none",
        "--log-format",
        "json",
        "--log-dir",
        str(logs),
        "--max-retries",
        "0",
    ]
    cpu0 = _child_cpu()
    _check(subprocess.run(cmd, capture_output=True, text=True, cwd=work, env=env))
    cpu = _child_cpu() - cpu0
    log = json.loads(next(logs.glob("*.json")).read_text())
    stats = log["stats"]
    wall = (
        dt.datetime.fromisoformat(stats["completed_at"])
        - dt.datetime.fromisoformat(stats["started_at"])
    ).total_seconds()
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "errors": 0 if log["status"] == "success" else n,
        "n": len(log.get("samples") or []) or n,
    }


def _derive(
    big: dict[str, Any], small: dict[str, Any], n: int, c: int, lat_ms: float
) -> dict[str, float]:
    ideal = n * lat_ms / 1000 / c
    return {
        "items_per_s": round(n / big["wall_s"], 1) if big["wall_s"] else 0.0,
        "added_wall_ms_per_item": round((big["wall_s"] - ideal) * c / n * 1000, 3),
        "cpu_ms_per_item": round((big["cpu_s"] - small["cpu_s"]) / max(n - 1, 1) * 1000, 3),
        "wall_s": round(big["wall_s"], 3),
        "errors": big["errors"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--latency-ms", type=int, default=50, help="Simulated upstream latency")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--inspect-venv", type=Path, default=Path("/tmp/kanmon-inspect-venv"))
    ap.add_argument("--harnesses", default="kanmon,inspect")
    ap.add_argument("--smoke", action="store_true", help="32 items, one rep: check the setup")
    args = ap.parse_args()
    if args.smoke:
        args.items, args.reps = 32, 1
    harnesses = [h.strip() for h in args.harnesses.split(",") if h.strip()]
    if "inspect" in harnesses and not (args.inspect_venv / "bin" / "inspect").exists():
        raise SystemExit(f"inspect-ai not found in {args.inspect_venv}; see this file's docstring")
    work = Path(tempfile.mkdtemp(prefix="kanmon-evals-bench-"))
    sim_port, gw_port = _free_port(), _free_port()
    env = {**os.environ, "KANMON_ADMIN_KEY": ADMIN}
    _write_config(work, sim_port, gw_port)
    procs = [
        subprocess.Popen(
            [*KANMON, "simulate", "--port", str(sim_port), "--latency-ms", str(args.latency_ms)],
            stdout=subprocess.DEVNULL,
            env=env,
        ),
        subprocess.Popen(
            [*KANMON, "serve", "-c", str(work / "kanmon.yaml")], stderr=subprocess.DEVNULL, env=env
        ),
    ]
    results: dict[str, list[dict[str, float]]] = {h: [] for h in harnesses}
    try:
        _wait_port(sim_port)
        _wait_port(gw_port)
        key = _new_key(gw_port)
        for rep in range(args.reps):
            for h in harnesses:  # interleaved, so drift in the machine hits both alike
                if h == "kanmon":
                    small = _run_kanmon(work, gw_port, key, 1, args.concurrency, rep)
                    big = _run_kanmon(work, gw_port, key, args.items, args.concurrency, rep)
                else:
                    small = _run_inspect(
                        work, args.inspect_venv, gw_port, key, 1, args.concurrency, rep
                    )
                    big = _run_inspect(
                        work, args.inspect_venv, gw_port, key, args.items, args.concurrency, rep
                    )
                r = _derive(big, small, args.items, args.concurrency, args.latency_ms)
                results[h].append(r)
                print(f"rep {rep + 1} {h:8} {r}", flush=True)
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
    out = ROOT / "bench" / "results" / f"evals-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "params": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "results": results,
    }
    out.write_text(json.dumps(doc, indent=2))
    print(f"\n{'harness':10} {'items/s':>10} {'added ms/item':>14} {'cpu ms/item':>12}")
    for h, rows in results.items():
        best = max(rows, key=lambda r: r["items_per_s"])
        print(
            f"{h:10} {best['items_per_s']:>10} {best['added_wall_ms_per_item']:>14} "
            f"{best['cpu_ms_per_item']:>12}"
        )
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

"""Two gateways loaded at the same moment: A/B of what a setting or a build costs per request,
on a machine whose speed drifts more between runs than the difference being measured.

Run by hand (never in CI), from the project root, with the tools venv of ``gateway_peers.py``::

    .venv/bin/python bench/paired_load.py --pairs obs/off,metrics/off,obs/obs@base \\
        --tree base=/work/wt/base --rounds 10 --duration 8 --name pairs-20261204a

Each variant is one gateway (one worker, durable audit) on the peers' fake upstream: ``off``;
``metrics`` (Prometheus metrics on); ``obs`` (metrics and traces at the default sample ratio,
exported to ``bench/otlp_sink.py``); ``obs0`` / ``obs1`` (traces sampling no request / every
request); ``obsall`` (the default ratio without the cap on new traces a second, which ``obs1`` has
not either). ``@LABEL`` runs the kanmon of a ``--tree``. In each round each pair's two gateways get
wrk at c=64 at once, for the same seconds: both are CPU-bound and the kernel shares the cores
between them, so the ratio of their requests is that of their CPU per request, and a slower machine
in that round slows both. A gateway process keeps its own luck for as long as it runs (hash seed,
memory layout, which core it shares with whom), so with ``--fresh`` every gateway is started anew
before each round and that luck is drawn again; two processes of one build then give 1.004-1.010 in
CPU per request, but 0.96-1.02 in requests (2026-12-07). Printed per pair (A/B, medians of the
per-round ratios): requests, gateway CPU per request (every thread), the event loop's thread's CPU
per request, and that thread's voluntary context switches per request (it waited: for the
interpreter lock, mostly, when another thread of the process runs Python). The numbers are not a
gateway's throughput alone (``gateway_peers.py`` measures that)."""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import gateway_peers as gp

ROOT = Path(__file__).resolve().parent.parent
HZ = os.sysconf("SC_CLK_TCK")
_RATIOS = {"obs0": 0.0, "obs1": 1.0}


def _threads(pid: int) -> dict[str, tuple[int, int]]:
    """Each thread's CPU ticks and voluntary context switches."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
            status = Path(f"/proc/{pid}/task/{tid}/status").read_text()
        except FileNotFoundError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        found = re.search(r"^voluntary_ctxt_switches:\s+(\d+)", status, re.M)
        out[tid] = (int(fields[11]) + int(fields[12]), int(found.group(1)) if found else 0)
    return out


class Gateway:
    def __init__(self, spec: str, port: int, trees: dict[str, Path], sinks: list[Any]) -> None:
        variant, _, label = spec.partition("@")
        if variant not in ("off", "metrics", "obs", "obs0", "obs1", "obsall"):
            sys.exit(f"unknown variant {variant!r}")
        tree = trees[label] if label else ROOT
        work = Path(tempfile.mkdtemp(prefix=f"kanmon-pair-{variant}-"))
        otlp = None
        if variant.startswith("obs"):
            sink_port = port + 100
            sink = [sys.executable, str(ROOT / "bench" / "otlp_sink.py"), "--port", str(sink_port)]
            sinks.append(subprocess.Popen(sink, start_new_session=True, stdout=subprocess.DEVNULL))
            gp._wait_port(sink_port)
            otlp = f"http://127.0.0.1:{sink_port}/v1/traces"
        cfg = gp._config(
            work,
            port,
            1,
            True,
            metrics=variant != "off",
            otlp=otlp,
            tree=tree,
            sample_ratio=_RATIOS.get(variant),
            trace_cap=gp.trace_cap(f"-{variant}", tree),
        )
        env = {**os.environ, "KANMON_ADMIN_KEY": "km-bench-admin-" + os.urandom(8).hex()}
        kanmon = str(tree / ".venv" / "bin" / "kanmon")
        made = subprocess.run(
            [kanmon, "keys", "create", "--name", "b", "--team", "b", "--json", "-c", str(cfg)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        self.key = json.loads(made.stdout)["key"]
        self.serve = [kanmon, "serve", "-c", str(cfg)]
        self.env, self.port = env, port
        self.url = f"http://127.0.0.1:{port}/v1/chat/completions"
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(
            self.serve, env=self.env, start_new_session=True, stderr=subprocess.DEVNULL
        )
        gp._wait_port(self.port)

    def load(self, seconds: int, out: dict[str, Any] | None = None) -> None:
        """wrk at c=64 for ``seconds``; into ``out``: requests per second, CPU µs per request
        of the process and of its event loop's thread, the latter's voluntary switches."""
        pid = self.proc.pid
        before = _threads(pid)
        got = subprocess.run(
            ["wrk", "-t1", "-c64", f"-d{seconds}s", "-s", str(gp.PEERS / "post.lua"), self.url],
            env={**os.environ, "BENCH_API_KEY": self.key},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        after = _threads(pid)
        if out is None:
            return
        n = json.loads(got[got.index("{") : got.rindex("}") + 1])["requests"]
        ticks = sum(t - before.get(tid, (0, 0))[0] for tid, (t, _) in after.items())
        main = str(pid)
        out["rps"] = n / seconds
        out["cpu_us"] = ticks / HZ / n * 1e6
        out["loop_us"] = (after[main][0] - before[main][0]) / HZ / n * 1e6
        out["loop_waits"] = (after[main][1] - before[main][1]) / n

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)

    def restart(self) -> None:
        """A new process on the same config, database and key (``--fresh``)."""
        self.stop()
        self.proc.wait(60)
        self.start()


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pairs", required=True, help="A/B,A/B,... e.g. obs/off,obs/obs@base")
    ap.add_argument("--tree", action="append", default=[], metavar="LABEL=DIR")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--duration", type=int, default=8)
    ap.add_argument("--port", type=int, default=8500)
    ap.add_argument("--python", default="/tmp/peers/tools-venv/bin/python")
    ap.add_argument("--name", default=None, help="results file bench/results/NAME.json")
    ap.add_argument(
        "--fresh",
        action="store_true",
        help="start every gateway anew (and warm it) before each round: what one process's "
        "hash seed, memory layout and core placement give or take falls to one round, not to "
        "the whole run",
    )
    args = ap.parse_args()
    trees = {label: Path(d) for label, d in (t.split("=", 1) for t in args.tree)}
    pairs = [tuple(p.split("/")) for p in args.pairs.split(",")]
    specs = list(dict.fromkeys(s for pair in pairs for s in pair))
    upstream = subprocess.Popen(
        [args.python, str(gp.PEERS / "fake_upstream.py"), "--port", "18000"],
        start_new_session=True,
    )
    sinks: list[Any] = []
    gateways: dict[str, Gateway] = {}
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {f"{a}/{b}": [] for a, b in pairs}
    try:
        gp._wait_port(18000)
        for i, spec in enumerate(specs):
            gateways[spec] = Gateway(spec, args.port + i, trees, sinks)
        for g in gateways.values():  # warm: connections open, caches filled
            g.load(2)
        for r in range(args.rounds):
            if args.fresh and r:
                for g in gateways.values():
                    g.restart()
                for g in gateways.values():
                    g.load(2)
            for a, b in pairs:
                got: dict[str, dict[str, float]] = {a: {}, b: {}}
                runs = [
                    threading.Thread(target=gateways[s].load, args=(args.duration, got[s]))
                    for s in (a, b)
                ]
                for t in runs:
                    t.start()
                for t in runs:
                    t.join()
                rounds[f"{a}/{b}"].append(got)
                print(f"# round {r} {a}: {_fmt(got[a])}   {b}: {_fmt(got[b])}", flush=True)
    finally:
        for g in gateways.values():
            g.stop()
        for p in [*sinks, upstream]:
            os.killpg(p.pid, signal.SIGTERM)
    print(f"\n# A/B, medians of {args.rounds} rounds of {args.duration} s (per round)")
    summary = {}
    for pair, got in rounds.items():
        a, b = pair.split("/")
        row = {
            what: statistics.median(g[a][what] / g[b][what] for g in got)
            for what in ("rps", "cpu_us", "loop_us")
        }
        row["loop_waits"] = statistics.median(g[a]["loop_waits"] for g in got)
        row["loop_waits_b"] = statistics.median(g[b]["loop_waits"] for g in got)
        per_round = [round(g[a]["rps"] / g[b]["rps"], 3) for g in got]
        summary[pair] = row
        print(
            f"{pair:24} requests {row['rps']:.3f} {per_round}  CPU/request {row['cpu_us']:.3f}"
            f"  loop CPU/request {row['loop_us']:.3f}  loop waits/request"
            f" {row['loop_waits']:.3f} vs {row['loop_waits_b']:.3f}"
        )
    if args.name:
        out = ROOT / "bench" / "results" / f"{args.name}.json"
        out.write_text(json.dumps({"args": vars(args), "summary": summary, "rounds": rounds}))
        print(f"# raw rounds: {out}")
    return 0


def _fmt(d: dict[str, float]) -> str:
    return f"{d['rps']:.0f} rps, {d['cpu_us']:.1f} µs CPU, loop {d['loop_us']:.1f} µs"


if __name__ == "__main__":
    sys.exit(main())

"""Instructions per request of the running server (``kanmon serve``, one worker, JSON), counted by
callgrind: what ``bench/path_cost.py`` leaves out (uvicorn, the connection protocol, uvloop) is
in. One build at a time, each under the same load; the counting starts after a warm-up and
stops before the shutdown, so start-up and exit are left out. Work on a clock (tree heads, the
WAL checkpoint) is counted too, about 50 times too often under valgrind's slow clock: compare
the event loop's row, which holds none of it.

The peers' fake upstream must run (``/tmp/peers/tools-venv/bin/python
../shared/bench/peers/fake_upstream.py --port 18000``), and wrk and valgrind be installed::

    .venv/bin/python bench/server_cost.py                          # this tree
    .venv/bin/python bench/server_cost.py --tree /work/base-pre12  # another, with its .venv
    .venv/bin/python bench/otlp_sink.py --port 14318 &
    .venv/bin/python bench/server_cost.py --otlp http://127.0.0.1:14318/v1/traces  # the -obs config
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gateway_peers  # noqa: E402

#: The peer benchmark's request (gateway_peers.PEERS: $KANMON_PEERS_BENCH, else ../shared).
POST_LUA = gateway_peers.PEERS / "post.lua"


def _wrk(port: int, key: str, conns: int, seconds: int) -> int:
    """Requests answered in a closed-loop run of wrk."""
    out = subprocess.run(
        ["wrk", "-t1", f"-c{conns}", f"-d{seconds}s", "-s", str(POST_LUA)]
        + [f"http://127.0.0.1:{port}/v1/chat/completions"],
        env={**os.environ, "BENCH_API_KEY": key},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(r"(\d+) requests in", out)
    assert found is not None, out
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if failed is not None:  # a refusal costs a fraction of an answer: the count would lie
        raise SystemExit(
            f"{failed.group(1)} of {found.group(1)} requests were not answered 200 "
            "(the server's log is in the run's directory)"
        )
    return int(found.group(1))


def _totals(path: Path) -> int:
    found = re.search(r"^(?:summary|totals): (\d+)", path.read_text(), re.MULTILINE)
    assert found is not None, f"{path} has no totals"
    return int(found.group(1))


def count(
    tree: Path,
    port: int,
    warmup_s: int,
    run_s: int,
    conns: int,
    metrics: bool = False,
    otlp: str | None = None,
    sample_ratio: float | None = None,
) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="kanmon-server-cost-"))
    # the peer benchmark's ``-metrics`` and ``-obs`` configs (no scrape: a scrape's thread
    # would be counted at valgrind's pace, not the load's)
    cfg = gateway_peers._config(
        work, port, 1, True, metrics=metrics, otlp=otlp, tree=tree, sample_ratio=sample_ratio
    )
    kanmon = str(tree / ".venv" / "bin" / "kanmon")
    env = {
        **os.environ,
        "KANMON_ADMIN_KEY": "km-bench-admin-" + os.urandom(8).hex(),
        "KANMON_AUDIT_CONTENT_KEY": os.urandom(32).hex(),
        "PYTHONHASHSEED": "0",
    }
    created = subprocess.run(
        [kanmon, "keys", "create", "--name", "bench", "--team", "bench", "--json", "-c", str(cfg)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    key = json.loads(created.stdout)["key"]
    out = work / "cg.out"
    if not POST_LUA.exists():  # wrk would send GETs without it, each refused in no time
        raise SystemExit(f"{POST_LUA} is missing: set KANMON_PEERS_BENCH")
    with socket.socket() as probe:  # another server there would answer in this one's place
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"port {port} is in use: pick another with --port")
    server = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--separate-threads=yes", "--instr-atstart=no"]
        + [f"--callgrind-out-file={out}", kanmon, "serve", "-c", str(cfg)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(work / "server.log").open("wb"),  # why a request failed, if one did
        start_new_session=True,
    )
    print(f"the run's directory: {work}", flush=True)
    try:
        gateway_peers._wait_port(port, timeout=180)
        _wrk(port, key, 16, warmup_s)
        subprocess.run(["callgrind_control", "-i", "on", str(server.pid)], check=True)
        n = _wrk(port, key, conns, run_s)
        subprocess.run(["callgrind_control", "-d", str(server.pid)], check=True)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    # the dump on request is numbered 1; its threads -01 (the event loop), -02, ...
    threads = sorted(work.glob("cg.out.1-*"))
    assert threads, f"no callgrind dump in {work}"
    return {
        "requests": n,
        "event_loop": _totals(threads[0]) / n,
        "process": sum(map(_totals, threads)) / n,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--tree", type=Path, default=HERE.parent, help="a checkout with its .venv")
    ap.add_argument("--port", type=int, default=18301)
    ap.add_argument("--warmup", type=int, default=20, help="seconds of wrk -c16 before counting")
    ap.add_argument("--duration", type=int, default=60, help="seconds counted")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--metrics", action="store_true", help="Prometheus metrics on")
    ap.add_argument(
        "--otlp",
        metavar="URL",
        help="traces on (and metrics), exported here (bench/otlp_sink.py must listen)",
    )
    ap.add_argument("--sample-ratio", type=float, help="the traces' ratio (default: the config's)")
    a = ap.parse_args()
    r = count(
        a.tree.resolve(),
        a.port,
        a.warmup,
        a.duration,
        a.connections,
        a.metrics,
        a.otlp,
        a.sample_ratio,
    )
    print(
        f"{a.tree}: {r['requests']:.0f} requests; instructions per request: "
        f"event loop {r['event_loop']:,.0f}, whole process {r['process']:,.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the connection layer (read deadlines, cap, HTTP/1.0 framing) costs on the hot path.

Run by hand (never in CI), from the project root, with wrk installed (Debian package ``wrk``):

    git archive <base-rev> | (mkdir -p /tmp/kbase && tar -x -C /tmp/kbase)
    .venv/bin/python bench/conn_overhead.py --tree base=/tmp/kbase --reps 5 --duration 5

Each tree (this checkout as ``this``, plus every ``--tree LABEL=DIR``) runs as one ``kanmon serve``
process (one worker; ``--workers N`` for more) with this checkout's virtualenv and ``DIR/src``
first on ``PYTHONPATH``: the same interpreter and dependencies, only Kanmon's code differs. They
route to one Kanmon simulator and are measured with wrk in turns (this, base, this, base, ...) so
that load from elsewhere on the machine falls on both alike. Prints requests/s per run, the median
per tree, each tree's median relative to ``this``, and the median of the per-turn ratios (each base
run against the ``this`` run next to it, which cancels slow drifts in the load).

``--protocol`` measures the HTTP protocol alone, without sockets or the gateway: uvicorn's
httptools protocol and Kanmon's subclass each parse keep-alive POSTs, run a minimal ASGI app and
write its answers into a fake transport, in alternating batches on one event loop; it prints the
CPU microseconds per request of each and the median ratio of adjacent batches:

    .venv/bin/python bench/conn_overhead.py --protocol --rounds 40 --requests 2000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LUA = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer %s"
wrk.body = '{"model": "chat", "messages": [{"role": "user", "content": "hello there"}]}'
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"nothing listening on 127.0.0.1:{port}")


def _start(
    label: str, src: Path, sim_url: str, work: Path, workers: int = 1
) -> tuple[subprocess.Popen[bytes], int]:
    from tests.conftest import sim_deployment

    port = _free_port()
    cfg = work / f"{label}.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "gateway": {"port": port, "workers": workers},
                "store": {"url": f"sqlite:///{work / (label + '.db')}"},
                "deployments": [
                    sim_deployment("d-main", "sim-model", sim_url, timeout_s=10, max_retries=0)
                ],
                "routes": {"chat": {"deployments": ["d-main"]}},
            }
        )
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "KANMON_ADMIN_KEY": "km-bench-" + os.urandom(8).hex(),
    }
    made = subprocess.run(
        [sys.executable, "-m", "kanmon", "keys", "create", "--name", "b", "--team", "b"]
        + ["--json", "-c", str(cfg)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    (work / f"{label}.lua").write_text(LUA % json.loads(made.stdout)["key"])
    proc = subprocess.Popen(
        [sys.executable, "-m", "kanmon", "serve", "-c", str(cfg)], env=env, start_new_session=True
    )
    _wait_port(port)
    return proc, port


def _cpu_s(pid: int) -> tuple[float, float]:
    """CPU seconds in user and in system mode (every thread) of ``pid`` and its live
    descendants: the kernel's share tells work in system calls from work in Python."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float, float]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(d.name)] = (int(fields[1]), int(fields[11]) / tick, int(fields[12]) / tick)
    user = system = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        _, u, k = stats.get(p, (0, 0.0, 0.0))
        user, system = user + u, system + k
        todo += [c for c, (ppid, _, _) in stats.items() if ppid == p]
    return user, system


def _wrk(port: int, lua: Path, threads: int, conns: int, duration: int) -> float:
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{conns}", f"-d{duration}s", "-s", str(lua)]
        + [f"http://127.0.0.1:{port}/v1/chat/completions"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit("wrk saw errors:\n" + out)
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if m is None:
        raise SystemExit("no Requests/sec in wrk output:\n" + out)
    return float(m.group(1))


class _FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.written = 0
        self.closing = False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 40000), "sockname": ("127.0.0.1", 8080)}.get(
            name, default
        )

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += len(data)

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


_BODY = b'{"model": "chat", "messages": [{"role": "user", "content": "hello there"}]}'
_REQUEST = (
    b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
    b"Authorization: Bearer km-0123456789-abcdefabcdefabcdef\r\nContent-Type: application/json\r\n"
    b"User-Agent: bench\r\nAccept: */*\r\nContent-Length: %d\r\n\r\n%s" % (len(_BODY), _BODY)
)
_ANSWER = b'{"id": "x", "object": "chat.completion", "choices": []}'


async def _echo_app(scope: Any, receive: Any, send: Any) -> None:
    await receive()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_ANSWER)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _ANSWER})


def _open(protocol_class: Any) -> tuple[Any, _FakeTransport]:
    import uvicorn
    from uvicorn.server import ServerState

    config = uvicorn.Config(_echo_app, http=protocol_class, lifespan="off", log_level="error")
    config.load()
    proto = config.http_protocol_class(  # type: ignore[call-arg]
        config=config, server_state=ServerState(), app_state={}
    )
    transport = _FakeTransport()
    proto.connection_made(transport)
    return proto, transport


async def _batch(proto: Any, n: int) -> float:
    """CPU seconds per request over ``n`` keep-alive requests on one connection (CPU time, not
    wall time: other processes on the machine do not count)."""
    t0 = time.process_time()
    for _ in range(n):
        proto.data_received(_REQUEST)
        cycle = proto.cycle
        while not cycle.response_complete:
            await asyncio.sleep(0)
    return (time.process_time() - t0) / n


async def _protocols(rounds: int, requests: int) -> dict[str, list[float]]:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    from kanmon.gateway._conn import http_protocol
    from kanmon.gateway._conn_pool import ConnLimits

    limits = ConnLimits(10.0, 10.0, 1024, 5.0, max_connections=10_000, reserve_fds=640)
    opened = {
        "uvicorn": _open(HttpToolsProtocol),
        "kanmon": _open(http_protocol(limits)),
    }
    for proto, _ in opened.values():  # warm-up, not counted
        await _batch(proto, 1000)
    per: dict[str, list[float]] = {label: [] for label in opened}
    for r in range(rounds):
        labels = list(opened) if r % 2 == 0 else list(reversed(opened))
        for label in labels:
            per[label].append(await _batch(opened[label][0], requests))
    for label, (proto, transport) in opened.items():
        if transport.closing:
            raise SystemExit(f"{label} refused the benchmark request")
        transport.closing = True
        proto.connection_lost(None)
    return per


def _protocol_bench(rounds: int, requests: int) -> int:
    import uvloop

    per = uvloop.run(_protocols(rounds, requests))
    for label, runs in per.items():
        print(
            f"{label}: median {statistics.median(runs) * 1e6:.2f}, best {min(runs) * 1e6:.2f} "
            f"us CPU/request ({rounds} batches x {requests})"
        )
    ratios = [k / u for k, u in zip(per["kanmon"], per["uvicorn"], strict=True)]
    print(f"kanmon / uvicorn: median per-batch ratio {statistics.median(ratios):.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--protocol", action="store_true", help="the protocol alone (see above)")
    ap.add_argument("--rounds", type=int, default=40, help="--protocol: batches per protocol")
    ap.add_argument("--requests", type=int, default=2000, help="--protocol: requests per batch")
    ap.add_argument("--tree", action="append", default=[], metavar="LABEL=DIR")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes per gateway (CPU/request counts the whole process tree)",
    )
    ap.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument(
        "--upstream",
        default=None,
        help="an OpenAI-compatible upstream to route to (e.g. the peers' fake upstream, "
        "http://127.0.0.1:18000/v1) instead of the in-process simulator, whose speed then "
        "bounds the gateways'",
    )
    args = ap.parse_args()
    if args.protocol:
        return _protocol_bench(args.rounds, args.requests)

    from kanmon.simulator import ModelBehaviour, SimulatorConfig, SimulatorThread

    trees = {"this": ROOT / "src"} | {
        label: Path(d) / "src" for label, d in (t.split("=", 1) for t in args.tree)
    }
    work = Path(tempfile.mkdtemp(prefix="kanmon-conn-bench-"))
    procs: list[subprocess.Popen[bytes]] = []
    sim = SimulatorThread(SimulatorConfig(models={"sim-model": ModelBehaviour()})).start()
    try:
        ports = {}
        for label, src in trees.items():
            proc, ports[label] = _start(
                label, src, args.upstream or sim.base_url, work, args.workers
            )
            procs.append(proc)
        for label, port in ports.items():  # warm-up, not counted
            _wrk(port, work / f"{label}.lua", args.threads, args.connections, 2)
        rps: dict[str, list[float]] = {label: [] for label in trees}
        cpu: dict[str, list[float]] = {label: [] for label in trees}
        kernel: dict[str, list[float]] = {label: [] for label in trees}
        pids = dict(zip(trees, (p.pid for p in procs), strict=True))
        for rep in range(args.reps):
            order = list(trees) if rep % 2 == 0 else list(reversed(trees))
            for label in order:
                u0, k0 = _cpu_s(pids[label])
                r = _wrk(
                    ports[label],
                    work / f"{label}.lua",
                    args.threads,
                    args.connections,
                    args.duration,
                )
                # The gateway's CPU per request moves far less with the machine's load than
                # its requests per second (the rps is what users see; this is what it costs).
                u1, k1 = _cpu_s(pids[label])
                us = (u1 - u0 + k1 - k0) / (r * args.duration) * 1e6
                ks = (k1 - k0) / (r * args.duration) * 1e6
                rps[label].append(r)
                cpu[label].append(us)
                kernel[label].append(ks)
                print(
                    f"rep {rep + 1} {label}: {r:.0f} req/s, {us:.0f} us CPU/request "
                    f"({ks:.0f} in the kernel)",
                    flush=True,
                )
        ref = statistics.median(rps["this"])
        for label, runs in rps.items():
            med = statistics.median(runs)
            paired = statistics.median(r / t for r, t in zip(runs, rps["this"], strict=True))
            print(
                f"{label}: median {med:.0f} req/s over {len(runs)} runs, {med / ref:.3f} of this; "
                f"median per-turn ratio {paired:.3f}; "
                f"median {statistics.median(cpu[label]):.0f} us CPU/request "
                f"({statistics.median(kernel[label]):.0f} in the kernel), "
                f"{statistics.median(cpu[label]) / statistics.median(cpu['this']):.3f} of this"
            )
        return 0
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(30)
        sim.stop()


if __name__ == "__main__":
    sys.exit(main())

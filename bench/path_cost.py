"""Instructions per request on the gateway's request path, counted by callgrind: a measure that
does not move with the machine's load, for A/B runs of two builds side by side.

The gateway app is driven in-process through ASGI (no HTTP server, no client in the count); it
calls the peers' fake upstream over loopback. Work done on a clock (tree heads every
``head_interval_s``, the WAL checkpointer) is left out: under valgrind the clock runs ~50x
slower against the work, so it would be counted many times over, and by the machine's load. The
fake upstream must run (start it first:
``/tmp/peers/tools-venv/bin/python ../shared/bench/peers/fake_upstream.py --port 18000``).
Run each build twice, with few and with many requests, and take the difference, so start-up
cancels out::

    for tree in /work/main /tmp/base; do for n in 100 600; do
      valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out \\
        $tree/.venv/bin/python bench/path_cost.py --n $n [--scan] [--stream] [--metrics] \\
        2>&1 | grep Collected
    done; done
    # instructions per request = (Ir(600) - Ir(100)) / 500

``bench/path_cost.py --ab /tmp/base`` does all of that and prints the table.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import yaml

ROOT = Path(__file__).resolve().parent.parent
BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Say hello in one word."}]}
#: ``--peers-body``: the body ``../shared/bench/peers/bench.py`` sends (a system prompt, a user
#: message), whose system prompt wakes the injection scanner's classifier ("assistant").
PEERS_BODY = {
    "model": "gpt-4o-mini",
    "messages": [
        {
            "role": "system",
            "content": "You are a helpful assistant for the finance team. Answer concisely.",
        },
        {
            "role": "user",
            "content": "Summarise the attached quarterly report in one paragraph and list the "
            "main risks and next steps.",
        },
    ],
}
#: ``--scan-cache-mb``: the policy's ``scan_cache_mb`` (None: the build's default).
SCAN_CACHE_MB: float | None = None
#: Tracing (``--traces``): its sample ratio and where spans go; None: tracing off.
TRACES: float | None = None
OTLP = "http://127.0.0.1:14318/v1/traces"


def _config(work: Path, scan: bool, upstream: str, metrics: bool = False) -> Path:
    cfg: dict[str, Any] = {
        "store": {"url": f"sqlite:///{work / 'kanmon.db'}"},
        # Heads signed on a clock would be counted per request as often as valgrind slows the
        # clock down: one head for the whole run keeps the count to the request path.
        "audit": {"durable_before_response": True, "head_interval_s": 3600},
        "deployments": [
            {
                "id": "bench-upstream",
                "model": "kanmon-sim",
                "provider": "peers fake upstream (local)",
                "provider_entity": "local process",
                "provider_jurisdiction": "ZZ",
                "processing_region": "LOCAL",
                "base_url": upstream,
                "model_alias": "gpt-4o-mini",
                "simulated": True,
                "max_retries": 0,
            }
        ],
        "routes": {"gpt-4o-mini": {"deployments": ["bench-upstream"]}},
    }
    if scan:
        # the policy the build under count ships (an older build may not read a newer one)
        import kanmon.policy

        cfg["policy"] = {"file": str(Path(kanmon.policy.__file__).parent / "example.yaml")}
        if SCAN_CACHE_MB is not None:
            cfg["policy"]["scan_cache_mb"] = SCAN_CACHE_MB
    if metrics:
        cfg["metrics"] = {"enabled": True}
    if TRACES is not None:
        # Exported when a batch is full (or at the shutdown), never on the clock: under load a
        # batch fills long before the clock's delay, and valgrind's slow clock would add posts.
        cfg["tracing"] = {
            "enabled": True,
            "endpoint": OTLP,
            "sample_ratio": TRACES,
            "schedule_delay_ms": 3_600_000,
        }
    path = work / "kanmon.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def _build(path: Path) -> Any:
    from kanmon.config import load_config

    try:  # the build after the request core
        from kanmon.wiring import build_services
    except ImportError:  # the build before it
        from kanmon.gateway import build_services  # type: ignore[attr-defined,no-redef]
    return build_services(load_config(path), path)


class _Call:
    """One request's ASGI receive and send."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.sent: list[Any] = []
        self.done = asyncio.Event()
        self.delivered = False

    async def receive(self) -> dict[str, Any]:
        if not self.delivered:
            self.delivered = True
            return {"type": "http.request", "body": self.body, "more_body": False}
        await self.done.wait()
        return {"type": "http.disconnect"}

    async def send(self, m: Any) -> None:
        self.sent.append(m)
        if m["type"] == "http.response.body" and not m.get("more_body"):
            self.done.set()


async def open_gateway(
    services: Any, body: bytes
) -> tuple[Any, dict[str, Any], Callable[[], Awaitable[None]]]:
    """The gateway app over ``services``, its lifespan started, an ``app`` key made: the app,
    the scope of a chat request carrying ``body`` with that key, and the shutdown."""
    from kanmon.gateway import Gateway

    app = Gateway(services)
    life: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await life.put({"type": "lifespan.startup"})
    out: list[dict[str, Any]] = []

    async def send_life(m: Any) -> None:
        out.append(m)

    lifespan = asyncio.ensure_future(app({"type": "lifespan"}, life.get, send_life))
    while not out:
        await asyncio.sleep(0.01)
    secret, _ = services.keys.create(name="cost", team="bench", roles=["app"])
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/v1/chat/completions",
        "headers": [
            (b"authorization", f"Bearer {secret}".encode()),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
        "query_string": b"",
        "client": ("127.0.0.1", 5555),
    }

    async def stop() -> None:
        await life.put({"type": "lifespan.shutdown"})
        await lifespan

    return app, scope, stop


def _pause(word: str) -> None:
    """``--window``: tell the parent where the run is and wait until it has told callgrind
    (the event loop blocks here between two batches: nothing is in flight)."""
    print(word, flush=True)
    sys.stdin.readline()


def _settle(services: Any) -> None:
    """What a batch left behind, done now: the metrics' rows into the metrics and the spans
    posted, so a counted window holds its own requests' share and no other's."""
    if services.metrics is not None:
        services.metrics.observer.flush()
    for o in services.observers:
        flush = getattr(o, "force_flush", None)
        if callable(flush):
            flush()


async def _drive(
    n: int,
    scan: bool,
    stream: bool,
    upstream: str,
    metrics: bool = False,
    inflight: int = 1,
    window: int = 0,
) -> float:
    """Run ``n`` requests, ``inflight`` at a time; the CPU time (all threads) from the first to
    the shutdown. ``window``: run that many first, then ``n`` between two pauses (``_pause``)
    that the parent counts between."""
    from kanmon.store import Database

    # The WAL checkpointer runs on a clock too (every 0.5 s): left out, like the heads above.
    Database.start_checkpointer = lambda self, interval_s=0.5: None  # type: ignore[method-assign]

    work = Path(tempfile.mkdtemp(prefix="kanmon-cost-"))
    services = _build(_config(work, scan, upstream, metrics))
    if metrics:
        # The flush runs on a clock too (once a second): at the shutdown only, as at a rate
        # high enough that a second holds every request of the run.
        services.metrics.observer.flush_s = 1e9
    body = orjson.dumps({**BODY, "stream": stream})
    app, scope, stop = await open_gateway(services, body)
    left = n

    async def caller() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            call = _Call(body)
            await app(scope, call.receive, call.send)
            assert call.sent[0]["status"] == 200, call.sent

    if window:
        left = window
        await asyncio.gather(*(caller() for _ in range(inflight)))
        _settle(services)
        random.seed(0)  # the same requests sampled in every run
        _pause("counting")
        left = n
    t0 = time.process_time()
    await asyncio.gather(*(caller() for _ in range(inflight)))
    if window:
        _settle(services)
        _pause("counted")
    await stop()  # the shutdown flushes what is still queued (audit records, metrics)
    return time.process_time() - t0


def _count(
    python: str,
    n: int,
    scan: bool,
    stream: bool,
    upstream: str,
    metrics: bool = False,
    inflight: int = 1,
) -> tuple[int, int]:
    """Instructions of the whole process and of its main thread (the event loop's: what holds
    the loop up; the audit writer's SQLite work runs beside it with the GIL released)."""
    args = [python, str(Path(__file__).resolve()), "--n", str(n), "--upstream", upstream]
    args += ["--scan"] * scan + ["--stream"] * stream + ["--metrics"] * metrics
    args += ["--inflight", str(inflight)] + ["--peers-body"] * (BODY is PEERS_BODY)
    if SCAN_CACHE_MB is not None:
        args += ["--scan-cache-mb", str(SCAN_CACHE_MB)]
    if TRACES is not None:
        args += ["--traces", str(TRACES), "--otlp", OTLP]
    out = Path(tempfile.mkdtemp()) / "cg.out"
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--separate-threads=yes"]
        + [f"--callgrind-out-file={out}", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"Collected : (\d+)", run.stderr)
    main = out.parent / "cg.out-01"  # callgrind numbers threads in the order they started
    if run.returncode != 0 or found is None or not main.exists():
        raise SystemExit(f"callgrind run failed:\n{run.stderr[-2000:]}")
    totals = re.search(r"^(?:summary|totals): (\d+)", main.read_text(), re.MULTILINE)
    assert totals is not None, "a callgrind file always ends with its totals"
    return int(found.group(1)), int(totals.group(1))


def _without(argv: list[str], option: str) -> list[str]:
    """``argv`` less ``option`` and its value."""
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == option:
            skip = True
        elif not arg.startswith(option + "="):
            out.append(arg)
    return out


def _count_window(python: str, args: list[str], warmup: int) -> tuple[list[int], Path]:
    """Instructions of each thread while the child ran its counted requests (``--window``):
    callgrind instruments from the first pause to the second only, so neither start-up, the
    warm-up, nor the shutdown is in the count. Threads in the order they started (the event
    loop first)."""
    out = Path(tempfile.mkdtemp()) / "cg.out"
    child = subprocess.Popen(
        ["valgrind", "--tool=callgrind", "--separate-threads=yes", "--instr-atstart=no"]
        + [f"--callgrind-out-file={out}", python, str(Path(__file__).resolve()), *args]
        + ["--window", str(warmup), "--in-window"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert child.stdin is not None and child.stdout is not None
    for word, command in (("counting", "-i on"), ("counted", "-d")):
        line = child.stdout.readline().strip()
        if line != word:
            child.kill()
            raise SystemExit(f"the counted run said {line!r}, not {word!r}")
        subprocess.run(
            ["callgrind_control", *command.split(), str(child.pid)], check=True, capture_output=True
        )
        child.stdin.write("\n")
        child.stdin.flush()
    child.wait()
    threads = sorted(out.parent.glob("cg.out.1-*"))  # the dump on request is numbered 1
    totals = []
    for t in threads:
        found = re.search(r"^(?:summary|totals): (\d+)", t.read_text(), re.MULTILINE)
        assert found is not None, f"{t} has no totals"
        totals.append(int(found.group(1)))
    return totals, out.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--scan", action="store_true", help="the shipped example policy on")
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--metrics", action="store_true", help="Prometheus metrics on")
    ap.add_argument(
        "--inflight",
        type=int,
        default=1,
        help="requests in flight at once (what the live heap holds, as a server under load)",
    )
    ap.add_argument("--cpu", action="store_true", help="print CPU us per request (no valgrind)")
    ap.add_argument("--upstream", default="http://127.0.0.1:18000/v1")
    ap.add_argument("--peers-body", action="store_true", help="the peer benchmark's body")
    ap.add_argument(
        "--scan-cache-mb", type=float, help="policy.scan_cache_mb (0: off; builds that have it)"
    )
    ap.add_argument(
        "--traces",
        type=float,
        metavar="RATIO",
        help="OpenTelemetry traces on at this sample ratio, exported to --otlp "
        "(bench/otlp_sink.py); 0 and 1 separate what every request pays from a sampled one's",
    )
    ap.add_argument("--otlp", default="http://127.0.0.1:14318/v1/traces")
    ap.add_argument(
        "--window",
        type=int,
        metavar="WARMUP",
        help="count only --n requests after WARMUP others, each thread apart, with their "
        "metrics flushed and spans posted (callgrind started by this script)",
    )
    ap.add_argument("--in-window", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--ab", metavar="DIR", help="another checkout with its .venv: count both")
    ap.add_argument("--few", type=int, default=100)
    ap.add_argument("--many", type=int, default=600)
    ap.add_argument(
        "--variants", default="json,stream,json-scan,stream-scan", help="which to count with --ab"
    )
    a = ap.parse_args()
    global BODY, SCAN_CACHE_MB, TRACES, OTLP
    if a.peers_body:
        BODY = PEERS_BODY
    SCAN_CACHE_MB = a.scan_cache_mb
    TRACES, OTLP = a.traces, a.otlp
    if a.window and not a.in_window:
        args = _without(sys.argv[1:], "--window")
        totals, out = _count_window(sys.executable, args, a.window)
        print(
            f"{a.n} requests counted; instructions per request: event loop "
            f"{totals[0] / a.n:,.0f}, other threads "
            + ", ".join(f"{t / a.n:,.0f}" for t in totals[1:])
            + f"; whole process {sum(totals) / a.n:,.0f} (callgrind's files: {out})"
        )
        return 0
    if not a.ab:
        cpu = asyncio.run(
            _drive(a.n, a.scan, a.stream, a.upstream, a.metrics, a.inflight, a.window or 0)
        )
        if a.cpu:
            print(f"{cpu / a.n * 1e6:.1f}")
        return 0
    trees = {"this": ROOT, "other": Path(a.ab)}
    print(
        f"{'variant':<14}{'this':>14}{'other':>14}{'ratio':>8}  (instructions per request; "
        "the main thread's, then the whole process')"
    )
    wanted = a.variants.split(",")
    for scan in (False, True):
        for stream in (False, True):
            name = ("json" if not stream else "stream") + ("-scan" if scan else "")
            if name not in wanted:
                continue
            per: dict[str, tuple[float, float]] = {}
            for label, tree in trees.items():
                py = str(tree / ".venv" / "bin" / "python")
                few = _count(py, a.few, scan, stream, a.upstream, inflight=a.inflight)
                many = _count(py, a.many, scan, stream, a.upstream, inflight=a.inflight)
                d = a.many - a.few
                per[label] = ((many[1] - few[1]) / d, (many[0] - few[0]) / d)
            for i, part in enumerate((" main", " all")):
                this, other = per["this"][i], per["other"][i]
                row = f"{name + part:<14}{this:>14,.0f}{other:>14,.0f}{this / other:>8.3f}"
                print(row, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

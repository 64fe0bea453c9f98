"""Added latency of the Responses and Messages entry points next to chat completions.

Run by hand (never in CI), from the project root:

    .venv/bin/python bench/wire_bench.py --reps 5 --duration 5

One Kanmon gateway (one worker, durable audit) routes ``gpt-4o-mini`` to the shared fake
upstream (``../shared/bench/peers/fake_upstream.py``, started here on its own port). wrk posts
three bodies of the same conversation, one per entry point: ``/v1/chat/completions``,
``/v1/responses`` (string input and instructions) and ``/v1/messages`` (system and
``max_tokens``); JSON or SSE (``--modes``). Shapes are measured interleaved (the order rotates
each rep) at ``--concurrency`` (default 1); the table gives medians over the reps of wrk's p50,
p99 and requests/s, and each shape's p50 minus chat's. Raw runs go to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import gateway_peers

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM_SCRIPT = gateway_peers.PEERS / "fake_upstream.py"
SYSTEM = "You are a concise assistant for the finance team."
QUESTION = (
    "Summarise the quarterly report in three bullet points: revenue grew 12% year over year, "
    "driven by the enterprise segment; costs were flat; the outlook is cautious."
)
SHAPES: dict[str, tuple[str, dict[str, Any]]] = {
    "chat": (
        "/v1/chat/completions",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": QUESTION},
            ],
            "max_tokens": 256,
        },
    ),
    "responses": (
        "/v1/responses",
        {
            "model": "gpt-4o-mini",
            "instructions": SYSTEM,
            "input": QUESTION,
            "max_output_tokens": 256,
        },
    ),
    "messages": (
        "/v1/messages",
        {
            "model": "gpt-4o-mini",
            "system": SYSTEM,
            "messages": [{"role": "user", "content": QUESTION}],
            "max_tokens": 256,
        },
    ),
}
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    if m is None:
        raise ValueError(f"cannot read wrk latency {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def _wrk(url: str, body: Path, headers: str, conns: int, seconds: int) -> dict[str, float]:
    env = {**os.environ, "BENCH_BODY_FILE": str(body), "BENCH_HEADERS": headers}
    out = subprocess.run(
        ["wrk", "-t1", f"-c{conns}", f"-d{seconds}s", "--latency", "-s",
         str(ROOT / "bench" / "wire_post.lua"), url],
        env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", out, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if p50 is None or p99 is None or rps is None or non2xx is not None:
        raise SystemExit(f"wrk run failed:\n{out}")
    return {"p50_ms": _ms(p50.group(1)), "p99_ms": _ms(p99.group(1)), "rps": float(rps.group(1))}


def translate_only(n: int) -> None:
    """The translation alone, in this process: 20 content chunks, the finish and usage chunks
    (the fake upstream's stream) written as chat, Responses and Messages events, as the bytes
    the gateway sends. Five rounds, the shapes interleaved in each; medians of CPU time
    (``time.process_time``, steadier than wall time on a shared machine) and of wall time.

    Builds before the writers returned bytes (they returned event dicts, framed by the
    gateway) are framed here the same way, so ``PYTHONPATH=<older checkout>/src`` times an
    older build with this same loop."""
    import time

    import orjson

    from kanmon.wire import MessagesStream, ResponseShell, ResponsesStream

    def frames(out: Any) -> bytes:
        if isinstance(out, bytes):
            return out
        return b"".join(  # event dicts (Responses) or (name, data) pairs (Messages)
            b"event: " + (str(e["type"]) if isinstance(e, dict) else e[0]).encode()
            + b"\ndata: " + orjson.dumps(e if isinstance(e, dict) else e[1]) + b"\n\n"
            for e in out
        )  # fmt: skip

    delta = {"content": "word word word "}
    chunks: list[dict[str, Any]] = [
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": dict(delta), "finish_reason": None}]}
        for _ in range(20)
    ]  # fmt: skip
    chunks.append({"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    chunks.append(
        {"id": "c", "choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": 20}}
    )

    def chat() -> bytes:
        return b"".join(b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks)

    def responses() -> bytes:
        w = ResponsesStream(ResponseShell("resp_x", {"model": "m", "input": "hi"}))
        out = [frames(w.start())] + [frames(w.feed(c)) for c in chunks] + [frames(w.end())]
        return b"".join(out)

    def messages() -> bytes:
        w = MessagesStream("msg_x", "m")
        out = [frames(w.start())] + [frames(w.feed(c)) for c in chunks] + [frames(w.end())]
        return b"".join(out)

    shapes = {"chat": chat, "responses": responses, "messages": messages}
    cpu: dict[str, list[float]] = {name: [] for name in shapes}
    wall: dict[str, list[float]] = {name: [] for name in shapes}
    size: dict[str, int] = {}
    for _ in range(5):
        for name, fn in shapes.items():
            c0, w0 = time.process_time(), time.perf_counter()
            for _ in range(n):
                size[name] = len(fn())
            cpu[name].append((time.process_time() - c0) / n * 1e6)
            wall[name].append((time.perf_counter() - w0) / n * 1e6)
    for name in shapes:
        print(
            f"{name:9} {statistics.median(cpu[name]):7.1f} us CPU per stream "
            f"({statistics.median(wall[name]):.1f} us wall, {size[name]} B)"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--translate-only",
        type=int,
        default=0,
        metavar="N",
        help="time only the event writers in this process, N streams each, and stop",
    )
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--modes", default="json", help="json, stream or json,stream")
    ap.add_argument("--name", default=None, help="results file name (without .json)")
    ap.add_argument(
        "--upstream-script",
        default=str(UPSTREAM_SCRIPT),
        help="the shared fake upstream (from a worktree: /work/shared/bench/peers/...)",
    )
    args = ap.parse_args()
    if args.translate_only:
        translate_only(args.translate_only)
        return 0
    py = str(ROOT / ".venv" / "bin" / "python")
    kanmon = str(ROOT / ".venv" / "bin" / "kanmon")
    up_port, gw_port = _free_port(), _free_port()
    gateway_peers.UPSTREAM = f"http://127.0.0.1:{up_port}/v1"
    work = Path(tempfile.mkdtemp(prefix="kanmon-wire-bench-"))
    cfg = gateway_peers._config(work, gw_port, 1, True)
    env = {**os.environ, "KANMON_ADMIN_KEY": "km-bench-admin-" + os.urandom(8).hex()}
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(
            subprocess.Popen(
                [py, args.upstream_script, "--port", str(up_port)], start_new_session=True
            )
        )
        gateway_peers._wait_port(up_port)
        created = subprocess.run(
            [kanmon, "keys", "create", "--name", "bench", "--team", "bench", "--json",
             "-c", str(cfg)],
            check=True, capture_output=True, text=True, env=env,
        )  # fmt: skip
        key = json.loads(created.stdout)["key"]
        procs.append(
            subprocess.Popen([kanmon, "serve", "-c", str(cfg)], env=env, start_new_session=True)
        )
        gateway_peers._wait_port(gw_port)
        headers = f"Authorization: Bearer {key}|anthropic-version: 2023-06-01"
        runs: list[dict[str, Any]] = []
        order = list(SHAPES)
        for mode in args.modes.split(","):
            bodies = {}
            for name, (_, body) in SHAPES.items():
                bodies[name] = work / f"{name}-{mode}.json"
                bodies[name].write_text(json.dumps({**body, "stream": mode == "stream"}))
            for name in order:  # warm-up
                url = f"http://127.0.0.1:{gw_port}{SHAPES[name][0]}"
                _wrk(url, bodies[name], headers, args.concurrency, 1)
            for rep in range(args.reps):
                for name in order[rep % 3 :] + order[: rep % 3]:
                    url = f"http://127.0.0.1:{gw_port}{SHAPES[name][0]}"
                    r = _wrk(url, bodies[name], headers, args.concurrency, args.duration)
                    runs.append({"mode": mode, "shape": name, "rep": rep, **r})
                    print(f"{mode:6} {name:9} rep {rep}: {r}", flush=True)
        table = []
        for mode in args.modes.split(","):
            med = {
                name: {
                    k: statistics.median(
                        r[k] for r in runs if r["shape"] == name and r["mode"] == mode
                    )
                    for k in ("p50_ms", "p99_ms", "rps")
                }
                for name in SHAPES
            }
            for name in SHAPES:
                added = med[name]["p50_ms"] - med["chat"]["p50_ms"]
                table.append({"mode": mode, "shape": name, **med[name], "p50_vs_chat_ms": added})
        print(f"\n{'mode':6} {'shape':9} {'p50 ms':>8} {'p99 ms':>8} {'rps':>8} {'p50-chat':>9}")
        for row in table:
            print(
                f"{row['mode']:6} {row['shape']:9} {row['p50_ms']:8.3f} {row['p99_ms']:8.3f} "
                f"{row['rps']:8.0f} {row['p50_vs_chat_ms']:+9.3f}"
            )
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        out = ROOT / "bench" / "results" / f"{args.name or 'wire-' + stamp}.json"
        out.write_text(json.dumps({"args": vars(args), "runs": runs, "table": table}, indent=1))
        print(f"\nraw runs: {out.relative_to(ROOT)}")
        return 0
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(30)


if __name__ == "__main__":
    sys.exit(main())

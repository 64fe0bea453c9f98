"""The tracer of this tree against the one of an earlier commit, in one process: the same
exchanges (captured from requests to the simulator), rounds interleaved and each side first in
turn, CPU time (every thread: the export thread's too) per request for

- a sampled request: ``done``, then the flush that writes and posts its spans to
  ``bench/otlp_sink.py`` (its own process, so the collector's work is not counted);
- a request not sampled: ``begin`` and ``done`` at ``sample_ratio`` 0::

    .venv/bin/python bench/otlp_sink.py --port 14318 &
    .venv/bin/python bench/trace_ab.py --against a8f9266 [--rounds 20]

The earlier ``kanmon/telemetry/`` modules (``_otel.py`` and the private ones it imports:
``_wire.py``, ``_export.py``, ...) are read with ``git show`` and imported beside this tree's as
the package ``earlier_telemetry``; what they import from outside ``kanmon.telemetry`` must
still exist in this tree. Before the timing, both write the spans of the same exchanges (varied
over what spans say) with clocks fixed, and the run says whether the spans are the same: the
request's span byte for byte, the others with their span and parent ids left out (drawn at
random: from ``os.urandom`` before 2026-12-04, from the interpreter's generator since).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import importlib
import inspect
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import telemetry_bench as tb  # noqa: E402
from _git import git  # noqa: E402


def _load(rev: str) -> Any:
    """The earlier commit's ``_otel`` with the telemetry modules beside it (its own wire
    writer and export thread, not this tree's), imported as the package ``earlier_telemetry``."""
    names = git("ls-tree", "--name-only", f"{rev}:src/kanmon/telemetry").split()
    pkg = Path(tempfile.mkdtemp(prefix="kanmon-trace-ab-")) / "earlier_telemetry"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for name in names:
        if not name.endswith(".py") or name == "__init__.py":
            continue
        src = git("show", f"{rev}:src/kanmon/telemetry/{name}")
        (pkg / name).write_text(re.sub(r"\bkanmon\.telemetry\b", "earlier_telemetry", src))
    sys.path.insert(0, str(pkg.parent))
    return importlib.import_module("earlier_telemetry._otel")


def _capture(n: int) -> list[Any]:
    """``n`` finished exchanges of chat requests, with their marks and sampled trace ids."""
    from kanmon.request import Exchange
    from kanmon.simulator import SimulatorConfig, SimulatorThread

    os.environ["KANMON_ADMIN_KEY"] = tb.ADMIN
    captured: list[Exchange] = []

    class Keep:
        def done(self, ex: Exchange) -> None:
            captured.append(ex)

    tracing = {"enabled": True, "endpoint": "http://127.0.0.1:9/v1/traces", "sample_ratio": 1.0}
    with tempfile.TemporaryDirectory() as tmp, SimulatorThread(SimulatorConfig()) as sim:
        gw = tb._gateway(Path(tmp), sim.base_url, "ab", tracing=tracing)
        s = gw.services
        s.observers = (Keep(),)
        # an observer without ``times_steps``: every step is timed, as with the tracer on
        s.path.steps = dataclasses.replace(s.path.steps, observers=s.observers)
        key = tb._key(gw.root_url)
        with httpx.Client(headers={"Authorization": f"Bearer {key}"}) as client:
            for _ in range(n):
                client.post(gw.base_url + "/chat/completions", json=tb.BODY).raise_for_status()
        gw.stop()
    from kanmon.request import TraceContext, new_span_id

    out = [ex for ex in captured if ex.status == 200]
    for ex in out:
        ex.trace = TraceContext(os.urandom(16).hex(), new_span_id())
    return out


def _variants(exs: list[Any]) -> list[Any]:
    """Copies of the exchanges varied over what the spans say: a caller's parent and
    tracestate, a stream with its first chunk, rules and an approval and an error, no model,
    a long model name, a failed attempt on an unknown deployment."""
    from kanmon.request import TraceContext

    out = []
    for i, ex in enumerate(exs):
        e = copy.copy(ex)
        if i % 2:
            e.trace = TraceContext(ex.trace.trace_id, ex.trace.span_id, "1" * 16, True, "a=1,b=2")
        if i % 3 == 0:
            e.stream, e.first_chunk = True, e.started + 0.001
        if i % 4 == 1:
            e.rule_ids, e.approval_id, e.error_code, e.status = ["r1"], "apr_1", "x", 502
        if i % 5 == 2:
            e.operation, e.model = "none", None
        if i % 6 == 3:
            e.model = "m" * 200
        if i % 7 == 4 and e.marks:
            failed = (("deployment", "d-gone"), ("outcome", "5xx"))
            e.marks = [m._replace(detail=failed) if m.name == "attempt" else m for m in e.marks]
        out.append(e)
    return out


def spans_of(tracer: Any, ex: Any, end: float) -> list[bytes]:
    """``tracer.spans`` of a finished exchange, as either side takes it (one tuple until
    2026-12-04, three arguments since)."""
    if "item" in inspect.signature(tracer.spans).parameters:
        return list(tracer.spans((ex, ex.trace, end)))
    return list(tracer.spans(ex, ex.trace, end))


def _decoded(spans: list[bytes]) -> list[Any]:
    """The spans parsed, the ids drawn at random cleared (all but the request's own span's)."""
    from opentelemetry.proto.trace.v1.trace_pb2 import ScopeSpans, Span

    out = []
    for span in ScopeSpans.FromString(b"".join(spans)).spans:
        if span.kind != Span.SPAN_KIND_SERVER:
            span.span_id, span.parent_span_id = b"", b""
        out.append(span)
    return out


def _same(settings: Any, earlier: Any, now: Any, exs: list[Any]) -> bool | None:
    """Whether both tracers write the same spans for the same exchanges, clocks fixed (content
    mode ``full``: prompts and completions included; ``_decoded``); None if the earlier one
    does not write spans from a finished exchange (before the tracer's own wire writer)."""
    params = inspect.signature(earlier.Tracer.spans).parameters
    if "item" not in params and "ex" not in params:
        return None
    varied = _variants(exs[:40])

    def spans(tracer: Any) -> list[list[Any]]:
        real = time.time_ns, time.perf_counter
        time.time_ns, time.perf_counter = lambda: 1_700_000_000_000_000_000, lambda: 1234.5
        try:
            return [_decoded(spans_of(tracer, e, e.started + 0.01)) for e in varied]
        finally:
            time.time_ns, time.perf_counter = real
            tracer.close()

    return spans(earlier.Tracer(settings, "full")) == spans(now.Tracer(settings, "full"))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--against", required=True, help="the earlier commit")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument(
        "--requests",
        type=int,
        default=200,
        help="captured exchanges per round (at most 256: 8 spans each fill the default queue)",
    )
    ap.add_argument("--otlp", default="http://127.0.0.1:14318/v1/traces")
    args = ap.parse_args()
    from kanmon.config import TracingSettings
    from kanmon.request import Exchange
    from kanmon.telemetry import _otel as now

    exs = _capture(args.requests)
    settings = TracingSettings(enabled=True, endpoint=args.otlp, sample_ratio=1.0)
    earlier = _load(args.against)
    same = _same(settings, earlier, now, exs)
    said = {True: "yes", False: "NO", None: "not compared (the earlier tracer used the SDK)"}
    print(f"the same spans from both (random ids aside): {said[same]}")
    sides = {
        args.against: earlier.Tracer(settings, "none"),
        "this tree": now.Tracer(settings, "none"),
    }
    fresh = [
        Exchange(endpoint="chat.completions", request_headers=ex.request_headers) for ex in exs
    ]

    def sampled(tracer: Any) -> float:
        t0 = time.process_time()
        for ex in exs:
            tracer.done(ex)
        tracer.force_flush()
        return (time.process_time() - t0) / len(exs) * 1e6

    def unsampled(tracer: Any) -> float:
        bound, tracer.bound = tracer.bound, 0
        t0 = time.process_time()
        for _ in range(20):
            for ex in fresh:
                ex.trace = None
                tracer.begin(ex)
                tracer.done(ex)
        took = (time.process_time() - t0) / (20 * len(fresh)) * 1e6
        tracer.bound = bound
        return took

    for tracer in sides.values():  # warm: connections open, caches filled
        sampled(tracer)
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    names = list(sides)
    for r in range(args.rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            got[name].append((sampled(sides[name]), unsampled(sides[name])))
    for tracer in sides.values():
        tracer.close()
    print(f"CPU µs per request, medians of {args.rounds} rounds × {len(exs)} exchanges:")
    for name, rounds in got.items():
        s = statistics.median(a for a, _ in rounds)
        u = statistics.median(b for _, b in rounds)
        print(f"  {name:<12} sampled {s:8.1f}   not sampled {u:6.2f}")


if __name__ == "__main__":
    main()

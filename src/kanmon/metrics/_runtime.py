"""What a gateway process holds for its metrics: the registry it renders on ``/metrics``, the
observer on the request path and the audit writer's commit hook.

With several workers (``gateway.workers > 1``) each worker writes its counts to files in one
directory (``prometheus_client``'s multiprocess mode) and the worker that serves a scrape adds
them all up; the supervisor makes the directory before it starts them (``multiprocess_dir``)
and marks a dead worker's live gauges gone (``worker_exited``)."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client import multiprocess as mp
from prometheus_client.openmetrics import exposition as openmetrics

from kanmon.audit import AuditWriter
from kanmon.config import MetricsSettings
from kanmon.metrics._exemplars import (
    PREFIX,
    Entry,
    ExemplarCollector,
    Exemplars,
    Key,
    clear_dir,
    fold_dead,
    read_dir,
)
from kanmon.metrics._families import RequestMetrics
from kanmon.metrics._observer import MetricsObserver
from kanmon.metrics._state import StateCollector
from kanmon.routing import Router
from kanmon.store import Database

log = logging.getLogger("kanmon.metrics")

#: The variable ``prometheus_client`` reads, once, when it is first imported in a process.
ENV = "PROMETHEUS_MULTIPROC_DIR"
#: The classic text format, which every Prometheus since 2.0 reads.
CONTENT_TYPE = b"text/plain; version=0.0.4; charset=utf-8"
#: OpenMetrics, the format with exemplars, for a scraper that asks for it.
OPENMETRICS_TYPE = openmetrics.CONTENT_TYPE_LATEST.encode()


def wants_openmetrics(accept: str) -> bool:
    """Whether an ``Accept`` header asks for OpenMetrics (Prometheus' does, first, unless its
    ``scrape_protocols`` say otherwise); a ``q=0`` refuses it."""
    for part in accept.split(","):
        kind, *params = part.split(";")
        if kind.strip().lower() == "application/openmetrics-text":
            q = next((p.split("=", 1)[1] for p in params if p.strip().startswith("q=")), "1")
            try:
                return float(q) > 0
            except ValueError:
                return False
    return False


class Metrics:
    """One process' metrics; ``render`` is the body of a scrape (blocking: run it in a
    thread, it may read the store and, with workers, every worker's file)."""

    def __init__(
        self,
        settings: MetricsSettings,
        db: Database,
        router: Router,
        writer: AuditWriter,
    ) -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        shared = os.environ.get(ENV)
        self.multiprocess = bool(shared)
        source: Any
        exemplars_of: Callable[[], dict[Key, Entry]]
        if shared:
            source = mp.MultiProcessCollector(None, shared)  # type: ignore[no-untyped-call]
            self.requests = RequestMetrics(None)
            self.exemplars = Exemplars(Path(shared) / f"{PREFIX}{os.getpid()}.json")

            def exemplars_of() -> dict[Key, Entry]:
                return read_dir(Path(shared))

        else:
            source = CollectorRegistry(auto_describe=False)
            self.requests = RequestMetrics(source)
            self.exemplars = Exemplars()
            exemplars_of = self._own_exemplars
        self.registry.register(ExemplarCollector(source, exemplars_of))
        self.state = StateCollector(
            db, ttl_s=settings.state_ttl_s, signed=writer.signer is not None
        )
        self.registry.register(self.state)
        self.observer = MetricsObserver(self.requests, router, exemplars=self.exemplars)
        observer = self.observer

        def on_commit(records: int, seconds: float, ok: bool) -> None:
            observer.on_commit(writer, records, seconds, ok)

        writer.on_commit = on_commit

    def _own_exemplars(self) -> dict[Key, Entry]:
        return dict(self.exemplars.entries())

    def render(self, openmetrics_format: bool = False) -> bytes:
        """The scrape's body, in OpenMetrics (with exemplars) or the classic text format; call
        ``observer.flush()`` on the event loop first."""
        if openmetrics_format:
            return openmetrics.generate_latest(self.registry)  # type: ignore[no-untyped-call,no-any-return]
        return generate_latest(self.registry)


def multiprocess_dir(settings: MetricsSettings) -> Callable[[], None]:
    """Before the workers start: an empty directory for their counts, named in the environment
    they inherit. Returns what to call once they have all stopped (a directory Kanmon made
    is removed; a configured one is left for inspection and emptied at the next start)."""
    if settings.multiprocess_dir is not None:
        path = Path(settings.multiprocess_dir)
        if path.exists():
            for f in path.glob("*.db"):  # counts of an earlier run would be added to ours
                f.unlink()
            clear_dir(path)
        path.mkdir(parents=True, exist_ok=True)
        made = False
    else:
        path = Path(tempfile.mkdtemp(prefix="kanmon-metrics-"))
        made = True
    os.environ[ENV] = str(path)

    def done() -> None:
        os.environ.pop(ENV, None)
        if made:
            shutil.rmtree(path, ignore_errors=True)

    return done


def worker_exited(pid: int) -> None:
    """A worker died or stopped: its live gauges no longer count (its counters still do, and
    its exemplars join those of the workers gone before it)."""
    path = os.environ.get(ENV)
    if path:
        mp.mark_process_dead(pid, path)  # type: ignore[no-untyped-call]
        try:
            fold_dead(pid, Path(path))
        except OSError:
            log.exception("exemplars of worker %s not kept", pid)

"""Several gateway processes on one port, each with its own ``SO_REUSEPORT`` socket.

uvicorn's own multi-worker mode shares one listening socket, and whichever process wakes first
accepts: under a burst of keep-alive connections one worker ended up with twice the other's
(measured 43 vs 21 of 64), and its queue set the p99. With one socket per process the kernel
spreads connections over the processes by a hash of the connection instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from kanmon.errors import ConfigError

if TYPE_CHECKING:
    from kanmon.config import KanmonConfig
    from kanmon.gateway._conn_pool import ConnLimits

log = logging.getLogger("kanmon.gateway")


_MAX_UNREADY_DEATHS = 3
#: How many workers the supervisor runs, for each of them (``kanmon serve --workers``).
WORKERS_ENV = "KANMON_WORKERS"


def reuseport_socket(host: str, port: int, backlog: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    sock.set_inheritable(True)
    return sock


def _worker(
    config_path: str | None,
    workers: int,
    host: str,
    port: int,
    backlog: int,
    log_level: str,
    limits: ConnLimits,
    ready: Any,
    parent: int,
) -> None:
    import asyncio

    import uvicorn

    from kanmon.gateway._conn import uvicorn_config

    _die_with_parent(parent)
    if config_path is not None:
        os.environ["KANMON_CONFIG"] = config_path
    os.environ[WORKERS_ENV] = str(workers)  # kanmon serve --workers may override the file
    sock = reuseport_socket(host, port, backlog)
    server = uvicorn.Server(
        uvicorn_config(
            "kanmon.gateway.asgi:create_app",
            limits,
            factory=True,
            loop="none",
            log_level=log_level,
            timeout_graceful_shutdown=30,
        )
    )

    async def run() -> None:
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started and not serving.done():
            await asyncio.sleep(0.05)
        if server.started:
            ready.set()  # from now on a death is a crash worth a restart
        await serving

    try:
        import uvloop
    except ImportError:  # platforms without uvloop run on the default loop
        asyncio.run(run())
    else:
        uvloop.run(run())


def _die_with_parent(parent: int) -> None:
    """A supervisor killed with SIGKILL cannot stop its workers; without this they would keep
    serving, unsupervised, on the port."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before prctl took effect
        raise SystemExit(0)


def check_port_free(host: str, port: int) -> None:
    """Fail in the parent, with one message, if another program holds the port. A probe socket
    in the reuse-port group is closed at once: a socket that is bound but never accepts would
    be handed its share of connections and leave them hanging."""
    try:
        probe = reuseport_socket(host, port, 1)
    except OSError as e:
        raise ConfigError(
            f"gateway: cannot listen on {host}:{port} ({e.strerror}); another program holds the "
            "port or the address is not local (set gateway.host / gateway.port or --port)"
        ) from None
    probe.close()


def serve_in_process(app: Any, config: KanmonConfig, host: str, port: int, *, backlog: int) -> bool:
    """Serve ``app`` in this process until SIGINT/SIGTERM (``gateway.workers: 1``). False if
    the server did not start (uvicorn logged why: port taken, lifespan failed)."""
    import uvicorn

    from kanmon.gateway._conn import uvicorn_config
    from kanmon.gateway._conn_pool import ConnLimits

    server = uvicorn.Server(
        uvicorn_config(
            app,
            ConnLimits.from_config(config),
            host=host,
            port=port,
            loop="uvloop",
            log_level=config.log_level,
            timeout_graceful_shutdown=30,
            backlog=backlog,
        )
    )
    server.run()
    return bool(server.started)


def run_workers(
    n: int,
    config_path: Path | None,
    host: str,
    port: int,
    *,
    backlog: int,
    config: KanmonConfig,
) -> int:
    """Start ``n`` worker processes; restart one that dies; stop all on SIGINT/SIGTERM.
    Returns the exit status: 0 after a signal, 1 if a worker could not start."""
    from kanmon.gateway._conn_pool import ConnLimits

    limits = ConnLimits.from_config(config)
    log_level = config.log_level
    ctx = multiprocessing.get_context("spawn")
    cfg = str(config_path.resolve()) if config_path is not None else None
    stopping = False
    failed = False

    def start() -> tuple[BaseProcess, Any]:
        ready = ctx.Event()
        p = ctx.Process(
            target=_worker,
            args=(cfg, n, host, port, backlog, log_level, limits, ready, os.getpid()),
            name="kanmon-worker",
        )
        p.start()
        return p, ready

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    exited: Callable[[int], None] | None = None
    metrics_done: Callable[[], None] | None = None
    if config.metrics.enabled:  # the workers' counts meet in one directory they inherit
        from kanmon.metrics import multiprocess_dir, worker_exited

        metrics_done, exited = multiprocess_dir(config.metrics), worker_exited
    workers = [start() for _ in range(n)]
    # Workers that died before serving, in a row: one may have been killed by someone, but a
    # broken config, port or import fails every time, and restarting it forever helps nobody.
    unready_deaths = 0
    try:
        while not stopping:
            time.sleep(0.2)
            if unready_deaths and all(r.is_set() for _, r in workers):
                unready_deaths = 0
            for i, (p, ready) in enumerate(workers):
                if p.is_alive() or stopping:
                    continue
                if not ready.is_set():
                    unready_deaths += 1
                    if unready_deaths >= _MAX_UNREADY_DEATHS:
                        log.error("worker %s failed at start-up (exit %s)", p.pid, p.exitcode)
                        stopping = failed = True
                        break
                log.warning("worker %s exited with %s; starting a new one", p.pid, p.exitcode)
                if exited is not None and p.pid is not None:
                    exited(p.pid)
                workers[i] = start()
    finally:
        for p, _ in workers:
            if p.is_alive() and p.pid is not None:
                os.kill(p.pid, signal.SIGTERM)
        for p, _ in workers:
            p.join(35)
            if p.is_alive():
                p.kill()
                p.join()
        if metrics_done is not None:
            metrics_done()
        for s, h in previous.items():
            signal.signal(s, h)
    return 1 if failed else 0

"""Reloads that reach every worker: the worker processes of a gateway, and the replicas that
share its store, each hold their own policy, catalog and key cache. The worker that serves a
reload (``POST /admin/policy/reload``, ``/admin/catalog/reload``, a key revocation) applies it,
then raises that kind's counter in the store (``kanmon.store.WorkerBoard``); every worker polls
the counters each ``gateway.sync_interval_s`` and applies what grew, then writes what it runs
(policy version, catalog hash, the counters it applied) beside its heartbeat. So a reload is in
force everywhere within one interval plus the time a worker takes to load it, and the worker
that served it can wait for the others' reports and say which worker runs which version.

With a store nobody else uses (one worker on a SQLite file) there is nothing to poll: the
worker reports only itself.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import socket
import time
from functools import partial
from typing import Any, Protocol

from kanmon.auth import Authenticator
from kanmon.catalog import Catalog
from kanmon.policy import Policy, PolicySteps
from kanmon.ratelog import Throttle
from kanmon.store import WorkerBoard, WorkerRow

log = logging.getLogger("kanmon.gateway")

#: Applied in this order: a policy may name deployments of a new catalog.
SIGNALS = ("keys", "catalog", "policy")
#: Workers whose heartbeat stopped less than this ago are named as silent in a reload's answer.
SILENT_WITHIN_S = 120.0
_INSTANCES = itertools.count()


class Reloadable(Protocol):
    """What a worker reloads (the services)."""

    policy: PolicySteps | None
    catalog: Catalog
    auth: Authenticator

    def load_policy(self) -> Policy: ...

    def swap_policy(self, new: Policy) -> tuple[str, str]: ...

    def reload_catalog(self, actor: str = ..., *, record: bool = ...) -> dict[str, Any]: ...


class WorkerSync:
    def __init__(self, services: Reloadable, board: WorkerBoard | None, interval_s: float) -> None:
        self.host = socket.gethostname()
        self.pid = os.getpid()
        n = next(_INSTANCES)  # gateways run in one process (tests, evals) need ids of their own
        self.worker_id = f"{self.host}/{self.pid}" + (f"-{n}" if n else "")
        self.started_at = time.time()
        self.interval_s = interval_s
        self._services = services
        self._board = board
        self._applied: dict[str, int] = {}
        self._errors: dict[str, str] = {}
        self._task: asyncio.Task[None] | None = None
        self._throttle = Throttle(log)

    @property
    def shared(self) -> bool:
        return self._board is not None

    @property
    def wait_s(self) -> float:
        """How long a reload waits for the other workers' reports: their next poll is at most
        one interval away; loading takes well under a second."""
        return 2 * self.interval_s + 1.0

    @property
    def live_within_s(self) -> float:
        """A worker whose heartbeat is older than this is gone (killed, or its host is)."""
        return max(3 * self.interval_s, 3.0)

    def state(self) -> dict[str, Any]:
        s = self._services
        return {
            "policy": s.policy.policy.version if s.policy is not None else None,
            "catalog": s.catalog.content_hash(),
            "generations": dict(self._applied),
            "errors": dict(self._errors),
        }

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Begin polling on the running loop (the gateway's lifespan start)."""
        if self._board is not None and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None or self._board is None:
            return
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        try:
            await asyncio.to_thread(self._board.leave, self.worker_id)
        except Exception:
            pass  # the row ages out of the live list by itself

    async def _run(self) -> None:
        while True:
            try:
                await self.poll()
            except Exception as e:  # the store is down: try again next interval
                self._throttle.warning(
                    "sync", "sync: cannot reach the store (%s); retrying", type(e).__name__
                )
            else:
                self._throttle.recovered("sync", "sync: the store answers again")
            await asyncio.sleep(self.interval_s)

    # -- polling -------------------------------------------------------------------------------

    async def poll(self) -> None:
        """Apply every reload signalled since the last poll, then report what this worker runs.
        A worker that just started applies every signal once: harmless, and it cannot have
        missed one that came while it was loading."""
        board = self._board
        assert board is not None
        gens = await asyncio.to_thread(board.generations)
        for name in SIGNALS:
            g = gens.get(name, 0)
            if g > self._applied.get(name, 0):
                await self._apply(name)
                self._applied[name] = g
        await self._beat()

    async def _beat(self) -> None:
        assert self._board is not None
        await asyncio.to_thread(
            self._board.beat, self.worker_id, self.host, self.pid, self.started_at, self.state()
        )

    async def _apply(self, name: str) -> None:
        s = self._services
        try:
            if name == "keys":
                s.auth.forget()
            elif name == "catalog":
                await asyncio.to_thread(partial(s.reload_catalog, "kanmon", record=False))
            elif name == "policy" and s.policy is not None:
                new = await asyncio.to_thread(s.load_policy)
                if new.version != s.policy.policy.version:
                    old, version = s.swap_policy(new)
                    log.warning("sync: policy %s -> %s (reloaded by another worker)", old, version)
        except Exception as e:  # keep running what it runs; the reload's answer names it
            msg = getattr(e, "message", None) or str(e) or type(e).__name__
            self._errors[name] = msg
            log.error("sync: %s reload failed on this worker: %s", name, msg)
        else:
            self._errors.pop(name, None)

    # -- the worker that served a reload -------------------------------------------------------

    async def signal(self, name: str, by: str) -> int:
        """This worker applied reload ``name``: tell the others. Its generation (0: alone)."""
        if self._board is None:
            return 0
        g = await asyncio.to_thread(self._board.signal, name, by)
        self._applied[name] = max(self._applied.get(name, 0), g)
        self._errors.pop(name, None)
        await self._beat()
        return g

    async def report(self, name: str, generation: int) -> dict[str, Any]:
        """Wait (at most ``wait_s``) for every live worker to apply ``generation`` of reload
        ``name``; each worker with what it runs, the ids of those that did not report it, and
        workers seen lately but no longer beating (``silent``: stopped, killed or stuck)."""
        if self._board is None:
            me = WorkerRow(self.worker_id, self.host, self.pid, self.started_at, 0.0, self.state())
            return _report([me], [], name, generation, 0.0, self.interval_s)
        t0 = time.monotonic()
        while True:
            rows = await asyncio.to_thread(self._board.live, SILENT_WITHIN_S)
            cut = time.time() - self.live_within_s
            live = [r for r in rows if r.seen_at >= cut]
            done = all(_applied(r, name, generation) for r in live)
            if done or time.monotonic() - t0 >= self.wait_s:
                silent = [r for r in rows if r.seen_at < cut]
                waited = time.monotonic() - t0
                return _report(live, silent, name, generation, waited, self.interval_s)
            await asyncio.sleep(0.05)

    async def notify(self, name: str, by: str) -> None:
        """``signal`` without waiting for reports; a store that cannot be used is logged (the
        others still drop a revoked key within ``keys.cache_ttl_s``)."""
        try:
            await self.signal(name, by)
        except Exception as e:
            log.error("sync: could not signal the %s reload to other workers: %s", name, e)

    async def announce(self, name: str, by: str) -> dict[str, Any]:
        """``signal`` then ``report``; if the store cannot be used, say so instead (this worker
        applied the reload; the others apply it at their next poll that reaches the store only
        if it is signalled again)."""
        try:
            return await self.report(name, await self.signal(name, by))
        except Exception as e:
            log.error("sync: could not signal the %s reload to other workers: %s", name, e)
            return {
                "error": f"the other workers were not told ({type(e).__name__}); reload again",
                "workers": [],
                "not_applied": ["(unknown)"],
            }


def _applied(row: WorkerRow, name: str, generation: int) -> bool:
    gens = row.state.get("generations") or {}
    return int(gens.get(name, 0)) >= generation


def _report(
    rows: list[WorkerRow],
    silent: list[WorkerRow],
    name: str,
    generation: int,
    waited_s: float,
    interval_s: float,
) -> dict[str, Any]:
    workers = []
    pending = []
    for r in rows:
        error = (r.state.get("errors") or {}).get(name)
        applied = _applied(r, name, generation) and error is None
        workers.append(
            {
                "worker": r.worker_id,
                "host": r.host,
                "pid": r.pid,
                "policy_version": r.state.get("policy"),
                "catalog_hash": r.state.get("catalog"),
                "applied": applied,
                **({"error": error} if error else {}),
            }
        )
        if not applied:
            pending.append(r.worker_id)
    now = time.time()
    return {
        "generation": generation,
        "sync_interval_s": interval_s,
        "waited_s": round(waited_s, 3),
        "workers": workers,
        "not_applied": pending,
        "silent": [
            {"worker": r.worker_id, "last_seen_s_ago": round(now - r.seen_at, 1)} for r in silent
        ],
    }

"""What the gateway does when its own dependencies misbehave, built from kanmon.yaml: the bounds
on waiting for PostgreSQL and Redis, where limits are counted (and the rebuild of budgets Redis
lost, from the audit log), and the readiness probe over the store, the audit writer, Redis and
the routes' circuits
(docs/operations.md)."""

from __future__ import annotations

import asyncio

from kanmon.audit import AuditWriter, spent_since
from kanmon.config import KanmonConfig
from kanmon.errors import ConfigError
from kanmon.health import Check, CheckFn, Prober
from kanmon.limits import NANO, Limits, LocalLimits, RedisLimits, StoreLimits
from kanmon.routing import Router
from kanmon.store import CounterStore, Database, StoreTimeouts, check_store


def store_timeouts(config: KanmonConfig) -> StoreTimeouts:
    st = config.store
    return StoreTimeouts(
        connect_s=st.connect_timeout_s,
        statement_s=st.statement_timeout_s,
        lock_s=st.lock_timeout_s,
        pool_s=st.pool_timeout_s,
    )


def limits_backend(config: KanmonConfig) -> str:
    """``redis``, ``store`` or ``process``: where this gateway counts budgets and rate limits.
    Several processes counting each on their own would together let a key spend its budget
    once per process, so that is refused rather than run."""
    lim = config.limits
    if lim.redis_url:
        return "redis"
    mode = lim.backend
    if mode == "auto":
        mode = "store" if config.store_shared() else "process"
    if mode == "process" and config.gateway.workers > 1:
        raise ConfigError(
            f"limits: gateway.workers is {config.gateway.workers} and limits.backend is "
            "process: each worker would count budgets and rate limits on its own. Set "
            "limits.redis_url, or limits.backend: store (or auto)"
        )
    return mode


def build_limits(config: KanmonConfig, db: Database | None = None) -> Limits:
    """Redis limits when ``limits.redis_url`` is set (bounded; lost budget windows refilled from
    the audit log in ``db``); else in the store when other processes share it (its workers, or
    replicas on one PostgreSQL: ``limits_backend``), else in this process."""
    lim = config.limits
    backend = limits_backend(config)
    if backend == "store" and db is not None:
        return StoreLimits(CounterStore(db), hold_max_s=lim.hold_max_s)
    if backend != "redis":
        return LocalLimits()
    assert lim.redis_url is not None
    rebuild = None
    if db is not None:
        store = db

        async def rebuild(key_id: str, since: float) -> tuple[int, int]:
            return await asyncio.to_thread(spent_since, store, key_id, since, unit=NANO)

    return RedisLimits(
        lim.redis_url,
        lim.key_prefix,
        timeout_s=lim.redis_timeout_s,
        connect_timeout_s=lim.redis_connect_timeout_s,
        hold_max_s=lim.hold_max_s,
        rebuild=rebuild,
    )


def readiness(
    db: Database, audit: AuditWriter, limits: Limits, router: Router | None = None
) -> Prober:
    """/readyz: the store, the audit writer, (when limits use it) Redis, each bounded, and
    (given the router) that every route has a deployment whose circuit is closed."""
    checks: dict[str, tuple[CheckFn, float]] = {
        "store": (lambda: check_store(db), 1.0),
        "audit_writer": (audit.check, 0.5),
    }
    redis_check = getattr(limits, "check", None)
    if redis_check is not None:
        checks["redis"] = (redis_check, 1.0)
    if router is not None:
        r = router

        async def routes() -> Check:
            return check_routes(r)

        checks["routes"] = (routes, 0.5)
    return Prober(checks)


def check_routes(router: Router) -> Check:
    """Each route keeps a deployment with a closed circuit. A route whose every deployment is
    open still tries them (last first-failed), but a balancer should prefer another replica.
    Counts only: the probe is unauthenticated and route names are the operator's business."""
    breaker = router.breaker
    dead = sum(
        1
        for chain in router.routes.values()
        if chain and all(breaker.health(d.id)[1] > 0 for d in chain)
    )
    facts = {"routes": len(router.routes), "all_open": dead}
    if dead:
        return Check(False, f"{dead} route(s) with every deployment's circuit open", facts=facts)
    return Check(True, facts=facts)

"""``build_services``: config, catalog, store and providers built once into the services a
gateway runs with, and the request path over the declared step list."""

from __future__ import annotations

from pathlib import Path

from kanmon.audit import AuditStep, AuditWriter, sealer_for, signer_for
from kanmon.auth import Authenticator, AuthFailures, BudgetStep
from kanmon.catalog import load_configured
from kanmon.config import KanmonConfig, resolve_secret
from kanmon.governance import build_governance, settings_for
from kanmon.metrics import Metrics
from kanmon.policy import PolicySteps
from kanmon.policy import load_configured as load_policy_configured
from kanmon.providers import HttpClient, RetryPolicy
from kanmon.request import RequestPath
from kanmon.review import HoldStep, ReviewStore
from kanmon.routing import Breaker, Router, resolve_routes
from kanmon.store import Database, KeyStore, WorkerBoard, migrate
from kanmon.telemetry import build_observers
from kanmon.wiring._resilience import build_limits, store_timeouts
from kanmon.wiring._services import (
    Services,
    bind_guard,
    build_providers,
    check_policy_content,
    warn_unknown_costs,
)
from kanmon.wiring._steps import declare_steps
from kanmon.wiring._sync import WorkerSync


def build_services(
    config: KanmonConfig, config_path: Path | None = None, *, run_migrations: bool = True
) -> Services:
    catalog = load_configured(config, config_path)
    source = str(config_path or "kanmon.yaml")
    routes = resolve_routes(config, catalog, source)
    direct = dict(catalog.deployments) if config.gateway.expose_deployments else {}
    used = {d.id: d for chain in routes.values() for d in chain} | direct
    policy = load_policy_configured(config, catalog)
    if policy is not None:  # reroute targets and the injection guard need a provider too
        used |= {d: catalog.deployments[d] for d in policy.reroute_targets}
        if policy.guard_deployment is not None:  # the injection guard model's deployment
            used[policy.guard_deployment] = catalog.deployments[policy.guard_deployment]
    warn_unknown_costs(used.values())
    http = HttpClient(pool_size=config.upstream.pool_size, keepalive_s=config.upstream.keepalive_s)
    providers = build_providers(config, list(used.values()), http)
    if policy is not None:
        bind_guard(policy, providers)
    db = Database(config.store_url(), store_timeouts(config))
    if run_migrations:
        migrate(db)
    keys = KeyStore(db)
    bootstrap = None
    if config.keys.bootstrap_admin_key_env:
        bootstrap = resolve_secret(
            env=config.keys.bootstrap_admin_key_env, file=None, what="bootstrap admin key"
        )
    router = Router(
        routes,
        providers,
        retry=RetryPolicy(
            base_delay_s=config.upstream.retry_base_delay_s,
            max_delay_s=config.upstream.retry_max_delay_s,
        ),
        breaker=Breaker(config.upstream.breaker_failures, config.upstream.breaker_cooldown_s),
        direct=direct,
    )
    limits = build_limits(config, db)
    sealer = sealer_for(config)
    if policy is not None:
        check_policy_content(policy, sealer)
    writer = AuditWriter(
        db,
        batch_max=config.audit.batch_max,
        signer=signer_for(config),
        head_interval_s=config.audit.head_interval_s,
        commit_timeout_s=config.audit.commit_timeout_s,
    )
    governance = build_governance(
        db,
        catalog,
        settings_for(config, config_path, policy),
        record=lambda r: writer.submit(r, wait=False),
    )
    # approvals may require human review, so enforcement needs the queue even without a policy
    reviews = ReviewStore(db) if policy is not None or governance.enforcer is not None else None
    failures = AuthFailures(
        lambda r: writer.submit(r, wait=False),
        interval_s=config.keys.failed_auth_interval_s,
        per_minute=config.keys.failed_auth_per_minute,
    )
    auth = Authenticator(
        keys,
        cache_ttl_s=config.keys.cache_ttl_s,
        bootstrap_admin_key=bootstrap,
        limits=limits,
        failures=failures,
        stale_grace_s=config.keys.stale_grace_s,
    )
    audit_step = AuditStep(
        writer,
        sealer,
        limits,
        durable=config.audit.durable_before_response,
        content=config.audit.content,
    )
    policy_steps = None
    if policy is not None:
        policy_steps = PolicySteps(policy, reviews, config.policy.scan_cache_bytes)
    hold = HoldStep(reviews)
    budget = BudgetStep(limits, config.limits.default_reserve_tokens)
    metrics = None
    observers = build_observers(config)
    if config.metrics.enabled:
        metrics = Metrics(config.metrics, db, router, writer)
        observers = (metrics.observer, *observers)
    steps = declare_steps(
        auth=auth,
        router=router,
        policy=policy_steps,
        enforcer=governance.enforcer,
        hold=hold,
        budget=budget,
        audit=audit_step,
        observers=observers,
    )
    services = Services(
        config=config,
        catalog=catalog,
        db=db,
        keys=keys,
        audit=writer,
        http=http,
        router=router,
        auth=auth,
        path=RequestPath(steps),
        audit_step=audit_step,
        sealer=sealer,
        limits=limits,
        hold=hold,
        budget=budget,
        governance=governance,
        policy=policy_steps,
        reviews=reviews,
        observers=observers,
        metrics=metrics,
        config_path=config_path,
    )
    services._catalog_stamp = services._stamp()
    board = WorkerBoard(db) if config.store_shared() else None
    services.sync = WorkerSync(services, board, config.gateway.sync_interval_s)
    if governance.refresher is not None:
        governance.refresher.watch = services.maybe_reload_catalog
    return services

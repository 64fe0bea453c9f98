"""The services a gateway runs with (``Services``: what the steps and the handlers share, the
policy and catalog reloads) and the parts ``build_services`` makes them from."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kanmon.audit import AuditStep, AuditWriter, ContentSealer
from kanmon.auth import Authenticator, BudgetStep
from kanmon.catalog import Catalog, load_configured
from kanmon.config import KanmonConfig, resolve_secret
from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.errors import BadRequestError, ConfigError
from kanmon.governance import GovernanceRuntime, apply_catalog
from kanmon.limits import Limits
from kanmon.metrics import Metrics
from kanmon.policy import Policy, PolicySteps
from kanmon.policy import load_configured as load_policy_configured
from kanmon.providers import HttpClient, Provider, provider_class
from kanmon.request import Exchange, Observer, RequestPath
from kanmon.review import HoldStep, ReviewItem, ReviewStore
from kanmon.routing import Router, resolve_routes
from kanmon.store import Database, KeyStore
from kanmon.telemetry import FIELDS, close_observers
from kanmon.wiring._steps import declare_steps
from kanmon.wiring._sync import WorkerSync

log = logging.getLogger("kanmon.gateway")


@dataclass
class Services:
    """What a running gateway holds. The web layer hands each endpoint only the parts it uses."""

    config: KanmonConfig
    catalog: Catalog
    db: Database
    keys: KeyStore
    audit: AuditWriter
    http: HttpClient
    router: Router
    auth: Authenticator
    path: RequestPath
    audit_step: AuditStep
    sealer: ContentSealer
    limits: Limits
    hold: HoldStep
    budget: BudgetStep
    governance: GovernanceRuntime | None = None
    #: The policy's steps in force (swapped whole on reload), or None: no policy configured.
    policy: PolicySteps | None = None
    reviews: ReviewStore | None = None
    #: What sees each finished exchange (metrics, traces, logs); kept across policy reloads.
    observers: tuple[Observer, ...] = ()
    #: Prometheus metrics (``metrics.enabled``), rendered on /metrics.
    metrics: Metrics | None = None
    config_path: Path | None = field(default=None, repr=False)
    #: Carries reloads to the other workers and replicas on the store (set by build_services).
    sync: WorkerSync | None = field(default=None, repr=False)
    _catalog_stamp: tuple[tuple[str, float, int], ...] = field(default=(), repr=False)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self.db.start_checkpointer()
        self.audit.start()
        if self.auth.failures is not None:
            self.auth.failures.start()
        if self.governance is not None:
            self.governance.start()
        if self.sync is not None:
            self.sync.start()

    async def aclose(self) -> None:
        if self.sync is not None:
            await self.sync.stop()
        await self.http.close()
        await self.limits.close()
        self.close_sync()

    def close_sync(self) -> None:
        if self.metrics is not None:
            self.metrics.observer.flush()  # with workers, the counts outlive the process
        if self.governance is not None:
            self.governance.stop()
        if self.auth.failures is not None:
            self.auth.failures.stop()  # its last counts go to the writer before it closes
        self.audit.close()
        self.db.close()
        close_observers(self.observers)

    # -- policy reload -----------------------------------------------------------------------

    def load_policy(self) -> Policy:
        """Read and check ``policy.file`` again, for a reload; the running policy stays in
        force if it fails (BadRequestError saying why)."""
        if self.policy is None:
            raise BadRequestError("This gateway runs without a policy.", code="no_policy")
        try:
            new = load_policy_configured(self.config, self.catalog)
            assert new is not None
            check_policy_content(new, self.sealer)
        except ConfigError as e:
            raise BadRequestError(
                f"Policy not reloaded, the running one stays: {e.message}", code="invalid_policy"
            ) from None
        missing = [d for d in new.reroute_targets if d not in self.router.providers]
        if new.guard_deployment is not None and new.guard_deployment not in self.router.providers:
            missing.append(new.guard_deployment)
        bind_guard(new, self.router.providers)
        if missing:
            raise BadRequestError(
                f"The new policy needs {', '.join(missing)} (reroute targets or its injection "
                "guard), which this gateway has no connection to; restart it to load the policy.",
                code="policy_needs_restart",
            )
        gov = self.governance.service.settings if self.governance else None
        if gov is not None and (
            new.doc.data_classes != gov.data_classes
            or new.doc.default_data_class != gov.default_data_class
        ):
            raise BadRequestError(
                "The new policy changes the data classes, which governance uses too; "
                "restart the gateway to load it.",
                code="policy_needs_restart",
            )
        return new

    def swap_policy(self, new: Policy) -> tuple[str, str]:
        """Requests that start from now on run ``new``; (old, new) versions."""
        assert self.policy is not None
        old = self.policy.policy.version
        self.policy = PolicySteps(new, self.reviews, self.config.policy.scan_cache_bytes)
        gov = self.governance
        # one reference assignment: a request runs the list it started with, never a mix
        self.path.steps = declare_steps(
            auth=self.auth,
            router=self.router,
            policy=self.policy,
            enforcer=gov.enforcer if gov is not None else None,
            hold=self.hold,
            budget=self.budget,
            audit=self.audit_step,
            observers=self.observers,
        )
        event = {"event": "reload", "what": "policy", "from": old, "to": new.version}
        log.warning("policy reloaded", extra={FIELDS: event})
        return old, new.version

    # -- catalog reload ------------------------------------------------------------------------

    def reload_catalog(self, actor: str = "kanmon", *, record: bool = True) -> dict[str, Any]:
        """Read the catalog again (shipped, installed bundle, files, kanmon.yaml) and swap it in
        without a restart: routes and the adapters of changed deployments, policy lookups and
        governance, whose approvals the change breaks are suspended, each on the audit log,
        with a ``catalog.reload`` record of the change. A catalog that does not load leaves
        the running one in force (CatalogError saying why). ``record=False``: the worker that
        served the reload recorded it; this one follows."""
        new = load_configured(self.config, self.config_path)
        if new.content_hash() == self.catalog.content_hash():
            return {"changed": False, "content_hash": new.content_hash()}
        routes = resolve_routes(self.config, new, str(self.config_path or "kanmon.yaml"))
        direct = dict(new.deployments) if self.config.gateway.expose_deployments else {}
        used = {d.id: d for chain in routes.values() for d in chain} | direct
        if self.policy is not None:
            targets = self.policy.policy.reroute_targets
            used |= {d: new.deployments[d] for d in targets if d in new.deployments}
        old = self.router.providers
        fresh = [d for d in used.values() if d.id not in old or old[d.id].deployment != d]
        # adapters first, then routes: a request never plans a deployment it has no adapter
        # for; adapters of dropped deployments stay for requests already past planning
        self.router.providers = {**old, **build_providers(self.config, fresh, self.http)}
        self.router.routes = routes
        self.router.direct = direct
        if self.policy is not None:
            self.policy.policy.catalog = new
        self.catalog = new
        self._catalog_stamp = self._stamp()
        out: dict[str, Any] = {"changed": True, "content_hash": new.content_hash()}
        gov = self.governance
        if gov is not None:
            out.update(apply_catalog(gov.service, new, actor, record=record).to_json())
            if gov.refresher is not None:
                gov.refresher.refresh()
        event = {"event": "reload", "what": "catalog", "content_hash": out["content_hash"]}
        log.warning("catalog reloaded: %s", out.get("changes"), extra={FIELDS: event})
        return out

    def _stamp(self) -> tuple[tuple[str, float, int], ...]:
        c = self.config.catalog
        paths = [*([c.bundle] if c.bundle else []), *c.files]
        out = []
        for p in paths:
            path = self.config.resolve(p)
            try:
                st = path.stat()
            except OSError:
                out.append((str(path), 0.0, -1))
            else:
                out.append((str(path), st.st_mtime, st.st_size))
        return tuple(out)

    def maybe_reload_catalog(self) -> None:
        """Reload when the installed bundle or a catalog file changed since the last load (the
        governance refresher calls this every ``governance.refresh_s``)."""
        stamp = self._stamp()
        if stamp != self._catalog_stamp:
            self._catalog_stamp = stamp
            self.reload_catalog()

    # -- the review queue's side of the path ---------------------------------------------------

    async def run_reviewed(self, item: ReviewItem, caller: Principal) -> tuple[ReviewItem, str]:
        """Run an approved held request once, through the same steps as live traffic (holds
        pass: a reviewer approved it), and store its outcome on the review item. Returns the
        item after it ran and the request id the run was audited under."""
        store = self.reviews
        assert store is not None
        body = {k: v for k, v in item.body.items() if k not in ("stream", "stream_options")}
        ex = Exchange(
            endpoint=item.wire["endpoint"] if item.wire else "chat.completions",
            operation="chat",
            principal=caller,
            body=body,
            review_id=item.id,
            reviewed=True,
        )
        if self.policy is not None and item.data_class:  # the class it was held under, at least
            header = self.policy.policy.doc.data_class_header.lower().encode()
            ex.request_headers = [(header, item.data_class.encode())]
        ex.reasons.append(f"approved in review {item.id} by {item.decided_by}")
        result: dict[str, Any] | None = None
        error: str | None = None
        try:
            result = await self.path.complete(ex)
        except Exception as e:
            error = str(e) or type(e).__name__
            await self.path.fail(ex, e)
        await asyncio.to_thread(store.finish, item.id, caller.key_id, result, error)
        return await asyncio.to_thread(store.get, item.id), ex.request_id


def bind_guard(policy: Policy, providers: Mapping[str, Provider]) -> None:
    """Connect the policy's injection guard model to its deployment's provider, if any."""
    dep = policy.guard_deployment
    if dep is not None and dep in providers:
        policy.bind_guard(providers[dep].chat, providers[dep].deployment.model_alias)


def build_providers(
    config: KanmonConfig, deployments: list[Deployment], http: HttpClient
) -> dict[str, Provider]:
    providers: dict[str, Provider] = {}
    for dep in deployments:
        key = resolve_secret(
            env=dep.api_key_env,
            file=dep.api_key_file,
            what=f"deployment {dep.id}",
            base_dir=config.base_dir,
        )
        if key is None and (dep.api_key_env or dep.api_key_file) and not dep.simulated:
            log.warning(
                "deployment %s: no API key (set %s); calls will fail and fall back",
                dep.id,
                dep.api_key_env or dep.api_key_file,
            )
        providers[dep.id] = provider_class(dep.api)(dep, http, key)
    return providers


def check_policy_content(policy: Policy, sealer: ContentSealer) -> None:
    """A policy that keeps hashed or encrypted content needs the content key: refuse it at
    load, not on the first confidential request."""
    keyed = sorted(m for m in policy.content_modes if sealer.needs_key(m))
    if keyed and not sealer.has_key:
        raise ConfigError(
            f"{policy.source}: audit_content uses {', '.join(keyed)}, which needs a 32-byte key "
            "in $KANMON_AUDIT_CONTENT_KEY (audit.content_key_env) or audit.content_key_file"
        )


def warn_unknown_costs(deployments: Iterable[Deployment]) -> None:
    """Say at start which served deployments have no cost in USD (no price, or a price in a
    currency without a rate in ``pricing.rates``): keys with a USD budget will not be served by
    them. Those with no price go on one line: a catalog exposed whole lists many."""
    unpriced = []
    for d in sorted(deployments, key=lambda d: d.id):
        if d.price is None:
            unpriced.append(d.id)
        elif not d.price.usd_known:
            log.warning(
                "%s is priced in %s and pricing.rates has no %s rate: its cost is unknown, keys "
                "with a USD budget skip it and kanmon_cost_usd_total leaves it out",
                d.id,
                d.price.currency,
                d.price.currency,
            )
    if unpriced:
        log.warning(
            "%d deployment(s) have no price in the catalog (%s): their cost is unknown, keys with "
            "a USD budget skip them and kanmon_cost_usd_total leaves them out; a price of 0 "
            "makes one free",
            len(unpriced),
            ", ".join(unpriced),
        )

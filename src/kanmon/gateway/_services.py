"""Wire config, catalog, store and providers into the objects the gateway uses."""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kanmon.audit import AuditWriter, ContentSealer, Signer, parse_content_key
from kanmon.catalog import Catalog, load_catalog
from kanmon.config import GovernanceSettings, KanmonConfig, resolve_secret
from kanmon.core.catalog import Deployment
from kanmon.errors import ConfigError
from kanmon.gateway._auth import Authenticator
from kanmon.gateway._pipeline import Pipeline
from kanmon.gateway._router import Breaker, Router
from kanmon.governance import GovernanceRuntime, build_governance, with_policy_ladder
from kanmon.limits import Limits, LocalLimits, RedisLimits
from kanmon.providers import HttpClient, Provider, RetryPolicy, available_apis, provider_class
from kanmon.store import Database, KeyStore, migrate

if TYPE_CHECKING:
    from kanmon.policy import Policy, PolicyRuntime
    from kanmon.review import ReviewStore

log = logging.getLogger("kanmon.gateway")


@dataclass
class Services:
    config: KanmonConfig
    catalog: Catalog
    db: Database
    keys: KeyStore
    audit: AuditWriter
    http: HttpClient
    router: Router
    auth: Authenticator
    pipeline: Pipeline = field(default_factory=Pipeline)
    sealer: ContentSealer = field(default_factory=lambda: ContentSealer("none", None))
    limits: Limits = field(default_factory=LocalLimits)
    governance: GovernanceRuntime | None = None
    policy: PolicyRuntime | None = None
    reviews: ReviewStore | None = None

    def close_sync(self) -> None:
        if self.governance is not None:
            self.governance.stop()
        self.audit.close()
        self.db.close()


def load_catalog_for(config: KanmonConfig, config_path: Path | None) -> Catalog:
    return load_catalog(
        [config.resolve(p) for p in config.catalog.files],
        config.deployments,
        source_name=str(config_path or "kanmon.yaml"),
        known_apis=available_apis(),
    )


def resolve_routes(
    config: KanmonConfig, catalog: Catalog, source: str
) -> dict[str, list[Deployment]]:
    routes: dict[str, list[Deployment]] = {}
    for name, route in config.routes.items():
        chain = []
        for i, dep_id in enumerate(route.deployments):
            dep = catalog.deployments.get(dep_id)
            if dep is None:
                close = difflib.get_close_matches(dep_id, list(catalog.deployments), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise ConfigError(
                    f"{source}: routes.{name}.deployments[{i}]: unknown deployment {dep_id!r}"
                    f" (expected an id from `kanmon catalog list` or your deployments){hint}"
                )
            chain.append(dep)
        routes[name] = chain
    return routes


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


def audit_signer(config: KanmonConfig) -> Signer:
    a = config.audit
    return Signer.load(env=a.signing_key_env, file=config.resolve(Path(a.signing_key_file)))


def content_sealer(config: KanmonConfig) -> ContentSealer:
    a = config.audit
    raw = resolve_secret(
        env=a.content_key_env,
        file=a.content_key_file,
        what="audit content key",
        base_dir=config.base_dir,
    )
    key = parse_content_key(raw, "audit content key") if raw else None
    if a.content in ("hash", "encrypted") and key is None:
        raise ConfigError(
            f"audit.content is {a.content!r}, which needs a 32-byte key in "
            f"${a.content_key_env or 'KANMON_AUDIT_CONTENT_KEY'} or audit.content_key_file"
        )
    return ContentSealer(a.content, key)


def check_policy_content(policy: Policy, sealer: ContentSealer) -> None:
    """A policy that keeps hashed or encrypted content needs the content key: refuse it at
    load, not on the first confidential request."""
    keyed = sorted(m for m in policy.content_modes if sealer.needs_key(m))
    if keyed and not sealer.has_key:
        raise ConfigError(
            f"{policy.source}: audit_content uses {', '.join(keyed)}, which needs a 32-byte key "
            "in $KANMON_AUDIT_CONTENT_KEY (audit.content_key_env) or audit.content_key_file"
        )


def build_limits(config: KanmonConfig) -> Limits:
    url = config.limits.redis_url
    return RedisLimits(url, config.limits.key_prefix) if url else LocalLimits()


def build_services(
    config: KanmonConfig,
    config_path: Path | None = None,
    *,
    run_migrations: bool = True,
    pipeline: Pipeline | None = None,
) -> Services:
    catalog = load_catalog_for(config, config_path)
    source = str(config_path or "kanmon.yaml")
    routes = resolve_routes(config, catalog, source)
    direct = dict(catalog.deployments) if config.gateway.expose_deployments else {}
    used = {d.id: d for chain in routes.values() for d in chain} | direct
    policy = load_policy_for(config, catalog)
    if policy is not None:  # reroute targets need a provider too
        used |= {d: catalog.deployments[d] for d in policy.reroute_targets}
    http = HttpClient(pool_size=config.upstream.pool_size, keepalive_s=config.upstream.keepalive_s)
    providers = build_providers(config, list(used.values()), http)
    db = Database(config.store_url())
    if run_migrations:
        migrate(db)
    keys = KeyStore(db)
    bootstrap = None
    if config.keys.bootstrap_admin_key_env:
        bootstrap = resolve_secret(
            env=config.keys.bootstrap_admin_key_env, file=None, what="bootstrap admin key"
        )
    reviews = runtime = None
    if policy is not None:
        from kanmon.policy import PolicyRuntime
        from kanmon.review import ReviewStore

        reviews = ReviewStore(db)
        runtime = PolicyRuntime(policy, reviews)
        if pipeline is None:
            pipeline = runtime.pipeline()
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
    limits = build_limits(config)
    sealer = content_sealer(config)
    if policy is not None:
        check_policy_content(policy, sealer)
    audit = AuditWriter(
        db,
        batch_max=config.audit.batch_max,
        signer=audit_signer(config),
        head_interval_s=config.audit.head_interval_s,
    )
    governance = build_governance(
        db,
        catalog,
        governance_settings_for(config, config_path, policy),
        record=lambda r: audit.submit(r, wait=False),
    )
    pipeline = pipeline or Pipeline()
    if governance.enforcer is not None:  # last input steps: they see the classified data class
        from kanmon.governance import ReviewHold
        from kanmon.review import ReviewStore

        enf = governance.enforcer
        reviews = reviews or ReviewStore(db)  # approvals may require human review
        pipeline = Pipeline(
            input_steps=(*pipeline.input_steps, enf, ReviewHold(reviews)),
            output_filters=pipeline.output_filters,
            served_steps=(*pipeline.served_steps, enf.served),
        )
    return Services(
        config=config,
        catalog=catalog,
        db=db,
        keys=keys,
        audit=audit,
        http=http,
        router=router,
        auth=Authenticator(
            keys,
            cache_ttl_s=config.keys.cache_ttl_s,
            bootstrap_admin_key=bootstrap,
            limits=limits,
        ),
        pipeline=pipeline,
        sealer=sealer,
        limits=limits,
        governance=governance,
        policy=runtime,
        reviews=reviews,
    )


def governance_settings_for(
    config: KanmonConfig, config_path: Path | None, policy: Policy | None = None
) -> GovernanceSettings:
    """Governance settings with the data-class ladder of the policy file, if there is one
    (one source of truth; a contradicting ``governance.data_classes`` is a ConfigError)."""
    if config.policy.file is None:
        return config.governance
    if policy is None:
        from kanmon.policy import load_policy

        policy = load_policy(config.resolve(config.policy.file))
    return with_policy_ladder(
        config.governance,
        policy.doc.data_classes,
        policy.doc.default_data_class,
        policy_source=policy.source,
        config_source=str(config_path or "kanmon.yaml"),
    )


def load_policy_for(config: KanmonConfig, catalog: Catalog) -> Policy | None:
    """The compiled policy, or None when scanning is off (then the hot path pays nothing)."""
    if config.policy.file is None:
        return None
    from kanmon.policy import load_policy

    key = None
    if config.policy.hash_key_env:
        secret = resolve_secret(env=config.policy.hash_key_env, file=None, what="hash key")
        key = secret.encode() if secret else None
    if key is None:
        log.warning("policy: no hash key set; keyed hashes are not stable across restarts")
    return load_policy(config.resolve(config.policy.file), catalog=catalog, hash_key=key)

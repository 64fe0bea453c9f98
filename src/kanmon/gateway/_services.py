"""Wire config, catalog, store and providers into the objects the gateway uses."""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from kanmon.audit import AuditWriter, ContentSealer, Signer, parse_content_key
from kanmon.catalog import Catalog, load_catalog
from kanmon.config import KanmonConfig, resolve_secret
from kanmon.core.catalog import Deployment
from kanmon.errors import ConfigError
from kanmon.gateway._auth import Authenticator
from kanmon.gateway._pipeline import Pipeline
from kanmon.gateway._router import Breaker, Router
from kanmon.limits import Limits, LocalLimits, RedisLimits
from kanmon.providers import HttpClient, Provider, RetryPolicy, available_apis, provider_class
from kanmon.store import Database, KeyStore, migrate

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

    def close_sync(self) -> None:
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
    return Services(
        config=config,
        catalog=catalog,
        db=db,
        keys=keys,
        audit=AuditWriter(
            db,
            batch_max=config.audit.batch_max,
            signer=audit_signer(config),
            head_interval_s=config.audit.head_interval_s,
        ),
        http=http,
        router=router,
        auth=Authenticator(
            keys,
            cache_ttl_s=config.keys.cache_ttl_s,
            bootstrap_admin_key=bootstrap,
            limits=limits,
        ),
        pipeline=pipeline or Pipeline(),
        sealer=content_sealer(config),
        limits=limits,
    )

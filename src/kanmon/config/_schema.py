"""The settings schema. Unknown keys are errors: a typo must not silently disable a control."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator

from kanmon.config._schema_governance import GovernanceSettings
from kanmon.config._schema_ops import LoggingSettings, MetricsSettings, TracingSettings
from kanmon.config._schema_pricing import PricingSettings
from kanmon.config._strict import Strict as _Strict
from kanmon.core.decision import ContentMode
from kanmon.errors import ConfigError

#: The most worker processes a gateway starts (a typo must not fork thousands).
MAX_WORKERS = 64


class GatewaySettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, le=MAX_WORKERS, description="Processes sharing the port")
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    expose_deployments: bool = Field(
        default=False,
        description="Also accept catalog deployment ids as model names, not only route names",
    )
    header_timeout_s: float = Field(
        default=10.0,
        gt=0,
        le=3600,
        description="A connection's first request line and headers must arrive within this of "
        "the connect (a later one within keepalive_timeout_s + this of the last answer); else "
        "408 and close",
    )
    body_grace_s: float = Field(
        default=10.0,
        gt=0,
        le=3600,
        description="Time a request body may take before body_min_bytes_per_s applies",
    )
    body_min_bytes_per_s: int = Field(
        default=1024,
        ge=1,
        description="After the grace a body must keep up this average rate (a Content-Length "
        "longer than the body sent stalls and is cut too); else 408 and close",
    )
    keepalive_timeout_s: float = Field(
        default=5.0, gt=0, le=3600, description="Close a kept-alive connection idle this long"
    )
    sync_interval_s: float = Field(
        default=1.0,
        gt=0,
        le=60,
        description="How often each worker (of every replica sharing the store) polls the store "
        "for reloads (policy, catalog, revoked keys) and reports what it runs",
    )
    max_connections: int = Field(
        default=10_000,
        ge=1,
        description="Open client connections per worker; past it the one idle longest is closed "
        "(then the oldest still sending its request); a newcomer gets 503 only when every "
        "other one is busy. Lowered at start to what the open-file limit allows",
    )


class StoreSettings(_Strict):
    url: str = Field(
        default="sqlite:///kanmon.db",
        description="SQLAlchemy URL; a relative SQLite path is relative to the config file",
    )
    # PostgreSQL only (SQLite is a local file: its lock waits are bounded by busy_timeout).
    connect_timeout_s: float = Field(
        default=2.0, ge=2, le=300, description="Give up connecting after this (libpq minimum 2)"
    )
    statement_timeout_s: float = Field(
        default=2.0,
        gt=0,
        le=3600,
        description="Server-side statement_timeout; the gateway also stops waiting for a silent "
        "(frozen) server 0.5 s after it",
    )
    lock_timeout_s: float = Field(
        default=1.0, gt=0, le=3600, description="Server-side lock_timeout of each statement"
    )
    pool_timeout_s: float = Field(
        default=2.0, gt=0, le=300, description="Wait for a free pooled connection at most this"
    )


class AuditSettings(_Strict):
    durable_before_response: bool = Field(
        default=True,
        description="Finish a response only after its audit record is committed",
    )
    batch_max: int = Field(default=512, ge=1, le=10_000)
    content: ContentMode = Field(
        default="none",
        description="What records keep of request/response content (the policy file's "
        "audit_content may choose per data class and rule)",
    )
    content_key_env: str | None = Field(
        default="KANMON_AUDIT_CONTENT_KEY",
        description="Env var with the 32-byte key (hex/base64) for content modes hash/encrypted",
    )
    content_key_file: str | None = None
    signing_key_env: str | None = Field(
        default="KANMON_AUDIT_SIGNING_KEY",
        description="Env var with the Ed25519 tree-head signing key (PEM or 32-byte seed)",
    )
    signing_key_file: str = Field(
        default="audit-signing.key",
        description="Used when the env var is unset; created (mode 0600) on first start",
    )
    head_interval_s: float = Field(
        default=1.0,
        ge=0,
        description="Sign a tree head at most this often (0: every commit), and at the latest "
        "this long after a record was appended",
    )
    commit_timeout_s: float = Field(
        default=1.0,
        ge=0,
        le=300,
        description="A failed group commit is retried while this has not passed since it began; "
        "then its requests get 503",
    )


class LimitSettings(_Strict):
    redis_url: str | None = Field(
        default=None,
        description="redis://host:port/db shared by replicas; unset: see backend",
    )
    backend: Literal["auto", "process", "store"] = Field(
        default="auto",
        description="Where budgets and rate limits are counted when redis_url is unset: store "
        "(the gateway's database, shared by its workers and by replicas on one PostgreSQL), "
        "process (each process counts alone: refused with several workers), or auto: store "
        "when gateway.workers > 1 or the store is PostgreSQL, else process",
    )
    key_prefix: str = Field(default="kanmon:", description="Prefix of every Redis key")
    redis_timeout_s: float = Field(
        default=1.0, gt=0, le=60, description="Wait at most this for an answer from Redis"
    )
    redis_connect_timeout_s: float = Field(
        default=1.0, gt=0, le=60, description="Wait at most this to connect to Redis"
    )
    hold_max_s: int = Field(
        default=900,
        ge=10,
        description="A budget hold not settled after this (the request's process died, or "
        "its settle was lost) is released",
    )
    default_reserve_tokens: int = Field(
        default=1024,
        ge=1,
        description="Completion tokens held for a budgeted request without max_tokens "
        "(the request is capped at that)",
    )


class KeySettings(_Strict):
    cache_ttl_s: float = Field(
        default=2.0,
        ge=0,
        description="How long a worker trusts a cached key; bounds revocation delay across workers",
    )
    stale_grace_s: float = Field(
        default=30.0,
        ge=0,
        description="While the store cannot be read, keep serving a cached key this long past "
        "its cache_ttl_s",
    )
    bootstrap_admin_key_env: str | None = Field(
        default="KANMON_ADMIN_KEY",
        description="Env var holding an admin key accepted without a database row (first setup)",
    )
    failed_auth_per_minute: int = Field(
        default=60,
        ge=0,
        description="Failed authentications a source address may make per minute before it is "
        "refused with 429 (per worker; 0: no limit)",
    )
    failed_auth_interval_s: float = Field(
        default=60.0,
        gt=0,
        le=3600,
        description="Failed authentications are audited as one record per source and interval",
    )


class UpstreamSettings(_Strict):
    pool_size: int = Field(default=512, ge=1)
    keepalive_s: float = Field(default=30.0, gt=0)
    retry_base_delay_s: float = Field(default=0.1, ge=0)
    retry_max_delay_s: float = Field(default=2.0, ge=0)
    breaker_failures: int = Field(
        default=3, ge=1, description="Consecutive failures that move a deployment to the back"
    )
    breaker_cooldown_s: float = Field(default=30.0, ge=0)


class RouteSettings(_Strict):
    deployments: list[str] = Field(min_length=1, description="Ordered fallback chain")
    description: str | None = None

    @field_validator("deployments")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("a deployment appears twice in the chain")
        return v


class CatalogSettings(_Strict):
    files: list[Path] = Field(default_factory=list)
    bundle: Path | None = Field(
        default=None,
        description="Installed signed catalog bundle (kanmon catalog update writes it); its "
        "entries replace shipped ones, your files replace its",
    )
    bundle_keys: list[Path] = Field(
        default_factory=list, description="Ed25519 public keys (PEM) trusted to sign bundles"
    )


class PolicySettings(_Strict):
    file: Path | None = Field(
        default=None,
        description="Policy YAML (scanning, data classes, rules); none: scanning is off",
    )
    hash_key_env: str | None = Field(
        default="KANMON_HASH_KEY",
        description="Env var with the key of the keyed-hash operator (random per process if unset)",
    )
    scan_cache_mb: float = Field(
        default=16.0,
        ge=0,
        description="Memory per worker for what the input scan found in texts a key sent before "
        "(a system prompt, earlier turns of a conversation), so they are not scanned again; "
        "0: every text is scanned in every request",
    )

    @property
    def scan_cache_bytes(self) -> int:
        return int(self.scan_cache_mb * 1_000_000)


class EvalSettings(_Strict):
    allow_weak_sandbox: bool = Field(
        default=False,
        description="Run model-generated code (code_tests) without an OS-level sandbox when "
        "bubblewrap cannot start one: rlimits and an audit hook only, not a security boundary",
    )


class OidcSettings(_Strict):
    """Sign-in to the console through an OpenID Connect provider (authorisation code + PKCE)."""

    issuer: str = Field(description="The provider's issuer URL (discovery at .well-known)")
    client_id: str = Field(min_length=1)
    client_secret_env: str | None = Field(
        default="KANMON_OIDC_CLIENT_SECRET",
        description="Env var with the client secret; unset for a public client (PKCE only)",
    )
    redirect_url: str | None = Field(
        default=None,
        description="This console's callback as the provider knows it; default: "
        "<the URL the browser used>/console/oidc/callback",
    )
    scopes: list[str] = Field(default_factory=lambda: ["openid", "profile", "email"])
    roles_claim: str = Field(default="groups", description="Claim listing the user's groups")
    role_map: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Claim value (group) -> Kanmon roles; a user with none is refused",
    )
    name_claim: str = "email"
    team_claim: str | None = Field(default=None, description="Claim naming the user's team")
    button: str = Field(default="Sign in with single sign-on", max_length=100)


class ConsoleSettings(_Strict):
    enabled: bool = Field(default=True, description="Serve the operator console at /console/")
    idle_timeout_s: float = Field(
        default=900.0, ge=30, le=86_400, description="A session unused this long signs out"
    )
    max_age_s: float = Field(
        default=43_200.0, ge=60, le=604_800, description="A session ends this long after sign-in"
    )
    oidc: OidcSettings | None = None


class KanmonConfig(_Strict):
    """The whole ``kanmon.yaml``."""

    gateway: GatewaySettings = GatewaySettings()
    store: StoreSettings = StoreSettings()
    audit: AuditSettings = AuditSettings()
    keys: KeySettings = KeySettings()
    limits: LimitSettings = LimitSettings()
    upstream: UpstreamSettings = UpstreamSettings()
    catalog: CatalogSettings = CatalogSettings()
    pricing: PricingSettings = PricingSettings()
    policy: PolicySettings = PolicySettings()
    governance: GovernanceSettings = GovernanceSettings()
    evals: EvalSettings = EvalSettings()
    console: ConsoleSettings = ConsoleSettings()
    tracing: TracingSettings = TracingSettings()
    logging: LoggingSettings = LoggingSettings()
    metrics: MetricsSettings = MetricsSettings()
    deployments: list[dict[str, Any]] = Field(
        default_factory=list, description="Your own deployments, same schema as the catalog's"
    )
    routes: dict[str, RouteSettings] = Field(default_factory=dict)
    log_level: Literal["debug", "info", "warning", "error"] = "warning"
    #: Directory the config file lives in; relative paths resolve against it.
    base_dir: Path = Field(default=Path("."), exclude=True)

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else (self.base_dir / path).resolve()

    def with_workers(self, n: int) -> KanmonConfig:
        """This config with ``gateway.workers`` set to ``n`` (``kanmon serve --workers``)."""
        if not 1 <= n <= MAX_WORKERS:  # model_copy does not validate
            raise ConfigError(f"gateway.workers must be from 1 to {MAX_WORKERS} (got {n})")
        return self.model_copy(update={"gateway": self.gateway.model_copy(update={"workers": n})})

    def store_shared(self) -> bool:
        """Whether other gateway processes may use this gateway's store at the same time: its
        own workers, replicas (any PostgreSQL may be shared; a SQLite file is one machine's),
        or others the operator says share it (``limits.backend: store``)."""
        return (
            self.gateway.workers > 1
            or not self.store_url().startswith("sqlite")
            or self.limits.backend == "store"
        )

    def store_url(self) -> str:
        url = self.store.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith("sqlite:////"):
            rel = url[len(prefix) :]
            if rel and rel != ":memory:":
                return prefix + str(self.resolve(Path(rel)))
        return url

"""The settings schema. Unknown keys are errors: a typo must not silently disable a control."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kanmon.core.decision import ContentMode
from kanmon.core.match import ProvenanceMatch


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GatewaySettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, le=64, description="Processes sharing the port")
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


class UseCaseSettings(_Strict):
    """What governance knows of a use case beyond its name."""

    territories: list[str] = Field(
        default_factory=list,
        description="Where the use case's callers are (ISO 3166 codes, EU); a model whose "
        "licence excludes one of them is refused at approval and at runtime",
    )
    monthly_revenue_usd: float | None = Field(
        default=None,
        ge=0,
        description="Revenue per month of the product this use case serves, checked against "
        "licence revenue thresholds at approval (unstated: the approver acknowledges them)",
    )


class ApprovalRule(_Strict):
    """Approvals of deployments matching ``deployment`` (for data classes at or above
    ``data_class_at_least``, use cases in ``use_cases_any``) are refused, or, with
    ``require_conditions``, must carry those conditions."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.\-]{1,64}$")
    deployment: ProvenanceMatch
    data_class_at_least: str | None = None
    use_cases_any: list[str] | None = None
    require_conditions: list[str] = Field(
        default_factory=list,
        description="Conditions the approval must carry (e.g. human_review); none: refused",
    )
    message: str | None = Field(default=None, max_length=500)


class GovernanceSettings(_Strict):
    enforce: bool = Field(
        default=False,
        description="Route only to deployments with a live approval (production: true)",
    )
    data_classes: list[str] = Field(
        default_factory=lambda: ["public", "internal", "confidential", "restricted"],
        min_length=1,
        description="Known data classes, lowest first",
    )
    default_data_class: str = Field(
        default="internal", description="Class of a request nobody classified"
    )
    use_case_required: bool = Field(
        default=False, description="Refuse keys without a use case (else default_use_case)"
    )
    default_use_case: str = Field(default="general", min_length=1, max_length=200)
    non_production_use_cases: list[str] = Field(
        default_factory=list,
        description="Use cases that may use non-commercial / research-only models",
    )
    refresh_s: float = Field(
        default=5.0, gt=0, description="How often a worker reloads approvals and re-checks them"
    )
    max_validity_days: int = Field(default=365, ge=1, le=3650)
    use_cases: dict[str, UseCaseSettings] = Field(
        default_factory=dict, description="Use case name → its territories and revenue"
    )
    approval_rules: list[ApprovalRule] = Field(
        default_factory=list,
        description="Provenance facts that refuse an approval or make it conditional",
    )
    required_reviews: list[Literal["legal", "privacy", "security", "procurement"]] = Field(
        default_factory=list,
        description="Reviews an assessment needs before it can be submitted (each answered by "
        "its own role); the others may be given and are shown",
    )
    threshold_warn_share: float = Field(
        default=0.8,
        gt=0,
        le=1,
        description="Warn when a deployment's monthly users reach this share of an approval's "
        "max_monthly_users (or declared revenue this share of a licence threshold)",
    )

    @field_validator("default_data_class")
    @classmethod
    def _nonempty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v


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


class TracingSettings(_Strict):
    """OpenTelemetry traces over OTLP/HTTP (needs ``pip install 'kanmon[otel]'``)."""

    enabled: bool = Field(default=False, description="Export a trace of every sampled request")
    endpoint: str = Field(
        default="http://127.0.0.1:4318/v1/traces",
        pattern=r"^https?://",
        description="The collector's OTLP/HTTP traces URL (protobuf)",
    )
    sample_ratio: float = Field(
        # A sampled request costs ~0.4 ms of CPU to export (docs/operations.md, Traces): a
        # twentieth keeps the gateway within 5% of its throughput untraced.
        default=0.05,
        ge=0.0,
        le=1.0,
        description="Share of requests traced when the caller sent no sampled traceparent",
    )
    parent_based: bool = Field(
        default=True,
        description="Follow the sampled flag of the caller's traceparent when it sends one",
    )
    service_name: str = Field(default="kanmon", min_length=1, max_length=200)
    steps: bool = Field(
        default=True,
        description="A span per step (auth … audit); false: only the request, the call and "
        "each upstream attempt, for less export work at high volume",
    )
    headers: dict[str, str] = Field(
        default_factory=dict, description="Extra headers for the collector (not secrets)"
    )
    headers_env: dict[str, str] = Field(
        default_factory=dict,
        description="Collector headers whose values come from environment variables "
        "(header name → variable name), e.g. an API key",
    )
    timeout_s: float = Field(default=10.0, gt=0, le=300)
    max_queue_size: int = Field(
        default=2048, ge=1, description="Spans waiting for export; beyond it spans are dropped"
    )
    schedule_delay_ms: int = Field(default=2000, ge=1, description="Export at least this often")


class LoggingSettings(_Strict):
    """The gateway's log: one line per request (at ``info``) and per event."""

    format: Literal["text", "json"] = Field(
        default="text", description="json: one JSON object per line"
    )
    level: Literal["debug", "info", "warning", "error"] | None = Field(
        default=None, description="None: log_level. Request lines are logged at info"
    )


class MetricsSettings(_Strict):
    """Prometheus metrics on the gateway's own port (docs/operations.md, "Metrics")."""

    enabled: bool = Field(
        default=False, description="Serve /metrics and count every model call (an observer)"
    )
    auth: Literal["role", "none"] = Field(
        default="role",
        description="role: /metrics needs an auditor (or admin) key and each scrape is audited; "
        "none: open, for a port only the scraper can reach",
    )
    multiprocess_dir: Path | None = Field(
        default=None,
        description="With gateway.workers > 1: where the workers share their counts (emptied at "
        "start); none: a fresh temporary directory, removed at exit",
    )
    state_ttl_s: float = Field(
        default=5.0,
        ge=0,
        le=300,
        description="Gauges read from the store (review queue, approvals, unsigned records) are "
        "queried at most once per this interval, however often /metrics is scraped",
    )


class KanmonConfig(_Strict):
    """The whole ``kanmon.yaml``."""

    gateway: GatewaySettings = GatewaySettings()
    store: StoreSettings = StoreSettings()
    audit: AuditSettings = AuditSettings()
    keys: KeySettings = KeySettings()
    limits: LimitSettings = LimitSettings()
    upstream: UpstreamSettings = UpstreamSettings()
    catalog: CatalogSettings = CatalogSettings()
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

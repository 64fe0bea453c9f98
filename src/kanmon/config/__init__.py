"""``kanmon.yaml``: one typed settings object, loaded in one place."""

from kanmon.config._load import find_config, load_config
from kanmon.config._schema import (
    MAX_WORKERS,
    AuditSettings,
    ConsoleSettings,
    EvalSettings,
    GatewaySettings,
    KanmonConfig,
    KeySettings,
    LimitSettings,
    OidcSettings,
    PolicySettings,
    RouteSettings,
    StoreSettings,
    UpstreamSettings,
)
from kanmon.config._schema_governance import ApprovalRule, GovernanceSettings, UseCaseSettings
from kanmon.config._schema_ops import LoggingSettings, MetricsSettings, TracingSettings
from kanmon.config._schema_pricing import PricingSettings
from kanmon.config._secrets import resolve_secret

__all__ = [
    "MAX_WORKERS",
    "ApprovalRule",
    "AuditSettings",
    "ConsoleSettings",
    "EvalSettings",
    "GatewaySettings",
    "GovernanceSettings",
    "KanmonConfig",
    "KeySettings",
    "LimitSettings",
    "LoggingSettings",
    "MetricsSettings",
    "OidcSettings",
    "PolicySettings",
    "PricingSettings",
    "RouteSettings",
    "StoreSettings",
    "TracingSettings",
    "UpstreamSettings",
    "UseCaseSettings",
    "find_config",
    "load_config",
    "resolve_secret",
]

"""``kanmon.yaml``: one typed settings object, loaded in one place."""

from kanmon.config._load import find_config, load_config
from kanmon.config._schema import (
    ApprovalRule,
    AuditSettings,
    ConsoleSettings,
    EvalSettings,
    GatewaySettings,
    GovernanceSettings,
    KanmonConfig,
    KeySettings,
    LimitSettings,
    LoggingSettings,
    MetricsSettings,
    OidcSettings,
    PolicySettings,
    RouteSettings,
    StoreSettings,
    TracingSettings,
    UpstreamSettings,
    UseCaseSettings,
)
from kanmon.config._secrets import resolve_secret

__all__ = [
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
    "RouteSettings",
    "StoreSettings",
    "TracingSettings",
    "UpstreamSettings",
    "UseCaseSettings",
    "find_config",
    "load_config",
    "resolve_secret",
]

"""``kanmon.yaml``: one typed settings object, loaded in one place."""

from kanmon.config._load import find_config, load_config
from kanmon.config._schema import (
    AuditSettings,
    ConsoleSettings,
    EvalSettings,
    GatewaySettings,
    GovernanceSettings,
    KanmonConfig,
    KeySettings,
    LimitSettings,
    OidcSettings,
    PolicySettings,
    RouteSettings,
    StoreSettings,
    UpstreamSettings,
)
from kanmon.config._secrets import resolve_secret

__all__ = [
    "AuditSettings",
    "ConsoleSettings",
    "EvalSettings",
    "GatewaySettings",
    "GovernanceSettings",
    "KanmonConfig",
    "KeySettings",
    "LimitSettings",
    "OidcSettings",
    "PolicySettings",
    "RouteSettings",
    "StoreSettings",
    "UpstreamSettings",
    "find_config",
    "load_config",
    "resolve_secret",
]

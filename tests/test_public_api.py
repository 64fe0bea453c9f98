"""The public surface of each package is deliberate: changing it should be a conscious act."""

from __future__ import annotations

import importlib

import pytest

EXPECTED = {
    "kanmon.core": [
        "ROLES",
        "Attempt",
        "AuditRecord",
        "Deployment",
        "LicenceObligations",
        "Model",
        "Price",
        "Principal",
        "Role",
        "provenance_snapshot",
    ],
    "kanmon.config": [
        "AuditSettings",
        "GatewaySettings",
        "KanmonConfig",
        "KeySettings",
        "LimitSettings",
        "RouteSettings",
        "StoreSettings",
        "UpstreamSettings",
        "find_config",
        "load_config",
        "resolve_secret",
    ],
    "kanmon.gateway": [
        "ChunkFilter",
        "Exchange",
        "Gateway",
        "GatewayThread",
        "InputStep",
        "OutputFilter",
        "Pipeline",
        "Services",
        "build_services",
    ],
    "kanmon.providers": [
        "ChunkStream",
        "HttpClient",
        "Provider",
        "RetryPolicy",
        "StreamNormaliser",
        "UpstreamHTTPError",
        "UpstreamProtocolError",
        "available_apis",
        "provider_class",
    ],
    "kanmon.audit": [
        "CONTENT_MODES",
        "AuditUnavailable",
        "AuditWriter",
        "ContentSealer",
        "Problem",
        "Signer",
        "VerifyReport",
        "apply_retention",
        "consistency",
        "erase_content",
        "export_lines",
        "inclusion",
        "parse_content_key",
        "read_records",
        "signed_head",
        "verify_log",
    ],
    "kanmon.limits": [
        "Limits",
        "LocalLimits",
        "RedisLimits",
        "Reservation",
        "completion_cap",
        "prompt_bound",
    ],
    "kanmon.catalog": ["EU_MEMBERS", "SHIPPED_FILES", "Catalog", "Origin", "load_catalog"],
}


@pytest.mark.parametrize("module", sorted(EXPECTED))
def test_all_is_exact_and_importable(module: str) -> None:
    mod = importlib.import_module(module)
    assert sorted(mod.__all__) == sorted(EXPECTED[module])
    for name in mod.__all__:
        assert getattr(mod, name) is not None


def test_builtin_providers_are_registered_as_entry_points() -> None:
    from kanmon.providers import available_apis, provider_class
    from kanmon.providers.base import Provider

    apis = available_apis()
    for name in (
        "openai_compatible",
        "deepseek",
        "qwen",
        "moonshot",
        "zai",
        "minimax",
        "anthropic",
    ):
        assert name in apis
        assert issubclass(provider_class(name), Provider)

"""The public surface of each package is deliberate: changing it should be a conscious act."""

from __future__ import annotations

import importlib

import pytest

EXPECTED = {
    "kanmon.scan": [
        "InjectionResult",
        "InjectionScanner",
        "KeyedHash",
        "Mask",
        "Operator",
        "PII_ENTITIES",
        "PatternScanner",
        "Pseudonymise",
        "Recognizer",
        "RestoreStream",
        "SECRET_ENTITIES",
        "ScanSet",
        "Scanner",
        "StreamRedactor",
        "Tag",
        "TextSlot",
        "Vault",
        "apply_operators",
        "available_scanners",
        "cn_resident_id_valid",
        "de_tax_id_valid",
        "document_spans",
        "iban_valid",
        "injection_scanner",
        "jp_my_number_valid",
        "kr_rrn_valid",
        "load_scanner",
        "luhn_valid",
        "names_scanner",
        "pii_scanner",
        "ru_inn_valid",
        "ru_snils_valid",
        "secrets_scanner",
        "text_slots",
        "us_ssn_valid",
    ],
    "kanmon.policy": [
        "DeploymentMatch",
        "Facts",
        "OperatorSpec",
        "OutputSpec",
        "Policy",
        "PolicyCheck",
        "PolicyDoc",
        "PolicyRuntime",
        "PolicySteps",
        "Rule",
        "ScanState",
        "When",
        "expand",
        "load_check",
        "load_policy",
        "scan_body",
    ],
    "kanmon.review": [
        "Kind",
        "ReviewItem",
        "ReviewStore",
        "STATUSES",
        "Status",
        "action_record",
        "new_review_id",
    ],
    "kanmon.core": [
        "ACTIONS",
        "Action",
        "Attempt",
        "AuditRecord",
        "Decision",
        "Deployment",
        "Finding",
        "LicenceObligations",
        "Model",
        "Price",
        "Principal",
        "ROLES",
        "Reason",
        "Role",
        "count_by_entity",
        "provenance_snapshot",
    ],
    "kanmon.config": [
        "AuditSettings",
        "GatewaySettings",
        "KanmonConfig",
        "KeySettings",
        "PolicySettings",
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
    "kanmon.audit": ["AuditWriter", "read_records"],
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

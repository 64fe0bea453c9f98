"""The public surface of each package is deliberate: changing it should be a conscious act."""

from __future__ import annotations

import importlib

import pytest

EXPECTED = {
    "kanmon.core": [
        "EVIDENCE_RE",
        "ROLES",
        "Approval",
        "ApprovalStatus",
        "Assessment",
        "AssessmentStatus",
        "Attempt",
        "AuditRecord",
        "Deployment",
        "LicenceObligations",
        "Model",
        "Price",
        "Principal",
        "Role",
        "deployment_fingerprint",
        "fingerprint_parts",
        "provenance_snapshot",
    ],
    "kanmon.config": [
        "AuditSettings",
        "GatewaySettings",
        "GovernanceSettings",
        "KanmonConfig",
        "KeySettings",
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
        "ServedStep",
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
    "kanmon.evals": [
        "CallResult",
        "CodeTestsScorer",
        "Completion",
        "Dataset",
        "DatasetInfo",
        "EVAL_USE_CASE",
        "EvalGateway",
        "EvalStore",
        "GatewayClient",
        "GroupScorer",
        "Item",
        "JudgeScorer",
        "Limits",
        "ModelInfo",
        "Progress",
        "PromptTemplate",
        "RunInfo",
        "RunOptions",
        "RunResult",
        "Runner",
        "SandboxResult",
        "Score",
        "ScoreContext",
        "Scorer",
        "Suite",
        "build_spec",
        "content_hash",
        "extract_code",
        "get_scorer",
        "is_refusal",
        "load_dataset",
        "load_suite",
        "model_info",
        "parse_items",
        "registered_suites",
        "run_python",
        "run_python_sync",
        "run_suites",
        "summarise",
    ],
    "kanmon.audit": ["AuditWriter", "read_records"],
    "kanmon.governance": [
        "CHECKLIST",
        "SECTIONS",
        "ApprovalIndex",
        "Enforcer",
        "EvalRunInfo",
        "EvidenceLookup",
        "EvidenceRef",
        "Governance",
        "GovernanceRuntime",
        "Item",
        "NoEvidenceStore",
        "Refresher",
        "build_governance",
        "licence_problem",
        "parse_ref",
        "prefill",
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


def test_builtin_scorers_and_suites_are_registered_as_entry_points() -> None:
    from kanmon.evals import GroupScorer, Scorer, get_scorer, registered_suites

    for name in (
        "exact",
        "regex",
        "choice",
        "numeric",
        "json_schema",
        "refusal",
        "calibration",
        "consistency",
        "code_tests",
        "judge",
    ):
        assert isinstance(get_scorer(name), Scorer | GroupScorer)
    assert len(registered_suites()) >= 9

"""Governance: assessments → approvals pinned to a deployment fingerprint → enforced at runtime."""

from kanmon.governance._catalog_change import (
    CatalogChange,
    apply_catalog,
    preview,
    would_suspend,
)
from kanmon.governance._checklist import CHECKLIST, ITEMS
from kanmon.governance._conditions import HUMAN_REVIEW
from kanmon.governance._enforce import (
    ApprovalIndex,
    Enforcer,
    GovernanceRuntime,
    Refresher,
    build_governance,
)
from kanmon.governance._evidence import (
    EVIDENCE,
    EvalRunInfo,
    EvidenceLookup,
    EvidenceRef,
    NoEvidenceStore,
    load_evidence,
    parse_ref,
)
from kanmon.governance._facts import licence_problem, prefill
from kanmon.governance._items import SECTIONS, Item
from kanmon.governance._ladder import known_classes, settings_for, with_policy_ladder
from kanmon.governance._report import render_report
from kanmon.governance._service import Governance
from kanmon.governance._views import approval_json, assessment_json, status_rows

__all__ = [
    "ApprovalIndex",
    "CatalogChange",
    "CHECKLIST",
    "EVIDENCE",
    "Enforcer",
    "EvalRunInfo",
    "EvidenceLookup",
    "EvidenceRef",
    "Governance",
    "GovernanceRuntime",
    "HUMAN_REVIEW",
    "ITEMS",
    "Item",
    "NoEvidenceStore",
    "Refresher",
    "SECTIONS",
    "apply_catalog",
    "approval_json",
    "assessment_json",
    "build_governance",
    "known_classes",
    "licence_problem",
    "load_evidence",
    "parse_ref",
    "prefill",
    "preview",
    "render_report",
    "settings_for",
    "status_rows",
    "with_policy_ladder",
    "would_suspend",
]

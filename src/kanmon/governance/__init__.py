"""Governance: assessments → approvals pinned to a deployment fingerprint → enforced at runtime."""

from kanmon.governance._checklist import CHECKLIST, SECTIONS, Item
from kanmon.governance._enforce import (
    ApprovalIndex,
    Enforcer,
    GovernanceRuntime,
    Refresher,
    build_governance,
)
from kanmon.governance._evidence import (
    EvalRunInfo,
    EvidenceLookup,
    EvidenceRef,
    NoEvidenceStore,
    parse_ref,
)
from kanmon.governance._facts import licence_problem, prefill
from kanmon.governance._service import Governance

__all__ = [
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
]

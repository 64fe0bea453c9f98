"""Governance: assessments → approvals pinned to a deployment fingerprint → enforced at runtime."""

from kanmon.governance._checklist import CHECKLIST, SECTIONS, Item
from kanmon.governance._conditions import HUMAN_REVIEW, ReviewHold
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
from kanmon.governance._ladder import with_policy_ladder
from kanmon.governance._service import Governance

__all__ = [
    "CHECKLIST",
    "HUMAN_REVIEW",
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
    "ReviewHold",
    "build_governance",
    "licence_problem",
    "parse_ref",
    "prefill",
    "with_policy_ladder",
]

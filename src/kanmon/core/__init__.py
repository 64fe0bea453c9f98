"""Small typed core models that every step of the request path imports."""

from kanmon.core.approval import (
    EVIDENCE_RE,
    Approval,
    ApprovalStatus,
    Assessment,
    AssessmentStatus,
    deployment_fingerprint,
    fingerprint_parts,
)
from kanmon.core.catalog import (
    REPORTING_CURRENCY,
    Deployment,
    LicenceObligations,
    Model,
    Price,
    UsdRate,
)
from kanmon.core.decision import ACTIONS, CONTENT_MODES, Action, ContentMode, Decision, Reason
from kanmon.core.finding import Finding, count_by_entity
from kanmon.core.match import ProvenanceMatch
from kanmon.core.principal import ROLES, Principal, Role
from kanmon.core.provenance import provenance_snapshot
from kanmon.core.record import Attempt, AuditRecord
from kanmon.core.stream import MORE_IN_HAND

__all__ = [
    "ACTIONS",
    "CONTENT_MODES",
    "EVIDENCE_RE",
    "MORE_IN_HAND",
    "REPORTING_CURRENCY",
    "ROLES",
    "Action",
    "Approval",
    "ApprovalStatus",
    "Assessment",
    "AssessmentStatus",
    "Attempt",
    "AuditRecord",
    "ContentMode",
    "Decision",
    "Deployment",
    "Finding",
    "LicenceObligations",
    "Model",
    "Price",
    "Principal",
    "ProvenanceMatch",
    "Reason",
    "Role",
    "UsdRate",
    "count_by_entity",
    "deployment_fingerprint",
    "fingerprint_parts",
    "provenance_snapshot",
]

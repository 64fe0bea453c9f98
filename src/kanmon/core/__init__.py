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
from kanmon.core.catalog import Deployment, LicenceObligations, Model, Price
from kanmon.core.principal import ROLES, Principal, Role
from kanmon.core.provenance import provenance_snapshot
from kanmon.core.record import Attempt, AuditRecord

__all__ = [
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
]

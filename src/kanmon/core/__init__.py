"""Small typed core models that every step of the request path imports."""

from kanmon.core.catalog import Deployment, LicenceObligations, Model, Price
from kanmon.core.principal import ROLES, Principal, Role
from kanmon.core.provenance import provenance_snapshot
from kanmon.core.record import Attempt, AuditRecord

__all__ = [
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
]

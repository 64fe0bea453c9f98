"""Who may call what: an endpoint names the roles it accepts; ``admin`` includes every role
except where an endpoint says the role must be the key's own."""

from __future__ import annotations

from kanmon.core.principal import Principal, Role
from kanmon.errors import PermissionDeniedError


def require_own(principal: Principal, role: Role) -> None:
    """The key must hold ``role`` itself; ``admin`` does not imply it. Reading the audit log is
    the auditor's duty, kept apart from those who administer the gateway."""
    if role not in principal.roles:
        raise PermissionDeniedError(
            f"This endpoint needs a key with role {role} (admin does not include it); key "
            f"{principal.key_id!r} has {', '.join(sorted(principal.roles))}.",
            code="insufficient_role",
        )


def require(principal: Principal, *roles: Role) -> None:
    if not any(principal.has(r) for r in roles):
        raise PermissionDeniedError(
            f"This endpoint needs role {' or '.join(roles)}; key {principal.key_id!r} has "
            f"{', '.join(sorted(principal.roles))}.",
            code="insufficient_role",
        )

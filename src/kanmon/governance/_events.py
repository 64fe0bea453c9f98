"""Every governance action as an audit record: the part of ``Governance`` that writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kanmon.catalog import Catalog
from kanmon.core.approval import Assessment
from kanmon.core.record import AuditRecord
from kanmon.governance._records import action_record


class GovernanceEvents:
    """Writes governance events to the audit log through the sink ``Governance`` was given
    (none: not written, e.g. in the CLI's dry runs)."""

    catalog: Catalog
    now: Callable[[], dt.datetime]
    _record: Callable[[AuditRecord], object] | None

    def audit_event(self, action: str, actor: str, reasons: list[str]) -> None:
        """A governance event that concerns no one assessment (e.g. ``catalog.reload``)."""
        self._audit(action, actor, None, None, reasons)

    def _audit(
        self,
        action: str,
        actor: str,
        a: Assessment | None,
        approval_id: str | None,
        reasons: list[str],
        *,
        deployment: str | None = None,
        use_case: str | None = None,
    ) -> None:
        if self._record is None:
            return
        self._record(
            action_record(
                self.catalog,
                self.now(),
                action,
                actor,
                deployment=deployment or (a.deployment if a else None),
                use_case=use_case or (a.use_case if a else None),
                approval_id=approval_id,
                reasons=reasons,
            )
        )

"""A catalog that changes while the gateway runs (a signed bundle installed, a file edited):
which approvals the change would suspend, and applying it — the approvals it breaks are
suspended at once, each on the audit log, and the change itself is recorded."""

from __future__ import annotations

from dataclasses import dataclass, field

from kanmon.catalog import Catalog, Change, catalog_diff
from kanmon.core.approval import Approval, deployment_fingerprint
from kanmon.governance._obligations import standing_problem
from kanmon.governance._service import SYSTEM, Governance


@dataclass
class CatalogChange:
    old_hash: str
    new_hash: str
    changes: list[Change] = field(default_factory=list)
    #: (approval, why) for each active approval the change suspends.
    suspended: list[tuple[Approval, str]] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return self.old_hash == self.new_hash

    def to_json(self) -> dict[str, object]:
        return {
            "old_content_hash": self.old_hash,
            "new_content_hash": self.new_hash,
            "changes": [c.describe() for c in self.changes],
            "suspended": [
                {
                    "approval_id": ap.id,
                    "deployment": ap.deployment,
                    "use_case": ap.use_case,
                    "why": why,
                }
                for ap, why in self.suspended
            ],  # fmt: skip
        }


def would_suspend(gov: Governance, new: Catalog) -> list[tuple[Approval, str]]:
    """Active approvals that ``new`` would suspend, with the reason each would carry."""
    now = gov.now()
    out = []
    for ap in gov.store.approvals(statuses=("active",)):
        dep = new.deployments.get(ap.deployment)
        model = new.models.get(dep.model) if dep is not None else None
        fp = deployment_fingerprint(dep, model) if dep is not None else None
        flags = frozenset(model.flags) if model is not None else frozenset()
        why = ap.problem(fp, flags, now)
        if why is None and dep is not None:
            why = standing_problem(gov.settings, dep, model, ap)
        if why is not None and "expired" not in why:
            out.append((ap, why))
    return out


def preview(gov: Governance, new: Catalog) -> CatalogChange:
    old = gov.catalog
    return CatalogChange(
        old.content_hash(), new.content_hash(), catalog_diff(old, new), would_suspend(gov, new)
    )


def apply_catalog(
    gov: Governance, new: Catalog, actor: str = SYSTEM, *, record: bool = True
) -> CatalogChange:
    """Swap ``new`` in: suspend what it breaks (each ``approval.suspended`` on the log) and
    record ``catalog.reload`` with the old and new content hashes and what changed (not with
    ``record=False``: a worker following a reload another worker recorded)."""
    change = preview(gov, new)
    if change.unchanged:
        return change
    gov.catalog = new
    suspended = gov.reconcile()
    change.suspended = [(ap, ap.status_reason or "") for ap in suspended]
    if not record:
        return change
    gov.audit_event(
        "catalog.reload",
        actor,
        [
            f"catalog {change.old_hash[:16]} -> {change.new_hash[:16]}",
            *(c.describe() for c in change.changes[:50]),
            *(f"suspended {ap.id}: {why}" for ap, why in change.suspended),
        ],
    )
    return change

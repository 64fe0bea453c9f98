"""Governance core types: an *approval* lets one deployment serve one use case for some data
classes, pinned to the deployment's *fingerprint*, until it expires or is suspended."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from kanmon.core.catalog import Deployment, Model

ApprovalStatus = Literal["active", "suspended", "expired", "revoked", "superseded"]
AssessmentStatus = Literal["draft", "submitted", "approved", "rejected"]

#: ``<eval run id>@sha256:<64 hex>``: an eval run cited by id and the hash of its results.
EVIDENCE_RE = re.compile(
    r"^(?P<run>[A-Za-z0-9][A-Za-z0-9_.:-]{0,99})@sha256:(?P<hash>[0-9a-f]{64})$"
)


def fingerprint_parts(dep: Deployment, model: Model | None) -> dict[str, Any]:
    """What an approval is pinned to. Any change here is a different thing to approve."""
    # as in ``entry_hash``: a field added since hashing began counts only once it is set
    price = dep.price.hash_dump() if dep.price is not None else None
    licence = model.licence.hash_dump() if model is not None else None
    return {
        "provider": dep.provider,
        "provider_entity": dep.provider_entity,
        "processing_region": dep.processing_region,
        "base_url": dep.url,
        "model": dep.model,
        "model_version": dep.model_alias,
        "licence": licence,
        "price": price,
        "entry_hash": dep.entry_hash(),
    }


def deployment_fingerprint(dep: Deployment, model: Model | None) -> str:
    """``sha256:<hex>`` over :func:`fingerprint_parts` (key order does not matter)."""
    blob = orjson.dumps(fingerprint_parts(dep, model), option=orjson.OPT_SORT_KEYS)
    return "sha256:" + hashlib.sha256(blob).hexdigest()


@dataclass(frozen=True, slots=True)
class Approval:
    """A signed-off permission. ``status`` is as stored; :meth:`problem` says whether it is
    usable for a deployment as the catalog describes it *now*."""

    id: str
    assessment_id: str
    deployment: str
    use_case: str
    fingerprint: str
    data_classes: frozenset[str]
    expires_at: dt.datetime
    approved_by: str
    approved_at: dt.datetime
    status: ApprovalStatus = "active"
    status_reason: str | None = None
    conditions: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    #: Catalog flags of the model when it was approved (a flag added later suspends).
    flags: frozenset[str] = field(default_factory=frozenset)

    def problem(
        self, current_fingerprint: str | None, flags: frozenset[str], now: dt.datetime
    ) -> str | None:
        """Why this approval cannot be used now, or None if it can."""
        if self.status != "active":
            return f"approval {self.id} is {self.status}" + (
                f" ({self.status_reason})" if self.status_reason else ""
            )
        if current_fingerprint is None:
            return f"deployment {self.deployment} is no longer in the catalog"
        if current_fingerprint != self.fingerprint:
            return (
                f"deployment {self.deployment} changed since approval {self.id} "
                f"(fingerprint {self.fingerprint[:19]} -> {current_fingerprint[:19]})"
            )
        if now >= self.expires_at:
            return f"approval {self.id} expired at {self.expires_at.isoformat()}"
        new = sorted(flags - self.flags)
        if new:
            return f"catalog flag {', '.join(new)} appeared after approval {self.id}"
        return None


@dataclass(frozen=True, slots=True)
class Assessment:
    """One deployment × one use case: the checklist answers a requester gives and an approver
    decides on. ``answers`` maps checklist item ids to values."""

    id: str
    deployment: str
    use_case: str
    status: AssessmentStatus
    requester: str
    answers: dict[str, Any]
    fingerprint: str
    created_at: dt.datetime
    updated_at: dt.datetime
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    decision_note: str | None = None

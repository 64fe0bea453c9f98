"""The governance section of ``kanmon.yaml``: use cases, approval rules and how approvals are
enforced (docs/governance.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from kanmon.config._strict import Strict as _Strict
from kanmon.core.match import ProvenanceMatch


class UseCaseSettings(_Strict):
    """What governance knows of a use case beyond its name."""

    territories: list[str] = Field(
        default_factory=list,
        description="Where the use case's callers are (ISO 3166 codes, EU); a model whose "
        "licence excludes one of them is refused at approval and at runtime",
    )
    monthly_revenue_usd: float | None = Field(
        default=None,
        ge=0,
        description="Revenue per month of the product this use case serves, checked against "
        "licence revenue thresholds at approval (unstated: the approver acknowledges them)",
    )


class ApprovalRule(_Strict):
    """Approvals of deployments matching ``deployment`` (for data classes at or above
    ``data_class_at_least``, use cases in ``use_cases_any``) are refused, or, with
    ``require_conditions``, must carry those conditions."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.\-]{1,64}$")
    deployment: ProvenanceMatch
    data_class_at_least: str | None = None
    use_cases_any: list[str] | None = None
    require_conditions: list[str] = Field(
        default_factory=list,
        description="Conditions the approval must carry (e.g. human_review); none: refused",
    )
    message: str | None = Field(default=None, max_length=500)


class GovernanceSettings(_Strict):
    enforce: bool = Field(
        default=False,
        description="Route only to deployments with a live approval (production: true)",
    )
    data_classes: list[str] = Field(
        default_factory=lambda: ["public", "internal", "confidential", "restricted"],
        min_length=1,
        description="Known data classes, lowest first",
    )
    default_data_class: str = Field(
        default="internal", description="Class of a request nobody classified"
    )
    use_case_required: bool = Field(
        default=False, description="Refuse keys without a use case (else default_use_case)"
    )
    default_use_case: str = Field(default="general", min_length=1, max_length=200)
    non_production_use_cases: list[str] = Field(
        default_factory=list,
        description="Use cases that may use non-commercial / research-only models",
    )
    refresh_s: float = Field(
        default=5.0, gt=0, description="How often a worker reloads approvals and re-checks them"
    )
    max_validity_days: int = Field(default=365, ge=1, le=3650)
    use_cases: dict[str, UseCaseSettings] = Field(
        default_factory=dict, description="Use case name → its territories and revenue"
    )
    approval_rules: list[ApprovalRule] = Field(
        default_factory=list,
        description="Provenance facts that refuse an approval or make it conditional",
    )
    required_reviews: list[Literal["legal", "privacy", "security", "procurement"]] = Field(
        default_factory=list,
        description="Reviews an assessment needs before it can be submitted (each answered by "
        "its own role); the others may be given and are shown",
    )
    threshold_warn_share: float = Field(
        default=0.8,
        gt=0,
        le=1,
        description="Warn when a deployment's monthly users reach this share of an approval's "
        "max_monthly_users (or declared revenue this share of a licence threshold)",
    )

    @field_validator("default_data_class")
    @classmethod
    def _nonempty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v

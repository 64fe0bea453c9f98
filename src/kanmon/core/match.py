"""Which deployments a rule is about, by their provenance: who made the weights (vendor, its
jurisdiction, model, family, licence), who serves them and where (provider entity and its
jurisdiction, processing region, self-hosted), under which terms (retention, training on data)
and with which licence obligations. Policy rules (``when.deployment``) and governance approval
rules (``governance.approval_rules``) share this one matcher, so a fact means the same in both.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from kanmon.core import territory
from kanmon.core.catalog import Deployment, Model

Obligation = Literal[
    "non_commercial",
    "research_only",
    "acceptable_use_policy",
    "territory",
    "attribution",
    "mau_threshold",
    "revenue_threshold",
]

_CODES = (
    "vendor_jurisdiction_in",
    "vendor_jurisdiction_not_in",
    "jurisdiction_in",
    "jurisdiction_not_in",
    "region_in",
    "region_not_in",
)
_FOLDED = (
    "vendor_in",
    "vendor_not_in",
    "model_in",
    "model_not_in",
    "family_in",
    "family_not_in",
    "licence_in",
    "licence_not_in",
    "provider_entity_in",
    "provider_entity_not_in",
)


class ProvenanceMatch(BaseModel):
    """All given fields must hold. ``*_in`` lists hold when the fact is one of them, ``*_not_in``
    when it is none of them. Jurisdictions and regions are ISO codes (``EU`` covers its member
    states, ``US`` covers ``US-VA``); names and ids compare case-insensitively."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # -- the model: who made the weights, under which licence ------------------------------
    vendor_jurisdiction_in: list[str] | None = Field(
        default=None, description="The model vendor's home (where the weights were made)"
    )
    vendor_jurisdiction_not_in: list[str] | None = None
    vendor_in: list[str] | None = Field(default=None, description="Model vendor names")
    vendor_not_in: list[str] | None = None
    model_in: list[str] | None = Field(default=None, description="Catalog model ids")
    model_not_in: list[str] | None = None
    family_in: list[str] | None = Field(default=None, description="Model families, e.g. qwen")
    family_not_in: list[str] | None = None
    open_weights: bool | None = None
    licence_in: list[str] | None = Field(default=None, description="Licence ids, e.g. MIT")
    licence_not_in: list[str] | None = None
    model_flags_any: list[str] | None = Field(
        default=None, description="Catalog model flags, e.g. us_entity_list, eu_sanctions"
    )
    obligations_any: list[Obligation] | None = Field(
        default=None, description="The licence carries any of these obligations"
    )
    licence_territory_excluded: bool | None = Field(
        default=None,
        description="true: the model's licence excludes the processing region (or the region "
        "does not say where inference runs)",
    )
    # -- the deployment: who serves it, where, under which terms ---------------------------
    jurisdiction_in: list[str] | None = Field(
        default=None, description="The provider entity's home jurisdiction"
    )
    jurisdiction_not_in: list[str] | None = None
    provider_entity_in: list[str] | None = Field(
        default=None, description="Legal entities that process the data"
    )
    provider_entity_not_in: list[str] | None = None
    region_in: list[str] | None = Field(default=None, description="Where inference runs")
    region_not_in: list[str] | None = None
    retention_days_over: int | None = Field(
        default=None, ge=0, description="Retention above N days; unknown retention counts"
    )
    trains_on_data: bool | None = Field(
        default=None, description="true: matches deployments that train on data (or unknown)"
    )
    simulated: bool | None = None
    self_hosted: bool | None = None

    _folded: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    @field_validator(*_CODES)
    @classmethod
    def _upper(cls, v: list[str] | None) -> list[str] | None:
        return [territory.code(x) for x in v] if v is not None else None

    def model_post_init(self, context: object) -> None:
        # compiled once: the hot path compares against sets, never re-folds the rule's lists
        self._folded = {
            name: frozenset(x.casefold() for x in value)
            for name in _FOLDED
            if (value := getattr(self, name)) is not None
        }

    @property
    def needs_model(self) -> bool:
        """Whether a fact of the catalog model is asked about (a deployment whose model is not
        in the catalog then never matches)."""
        return any(
            getattr(self, n) is not None
            for n in (
                "vendor_jurisdiction_in",
                "vendor_jurisdiction_not_in",
                "vendor_in",
                "vendor_not_in",
                "family_in",
                "family_not_in",
                "open_weights",
                "licence_in",
                "licence_not_in",
                "model_flags_any",
                "obligations_any",
                "licence_territory_excluded",
            )
        )

    def matches(self, dep: Deployment, model: Model | None) -> bool:
        return self._deployment_holds(dep) and self._model_holds(dep, model)

    def _in(self, name: str, value: str) -> bool | None:
        """None when the list ``name`` is not given."""
        wanted = self._folded.get(name)
        return None if wanted is None else value.casefold() in wanted

    def _deployment_holds(self, dep: Deployment) -> bool:
        j, region = dep.provider_jurisdiction, dep.processing_region
        if self.jurisdiction_in is not None and not territory.covers(self.jurisdiction_in, j):
            return False
        if self.jurisdiction_not_in is not None and territory.covers(self.jurisdiction_not_in, j):
            return False
        if self.region_in is not None and not territory.in_region(region, self.region_in):
            return False
        if self.region_not_in is not None and territory.in_region(region, self.region_not_in):
            return False
        if self._in("provider_entity_in", dep.provider_entity) is False:
            return False
        if self._in("provider_entity_not_in", dep.provider_entity):
            return False
        if self._in("model_in", dep.model) is False or self._in("model_not_in", dep.model):
            return False
        terms = dep.data_terms
        if self.retention_days_over is not None:
            days = terms.retention_days
            if days is not None and days <= self.retention_days_over:
                return False
        if self.trains_on_data is not None and (terms.trains_on_data is False) == (
            self.trains_on_data
        ):
            return False
        if self.simulated is not None and dep.simulated != self.simulated:
            return False
        return not (self.self_hosted is not None and dep.self_hosted != self.self_hosted)

    def _model_holds(self, dep: Deployment, m: Model | None) -> bool:
        if not self.needs_model:
            return True
        if m is None:
            return False
        vj = m.vendor_jurisdiction
        if self.vendor_jurisdiction_in is not None and not territory.covers(
            self.vendor_jurisdiction_in, vj
        ):
            return False
        if self.vendor_jurisdiction_not_in is not None and territory.covers(
            self.vendor_jurisdiction_not_in, vj
        ):
            return False
        if self._in("vendor_in", m.vendor) is False or self._in("vendor_not_in", m.vendor):
            return False
        if self._in("family_in", m.family) is False or self._in("family_not_in", m.family):
            return False
        lic = m.licence.id
        if self._in("licence_in", lic) is False or self._in("licence_not_in", lic):
            return False
        if self.open_weights is not None and m.open_weights != self.open_weights:
            return False
        if self.model_flags_any is not None and not set(self.model_flags_any) & set(m.flags):
            return False
        if self.obligations_any is not None and not set(self.obligations_any) & obligations(m):
            return False
        if self.licence_territory_excluded is not None:
            ex = m.licence.obligations.territory_exclusions
            hit = territory.territory_problem(ex, dep.processing_region) is not None
            if hit != self.licence_territory_excluded:
                return False
        return True


def obligations(m: Model) -> set[str]:
    """The obligation names (``Obligation``) the model's licence carries."""
    ob = m.licence.obligations
    have = {
        "non_commercial": ob.non_commercial,
        "research_only": ob.research_only,
        "acceptable_use_policy": ob.acceptable_use_policy,
        "territory": bool(ob.territory_exclusions),
        "attribution": bool(ob.attribution),
        "mau_threshold": ob.mau_threshold is not None,
        "revenue_threshold": ob.revenue_threshold_usd is not None,
    }
    return {k for k, v in have.items() if v}

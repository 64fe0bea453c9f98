"""Which deployments a rule is about, by their provenance: who made the weights (vendor, its
jurisdiction, model, family, licence), who serves them and where (provider entity and its
jurisdiction, processing region, self-hosted), under which terms (retention, training on data)
and with which licence obligations. Policy rules (``when.deployment``) and governance approval
rules (``governance.approval_rules``) share this one matcher, so a fact means the same in both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

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

    @field_validator(*_CODES)
    @classmethod
    def _upper(cls, v: list[str] | None) -> list[str] | None:
        return [territory.code(x) for x in v] if v is not None else None

    @property
    def needs_model(self) -> bool:
        """Whether a fact of the catalog model is asked about (a deployment whose model is not
        in the catalog then never matches)."""
        return any(getattr(self, n) is not None for n in _MODEL_FIELDS)

    def compile(self) -> Matcher:
        """The checks of the given fields, compiled once (policy rules compile at load)."""
        return Matcher(self)

    def matches(self, dep: Deployment, model: Model | None) -> bool:
        return self.compile()(dep, model)


_MODEL_FIELDS = (
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

DepCheck = Callable[[Deployment], bool]
ModelCheck = Callable[[Deployment, Model], bool]


def _memo(fn: Callable[[str], bool]) -> Callable[[str], bool]:
    """Territory answers per region or jurisdiction string: few distinct ones, asked often."""
    seen: dict[str, bool] = {}

    def ask(value: str) -> bool:
        hit = seen.get(value)
        if hit is None:
            hit = seen[value] = fn(value)
        return hit

    return ask


def _folded(values: list[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


def _covers(wanted: list[str]) -> Callable[[str], bool]:
    return _memo(lambda code: territory.covers(wanted, code))


def _in_region(wanted: list[str]) -> Callable[[str], bool]:
    return _memo(lambda region: territory.in_region(region, wanted))


def _named(attr: str, values: list[str], negate: bool) -> ModelCheck:
    names = _folded(values)

    def check(d: Deployment, x: Model) -> bool:
        return (str(getattr(x, attr)).casefold() in names) != negate

    return check


class Matcher:
    """A ``ProvenanceMatch`` as a tuple of checks on the deployment, then on its model: the
    request path pays for the fields a rule names, and for each region or jurisdiction string
    only once."""

    __slots__ = ("_dep", "_model", "needs_model")

    def __init__(self, m: ProvenanceMatch) -> None:
        dep: list[DepCheck] = []
        mod: list[ModelCheck] = []
        if m.jurisdiction_in is not None:
            j_in = _covers(m.jurisdiction_in)
            dep.append(lambda d: j_in(d.provider_jurisdiction))
        if m.jurisdiction_not_in is not None:
            j_out = _covers(m.jurisdiction_not_in)
            dep.append(lambda d: not j_out(d.provider_jurisdiction))
        if m.region_in is not None:
            r_in = _in_region(m.region_in)
            dep.append(lambda d: r_in(d.processing_region))
        if m.region_not_in is not None:
            r_out = _in_region(m.region_not_in)
            dep.append(lambda d: not r_out(d.processing_region))
        if m.provider_entity_in is not None:
            e_in = _folded(m.provider_entity_in)
            dep.append(lambda d: d.provider_entity.casefold() in e_in)
        if m.provider_entity_not_in is not None:
            e_out = _folded(m.provider_entity_not_in)
            dep.append(lambda d: d.provider_entity.casefold() not in e_out)
        if m.model_in is not None:
            mo_in = _folded(m.model_in)
            dep.append(lambda d: d.model.casefold() in mo_in)
        if m.model_not_in is not None:
            mo_out = _folded(m.model_not_in)
            dep.append(lambda d: d.model.casefold() not in mo_out)
        if m.retention_days_over is not None:
            limit = m.retention_days_over
            dep.append(
                lambda d: d.data_terms.retention_days is None or d.data_terms.retention_days > limit
            )
        if m.trains_on_data is not None:
            wanted = m.trains_on_data
            dep.append(lambda d: (d.data_terms.trains_on_data is not False) == wanted)
        if m.simulated is not None:
            sim = m.simulated
            dep.append(lambda d: d.simulated == sim)
        if m.self_hosted is not None:
            own = m.self_hosted
            dep.append(lambda d: d.self_hosted == own)
        if m.vendor_jurisdiction_in is not None:
            v_in = _covers(m.vendor_jurisdiction_in)
            mod.append(lambda d, x: v_in(x.vendor_jurisdiction))
        if m.vendor_jurisdiction_not_in is not None:
            v_out = _covers(m.vendor_jurisdiction_not_in)
            mod.append(lambda d, x: not v_out(x.vendor_jurisdiction))
        for name, attr, negate in (
            ("vendor_in", "vendor", False),
            ("vendor_not_in", "vendor", True),
            ("family_in", "family", False),
            ("family_not_in", "family", True),
        ):
            values = getattr(m, name)
            if values is not None:
                mod.append(_named(attr, values, negate))
        if m.licence_in is not None:
            l_in = _folded(m.licence_in)
            mod.append(lambda d, x: x.licence.id.casefold() in l_in)
        if m.licence_not_in is not None:
            l_out = _folded(m.licence_not_in)
            mod.append(lambda d, x: x.licence.id.casefold() not in l_out)
        if m.open_weights is not None:
            ow = m.open_weights
            mod.append(lambda d, x: x.open_weights == ow)
        if m.model_flags_any is not None:
            flags = frozenset(m.model_flags_any)
            mod.append(lambda d, x: not flags.isdisjoint(x.flags))
        if m.obligations_any is not None:
            obs = frozenset(m.obligations_any)
            mod.append(lambda d, x: not obs.isdisjoint(obligations(x)))
        if m.licence_territory_excluded is not None:
            excluded = m.licence_territory_excluded
            mod.append(
                lambda d, x: (
                    (
                        territory.territory_problem(
                            x.licence.obligations.territory_exclusions, d.processing_region
                        )
                        is not None
                    )
                    == excluded
                )
            )
        self._dep = tuple(dep)
        self._model = tuple(mod)
        self.needs_model = bool(mod)

    def __call__(self, dep: Deployment, model: Model | None) -> bool:
        for check in self._dep:
            if not check(dep):
                return False
        if not self._model:
            return True
        if model is None:
            return False
        return all(check(dep, model) for check in self._model)


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

"""The loaded catalog: an immutable view over models and deployments, with lookups and filters.

Filters keep the model/deployment split explicit: ``jurisdiction`` is the MODEL vendor's home
(who made the weights), ``region`` is where the DEPLOYMENT runs inference (who sees the data).
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

import orjson

from kanmon.core.catalog import Deployment, Model
from kanmon.core.territory import covers, in_region
from kanmon.errors import CatalogError

Criterion = str | Iterable[str] | None


@dataclass(frozen=True)
class Origin:
    """Where the entry in effect was defined, and which earlier definitions it replaced."""

    source: str
    location: str
    shipped: bool = False
    overrides: tuple[str, ...] = ()

    @property
    def overridden(self) -> bool:
        return bool(self.overrides)

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "location": self.location,
            "shipped": self.shipped,
            "overrides": list(self.overrides),
        }


@dataclass(frozen=True, eq=False)
class Catalog:
    """Models and deployments by id. Build with :func:`kanmon.catalog.load_catalog`."""

    models: Mapping[str, Model] = field(repr=False)
    deployments: Mapping[str, Deployment] = field(repr=False)
    model_origins: Mapping[str, Origin] = field(default_factory=dict, repr=False)
    deployment_origins: Mapping[str, Origin] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Read-only copies: holders of a Catalog (router, policy, audit) must all see the same
        # content, and content_hash() must stay true for the object's lifetime.
        for name in ("models", "deployments", "model_origins", "deployment_origins"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        dangling = sorted(d.id for d in self.deployments.values() if d.model not in self.models)
        if dangling:
            raise CatalogError(f"deployments without a catalog model: {', '.join(dangling)}")

    def __repr__(self) -> str:
        return f"Catalog({len(self.models)} models, {len(self.deployments)} deployments)"

    # -- lookups ---------------------------------------------------------------------------

    def model(self, model_id: str) -> Model:
        try:
            return self.models[model_id]
        except KeyError:
            raise _unknown("model", model_id, self.models) from None

    def deployment(self, deployment_id: str) -> Deployment:
        try:
            return self.deployments[deployment_id]
        except KeyError:
            raise _unknown("deployment", deployment_id, self.deployments) from None

    def entry(self, entry_id: str) -> Model | Deployment:
        """A model or a deployment by id (model ids win; shipped ids never collide)."""
        found = self.models.get(entry_id) or self.deployments.get(entry_id)
        if found is None:
            raise _unknown("catalog entry", entry_id, [*self.models, *self.deployments])
        return found

    def model_of(self, deployment: Deployment | str) -> Model:
        dep = self.deployment(deployment) if isinstance(deployment, str) else deployment
        return self.model(dep.model)

    def deployments_of(self, model_id: str) -> list[Deployment]:
        return sorted(
            (d for d in self.deployments.values() if d.model == model_id), key=lambda d: d.id
        )

    def origin(self, entry: Model | Deployment) -> Origin | None:
        origins = self.model_origins if isinstance(entry, Model) else self.deployment_origins
        return origins.get(entry.id)

    # -- filters ---------------------------------------------------------------------------

    def filter_models(
        self,
        *,
        jurisdiction: Criterion = None,
        open_weights: bool | None = None,
        licence: Criterion = None,
    ) -> list[Model]:
        """Models whose vendor HQ, weight availability and licence id match (all given)."""
        juris = _codes(jurisdiction)
        licences = _folded(licence)
        out = [
            m
            for m in self.models.values()
            if (juris is None or _in_jurisdiction(m.vendor_jurisdiction, juris))
            and (open_weights is None or m.open_weights == open_weights)
            and (licences is None or m.licence.id.casefold() in licences)
        ]
        return sorted(out, key=lambda m: m.id)

    def filter(
        self,
        *,
        jurisdiction: Criterion = None,
        open_weights: bool | None = None,
        licence: Criterion = None,
        region: Criterion = None,
        provider: Criterion = None,
    ) -> list[tuple[Model, Deployment]]:
        """(model, deployment) pairs matching every given criterion, sorted by deployment id.

        ``jurisdiction``: the model vendor's HQ (ISO code; ``EU`` matches any member state).
        ``region``: the deployment's processing region; ``US`` also matches ``US-VA`` and
        ``EU`` matches ``EU-DE`` or an EU member code. ``provider``: case-insensitive text in
        the provider name or its legal entity. Each criterion accepts one value or several.
        """
        models = {
            m.id: m
            for m in self.filter_models(
                jurisdiction=jurisdiction, open_weights=open_weights, licence=licence
            )
        }
        regions = _codes(region)
        providers = _folded(provider)
        out = [
            (models[d.model], d)
            for d in self.deployments.values()
            if d.model in models
            and (regions is None or _in_region(d.processing_region, regions))
            and (providers is None or _mentions(d, providers))
        ]
        return sorted(out, key=lambda pair: pair[1].id)

    # -- identity --------------------------------------------------------------------------

    @cached_property
    def _hash(self) -> str:
        doc = {
            "models": [self.models[k].model_dump(mode="json") for k in sorted(self.models)],
            "deployments": [
                self.deployments[k].model_dump(mode="json") for k in sorted(self.deployments)
            ],
        }
        return hashlib.sha256(orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)).hexdigest()

    def content_hash(self) -> str:
        """sha256 of the canonical JSON of every entry: equal content gives an equal hash,
        whatever the file layout or key order, so approvals can pin the catalog they saw."""
        return self._hash


def _unknown(kind: str, wanted: str, candidates: Iterable[str]) -> CatalogError:
    close = difflib.get_close_matches(wanted, list(candidates), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else " (see `kanmon catalog list`)"
    return CatalogError(f"unknown {kind} {wanted!r}{hint}")


def _values(criterion: Criterion) -> list[str] | None:
    if criterion is None:
        return None
    items = [criterion] if isinstance(criterion, str) else list(criterion)
    # CLI users type "-j CN,KR" as often as "-j CN -j KR"; accept both.
    parts = [p.strip() for item in items for p in item.split(",")]
    return [p for p in parts if p] or None


def _codes(criterion: Criterion) -> frozenset[str] | None:
    values = _values(criterion)
    return None if values is None else frozenset(v.upper() for v in values)


def _folded(criterion: Criterion) -> frozenset[str] | None:
    values = _values(criterion)
    return None if values is None else frozenset(v.casefold() for v in values)


def _in_jurisdiction(code: str, wanted: Collection[str]) -> bool:
    return covers(wanted, code)


def _in_region(region: str, wanted: Collection[str]) -> bool:
    return in_region(region, wanted)


def _mentions(dep: Deployment, texts: Collection[str]) -> bool:
    haystack = f"{dep.provider}\n{dep.provider_entity}".casefold()
    return any(t in haystack for t in texts)

"""A deployment's provenance as an audit record keeps it: enough to answer "who processed
this, where, under which terms" later, even after the catalog has changed."""

from __future__ import annotations

from typing import Any

from kanmon.core.catalog import Deployment

_CACHE: dict[str, tuple[Deployment, dict[str, Any]]] = {}


def _snapshot(dep: Deployment) -> dict[str, Any]:
    terms = dep.data_terms
    return {
        "deployment": dep.id,
        "model": dep.model,
        "provider_entity": dep.provider_entity,
        "provider_jurisdiction": dep.provider_jurisdiction,
        "processing_region": dep.processing_region,
        "retention_days": terms.retention_days,
        "trains_on_data": terms.trains_on_data,
        "simulated": dep.simulated,
        "self_hosted": dep.self_hosted,
        "entry_hash": dep.entry_hash(),
    }


def provenance_snapshot(dep: Deployment) -> dict[str, Any]:
    """Computed once per deployment object (entries are frozen; a reloaded catalog brings new
    objects), copied per record."""
    hit = _CACHE.get(dep.id)
    if hit is None or hit[0] is not dep:
        hit = (dep, _snapshot(dep))
        _CACHE[dep.id] = hit
    return dict(hit[1])

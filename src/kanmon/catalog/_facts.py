"""Which facts of a deployment are sourced: every first-party deployment states its processing
region, retention, training on customer data and price from the vendor's own documents, each
with the document and the date it was read; a fact stays unknown only with the document that
shows the vendor does not say (``vendor_silent``)."""

from __future__ import annotations

from collections.abc import Iterable

from kanmon.core.catalog import Deployment, FactName

FACTS: tuple[FactName, ...] = ("region", "retention", "training", "price")
#: Region words that say nothing of where inference runs (``GLOBAL`` does: anywhere).
_UNKNOWN_REGIONS = frozenset({"UNKNOWN", "SELF-HOSTED"})


def fact_value(dep: Deployment, name: FactName) -> str | None:
    """The fact as the catalog states it, or None when it is unknown."""
    terms = dep.data_terms
    if name == "region":
        region = dep.processing_region
        return None if region.upper() in _UNKNOWN_REGIONS else region
    if name == "retention":
        return None if terms.retention_days is None else f"{terms.retention_days} days"
    if name == "training":
        return None if terms.trains_on_data is None else ("yes" if terms.trains_on_data else "no")
    p = dep.price
    return None if p is None else f"{p.input_per_mtok:g}/{p.output_per_mtok:g} {p.currency}"


def fact_gaps(deployments: Iterable[Deployment]) -> list[str]:
    """What is missing for each first-party deployment: a fact without a source, a source that
    is not the vendor's own (confidence O), an unknown fact without proof of silence, or a
    known fact whose source says the vendor is silent."""
    out = []
    for dep in sorted(deployments, key=lambda d: d.id):
        if not dep.first_party:
            continue
        for name in FACTS:
            src = dep.facts.get(name)
            value = fact_value(dep, name)
            if src is None:
                out.append(f"{dep.id}: {name}: no source")
            elif src.confidence != "O":
                out.append(f"{dep.id}: {name}: the source is not the vendor's own ({src.url})")
            elif value is None and not src.vendor_silent:
                out.append(f"{dep.id}: {name}: unknown, and the source does not show silence")
            elif value is not None and src.vendor_silent:
                out.append(f"{dep.id}: {name}: {value}, yet the source says the vendor is silent")
    return out

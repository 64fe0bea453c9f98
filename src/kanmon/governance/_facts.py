"""What the catalog already answers: prefilled checklist answers and licence obligations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kanmon.config import GovernanceSettings
from kanmon.core.catalog import Deployment, Model
from kanmon.governance._obligations import licence_territory_problem, usage_problem


def licence_problem(
    model: Model | None,
    use_case: str,
    settings: GovernanceSettings,
    dep: Deployment | None = None,
    key_territory: Iterable[str] = (),
) -> str | None:
    """Non-commercial and research-only models never serve production use cases; a licence
    that excludes territories never serves a deployment in them, or callers there (the use
    case's, and the calling key's ``key_territory``; given ``dep``)."""
    if dep is not None:
        where = licence_territory_problem(dep, model, use_case, settings, key_territory)
        if where:
            return where
    return usage_problem(model, use_case, settings)


def prefill(dep: Deployment, model: Model | None) -> dict[str, Any]:
    terms = dep.data_terms
    days = "not stated" if terms.retention_days is None else f"{terms.retention_days} days"
    trains = {None: "not stated", True: "yes", False: "no"}[terms.trains_on_data]
    out: dict[str, Any] = {
        "dep.provider": f"{dep.provider_entity} ({dep.provider}); jurisdiction "
        f"{dep.provider_jurisdiction}",
        "dep.hosting": f"{dep.processing_region}"
        + (" (self-hosted)" if dep.self_hosted else "")
        + (" (simulated)" if dep.simulated else ""),
        "data.retention": f"retention {days}; trains on data: {trains}"
        + ("; zero retention available" if terms.zero_retention_available else ""),
        "dep.price": (
            f"{dep.price.input_per_mtok} / {dep.price.output_per_mtok} {dep.price.currency} per "
            f"1M input / output tokens, as of {dep.price.as_of.isoformat()}"
            if dep.price
            else "no price in the catalog"
        ),
    }
    if model is not None:
        lic, ob = model.licence, model.licence.obligations
        notes = [
            n
            for n, on in (
                ("non-commercial", ob.non_commercial),
                ("research only", ob.research_only),
            )
            if on
        ]
        if ob.attribution:
            notes.append(f"attribution: {ob.attribution}")
        if ob.mau_threshold:
            notes.append(f"separate licence above {ob.mau_threshold:,} MAU")
        if model.flags:
            out["dep.provider"] += f"; catalog flags on {model.id}: {', '.join(model.flags)}"
        out["dep.licence"] = f"{lic.name} ({lic.id})" + (f"; {'; '.join(notes)}" if notes else "")
        out["euaia.gpai"] = _gpai(model)
    out["vendor.terms"] = _vendor_terms(dep)
    return out


def _gpai(model: Model) -> str:
    """What the catalog knows of the model provider's general-purpose model obligations."""
    flags = set(model.flags)
    if "eu_gpai_code_signatory" in flags:
        status = f"{model.vendor} signed the EU GPAI Code of Practice (2025-08-01 list)"
    elif "eu_gpai_code_refused" in flags:
        status = f"{model.vendor} declined to sign the EU GPAI Code of Practice"
    else:
        status = f"{model.vendor}'s Code of Practice status is not recorded"
    if model.open_weights and model.licence.osi_approved:
        status += "; weights open under a free licence (Art. 53(2) may lighten the duties)"
    return status


def _vendor_terms(dep: Deployment) -> str:
    r = dep.vendor_review
    if r is None:
        return "no vendor review facts in the catalog"
    parts = [f"{label}: {value}" for label, value in r.facts() if value]
    return "; ".join(parts) or "no vendor review facts in the catalog"

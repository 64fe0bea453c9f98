"""The eval store as governance's evidence source (``kanmon.evidence`` entry point ``evals``).

A cited run ``<id>@sha256:<hash>`` is verified against ``eval_runs``: the run exists and is
finished, its content hash is the cited one, and it tested the deployment — as the catalog
described that deployment then (entry hash in the run spec). A new assessment's
security-testing items are prefilled from the finished runs of its deployment whose suites met
their thresholds there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kanmon.evals._store import EvalStore, RunInfo
from kanmon.governance import EVIDENCE, EvalRunInfo
from kanmon.plugins import register
from kanmon.store import Database

#: Checklist items a built-in suite is evidence for.
SUITE_ITEMS: Mapping[str, tuple[str, ...]] = {
    "hallucination": ("sec.hallucination",),
    "consistency": ("sec.hallucination",),
    "overconfidence": ("sec.hallucination",),
    "prompt_injection": ("sec.injection_leakage",),
    "sensitive_data": ("sec.injection_leakage",),
    "multilingual": ("sec.language_domain",),
    "code": ("sec.language_domain",),
    "refusal": ("sec.known_failures",),
    "censorship_bias": ("sec.known_failures",),
    "tool_use": ("sec.tool_use",),
}

#: Checklist items for other suites, by the risk ids they declare.
RISK_ITEMS: Mapping[str, tuple[str, ...]] = {
    "OWASP-LLM01:2025": ("sec.injection_leakage",),
    "OWASP-LLM02:2025": ("sec.injection_leakage",),
    "OWASP-LLM07:2025": ("sec.injection_leakage",),
    "OWASP-LLM06:2025": ("sec.tool_use",),
    "OWASP-LLM09:2025": ("sec.hallucination",),
    "NIST-AI-600-1:confabulation": ("sec.hallucination",),
}

#: How many recent runs are looked at when prefilling a new assessment.
PREFILL_RUNS = 200


def _items_for(suite: str, risks: Sequence[str]) -> tuple[str, ...]:
    if suite in SUITE_ITEMS:
        return SUITE_ITEMS[suite]
    return tuple(sorted({i for r in risks for i in RISK_ITEMS.get(r, ())}))


def _fingerprints(spec: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in (spec.get("models") or {}).values():
        for dep, fp in zip(m.get("deployments") or [], m.get("fingerprints") or [], strict=False):
            out.setdefault(str(dep), str(fp))
    return out


def _tested(run: RunInfo) -> tuple[str, ...]:
    """Deployments that served at least one item of the run."""
    served: set[str] = set()
    for m in ((run.summary or {}).get("models") or {}).values():
        served.update(str(d) for d in m.get("deployments") or [])
    return tuple(sorted(served))


def _results(run: RunInfo, deployment: str | None) -> tuple[list[str], tuple[str, ...]]:
    """One line per suite × model (for ``deployment`` only, if given), and the checklist items
    covered by suites that met their threshold."""
    lines: list[str] = []
    covers: set[str] = set()
    for suite, entry in sorted(((run.summary or {}).get("suites") or {}).items()):
        threshold = entry.get("threshold")
        risks = [str(r) for r in entry.get("risks") or []]
        for model, agg in sorted((entry.get("models") or {}).items()):
            if deployment is not None and deployment not in (agg.get("deployments") or []):
                continue
            score = float(agg.get("score", 0.0))
            ok = threshold is None or score >= float(threshold)
            bar = "" if threshold is None else f" {'≥' if ok else '<'} {threshold}"
            lines.append(
                f"{suite} on {model}: {score:.3f}{bar} {'pass' if ok else 'FAIL'}"
                + (f" ({', '.join(risks)})" if risks else "")
            )
            if ok and threshold is not None and deployment is not None:
                covers.update(_items_for(suite, risks))
    return lines, tuple(sorted(covers))


class EvalStoreEvidence:
    """:class:`~kanmon.governance.EvidenceLookup` over the eval store; only finished runs
    count."""

    verifies = True

    def __init__(self, db: Database) -> None:
        self.store = EvalStore(db)

    def _info(self, run: RunInfo, deployment: str | None) -> EvalRunInfo | None:
        if run.status != "finished" or not run.content_hash:
            return None
        lines, covers = _results(run, deployment)
        return EvalRunInfo(
            run_id=run.id,
            content_hash=run.content_hash,
            deployments=_tested(run),
            summary="; ".join(lines) or None,
            covers=covers,
            fingerprints=_fingerprints(run.spec),
        )

    def lookup(self, run_id: str) -> EvalRunInfo | None:
        run = self.store.run(run_id)
        return self._info(run, None) if run is not None else None

    def runs_for(self, deployment: str) -> Sequence[EvalRunInfo]:
        out = []
        for run in reversed(self.store.runs(limit=PREFILL_RUNS)):  # oldest first, newest last
            if deployment not in _tested(run):
                continue
            info = self._info(run, deployment)
            if info is not None:
                out.append(info)
        return out


@register(EVIDENCE)
def eval_store_evidence(db: Database) -> EvalStoreEvidence:
    """Entry-point factory (``kanmon.evidence``)."""
    return EvalStoreEvidence(db)

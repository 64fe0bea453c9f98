"""``kanmon policy test``: what policy would decide for a sample request, without sending it."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.errors import RequestError
from kanmon.policy._engine import Policy
from kanmon.policy._steps import PolicySteps
from kanmon.request import Exchange, parse_step


def explain(
    policy: Policy,
    body: dict[str, Any],
    *,
    principal: Principal,
    candidates: list[Deployment],
    declared_class: str | None = None,
) -> dict[str, Any]:
    """Run scan → classify → decide on a copy of ``body`` and report every step."""
    ex = Exchange(
        endpoint="policy.test",
        operation="chat",
        principal=principal,
        model=str(body.get("model")),
    )
    ex.body = copy.deepcopy(body)
    ex.candidates = list(candidates)
    if declared_class is not None:
        header = policy.doc.data_class_header.lower().encode()
        ex.request_headers = [(header, declared_class.encode())]
    steps = PolicySteps(policy, reviews=None)
    outcome: str | None = None

    async def run() -> None:
        for step in (parse_step, steps.scan, steps.classify, steps.decide):
            await step(ex)

    try:
        asyncio.run(run())
    except RequestError as e:
        outcome = f"{e.code}: {e.message}"
    if outcome is None and ex.decision == "hold":
        why = "; ".join(ex.reasons)
        outcome = f"held_for_review: the request would wait for a reviewer ({why})"
    state = ex.scan
    findings = []
    if state is not None:
        for fs in state.findings:
            findings += [
                {
                    "entity": f.entity,
                    "location": f.location,
                    "span": [f.start, f.end],
                    "confidence": f.confidence,
                    "scanner": f.scanner,
                }
                for f in fs
            ]
    inj = state.injection if state is not None else None
    return {
        "policy_version": policy.version,
        "data_class": ex.data_class,
        "findings": findings,
        "injection": {
            "score": inj.score if inj else 0.0,
            "by_source": inj.by_source if inj else {},
            "by_source_layer": inj.by_source_layer if inj else {},
            "threshold": policy.injection.threshold if policy.injection else None,
            "layers": inj.layers if inj else {},
            "contributions": inj.contributions if inj else {},
            "evidence": [
                {"signal": s, "location": loc, "span": [a, b]} for s, loc, a, b in inj.evidence
            ]
            if inj
            else [],
        },
        "tools": sorted(set(ex.tools_offered) | set(ex.tool_calls_in)),
        "decision": ex.decision,
        "rule_ids": ex.rule_ids,
        "audit_content": ex.content_mode,
        "reasons": ex.reasons,
        "candidates_before": [d.id for d in candidates],
        "candidates_after": [d.id for d in ex.candidates],
        "outcome": outcome or "forwarded",
        "forwarded_body": ex.body if outcome is None else None,
    }

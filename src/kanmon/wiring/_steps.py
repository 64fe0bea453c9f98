"""THE order of a request's steps, declared once. Every entry point (chat completions, streams,
embeddings, the review queue running an approved request, the in-process eval gateway and any
later wire format) runs the ``StepList`` built here through one ``RequestPath``.

    auth → parse → route → scan → classify → decide → approval → hold → reserve
         → call → cite → output → audit

route resolves the candidate deployments (decide and approval narrow them); call tries them in
order with retries and fallback; cite names the approval of the deployment that served; audit
makes the record durable and settles the budget. A step that has nothing to do in a gateway's
configuration (no policy: no scan, classify, decide or output) is left out, not skipped per
request, so the hot path pays only for what is configured.
"""

from __future__ import annotations

from kanmon.audit import AuditStep
from kanmon.auth import Authenticator, BudgetStep
from kanmon.governance import Enforcer
from kanmon.policy import PolicySteps
from kanmon.request import (
    InputStep,
    Observer,
    OutputFilter,
    ServedStep,
    StepList,
    parse_step,
)
from kanmon.review import HoldStep
from kanmon.routing import Router

ORDER = (
    "auth",
    "parse",
    "route",
    "scan",
    "classify",
    "decide",
    "approval",
    "hold",
    "reserve",
    "call",
    "cite",
    "output",
    "audit",
)


def declare_steps(
    *,
    auth: Authenticator,
    router: Router,
    policy: PolicySteps | None,
    enforcer: Enforcer | None,
    hold: HoldStep,
    budget: BudgetStep,
    audit: AuditStep,
    observers: tuple[Observer, ...] = (),
) -> StepList:
    before: list[tuple[str, InputStep]] = [
        ("auth", auth.step),
        ("parse", parse_step),
        ("route", router.plan),
    ]
    if policy is not None:
        before += [("scan", policy.scan), ("classify", policy.classify), ("decide", policy.decide)]
    if enforcer is not None:
        before.append(("approval", enforcer))
    if policy is not None or enforcer is not None:
        before.append(("hold", hold))
    before.append(("reserve", budget))
    served: list[tuple[str, ServedStep]] = []
    if enforcer is not None:
        served.append(("cite", enforcer.served))
    output: list[tuple[str, OutputFilter]] = []
    if policy is not None and policy.policy.doc.output.scan:
        output.append(("output", policy))
    steps = StepList(tuple(before), router, tuple(served), tuple(output), audit, observers)
    names = steps.names()
    assert list(names) == [n for n in ORDER if n in names], f"steps out of order: {names}"
    return steps

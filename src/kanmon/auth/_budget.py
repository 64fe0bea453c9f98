"""The reserve step: hold the worst case of a budgeted request before the call; the audit step
settles it to the actual usage (``kanmon.limits`` explains the two-phase scheme).

A key with a USD budget is never served by a deployment whose cost cannot be counted in USD (one
with no price in the catalog, or a price in a currency without a rate in ``pricing.rates``):
such candidates are dropped, with a reason on the audit record, and when none is left the
request is refused (``cost_unknown``). A price of 0 is a known cost and stays free."""

from __future__ import annotations

from kanmon.core.catalog import Deployment
from kanmon.errors import CostUnknownError, PermissionDeniedError
from kanmon.limits import Limits, completion_cap, has_budget, prompt_bound
from kanmon.request import Exchange


class BudgetStep:
    def __init__(self, limits: Limits, default_reserve_tokens: int) -> None:
        self.limits = limits
        self.default = default_reserve_tokens

    async def __call__(self, ex: Exchange) -> None:
        p, body = ex.principal, ex.body
        assert p is not None and body is not None
        if not ex.candidates:  # an earlier step refused every deployment; say so before spending
            raise PermissionDeniedError(
                f"No deployment of {ex.model!r} may serve this request ({'; '.join(ex.reasons)}).",
                code="no_permitted_deployment",
            )
        if not has_budget(p):
            return
        if p.budget_usd is not None:
            _drop_unknown_cost(ex)
        prompt = prompt_bound(body)
        completion = completion_cap(body, self.default) if ex.operation == "chat" else 0
        usd = max(
            (d.price.usd_cost(prompt, completion) or 0.0 for d in ex.candidates if d.price),
            default=0.0,
        )
        ex.reservation = await self.limits.reserve(p, prompt + completion, usd)


def _drop_unknown_cost(ex: Exchange) -> None:
    unknown = [d for d in ex.candidates if d.price is None or not d.price.usd_known]
    if not unknown:
        return
    named = ", ".join(_why_unknown(d) for d in unknown)
    kept = [d for d in ex.candidates if d.price is not None and d.price.usd_known]
    if not kept:
        raise CostUnknownError(
            f"This key has a USD budget, and no deployment of {ex.model!r} has a cost in USD "
            f"to count against it: {named}."
        )
    ex.candidates = kept
    ex.reasons.append(f"budget: skipped {named}: cost unknown")


def _why_unknown(d: Deployment) -> str:
    if d.price is None:
        return f"{d.id} (no price in the catalog)"
    return f"{d.id} (priced in {d.price.currency}) with no rate in pricing.rates"

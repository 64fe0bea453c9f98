"""The reserve step: hold the worst case of a budgeted request before the call; the audit step
settles it to the actual usage (``kanmon.limits`` explains the two-phase scheme)."""

from __future__ import annotations

from kanmon.errors import PermissionDeniedError
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
        prompt = prompt_bound(body)
        completion = completion_cap(body, self.default) if ex.operation == "chat" else 0
        usd = max(
            (d.price.cost(prompt, completion) for d in ex.candidates if d.price is not None),
            default=0.0,
        )
        ex.reservation = await self.limits.reserve(p, prompt + completion, usd)

"""The policy a running gateway uses, swapped atomically on reload.

Each request pins the ``PolicySteps`` current when its scan step starts; every later step and
its output filter use that same object, so a reload never mixes two policies in one request.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kanmon.gateway._exchange import Exchange
from kanmon.gateway._pipeline import ChunkFilter, InputStep, Pipeline
from kanmon.policy._engine import Policy
from kanmon.policy._steps import PolicySteps
from kanmon.review import ReviewStore

_KEY = "policy_steps"


class PolicyRuntime:
    def __init__(self, policy: Policy, reviews: ReviewStore | None) -> None:
        self.current = PolicySteps(policy, reviews)
        self.reviews = reviews

    @property
    def policy(self) -> Policy:
        return self.current.policy

    def swap(self, policy: Policy) -> tuple[str, str]:
        """Install ``policy`` for requests that start from now on; (old, new) versions."""
        old = self.current.policy.version
        self.current = PolicySteps(policy, self.reviews)  # one reference assignment
        return old, policy.version

    def _pinned(self, ex: Exchange) -> PolicySteps:
        steps: PolicySteps | None = ex.state.get(_KEY)
        return steps if steps is not None else self.current

    def pipeline(self, after_decide: Sequence[InputStep] = ()) -> Pipeline:
        """scan → classify → decide (→ ``after_decide``, e.g. governance approvals, which see
        the decision and the narrowed candidates) before routing; the output scan after."""
        return Pipeline(
            input_steps=(self.scan, self.classify, self.decide, *after_decide),
            output_filters=(self,),
        )

    async def scan(self, ex: Exchange) -> None:
        steps = ex.state[_KEY] = self.current
        await steps.scan(ex)

    async def classify(self, ex: Exchange) -> None:
        await self._pinned(ex).classify(ex)

    async def decide(self, ex: Exchange) -> None:
        await self._pinned(ex).decide(ex)

    def on_response(self, ex: Exchange, body: dict[str, Any]) -> dict[str, Any]:
        steps = self._pinned(ex)
        return steps.on_response(ex, body) if steps.policy.doc.output.scan else body

    def for_stream(self, ex: Exchange) -> ChunkFilter:
        steps = self._pinned(ex)
        return steps.for_stream(ex) if steps.policy.doc.output.scan else _PassThrough()


class _PassThrough:
    def feed(self, chunk: dict[str, Any]) -> list[dict[str, Any]]:
        return [chunk]

    def finish(self) -> list[dict[str, Any]]:
        return []

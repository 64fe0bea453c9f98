"""Per-request cost of the provenance checks on the hot path: the policy's deployment rules
(``Policy.decide`` over three candidates) and the approval step (``Enforcer``), with and
without an end-user id. Run by hand: ``python bench/provenance_bench.py`` (a few seconds).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any


def _best(fn: Any, n: int, rounds: int = 5) -> float:
    """Best-of-``rounds`` microseconds per call (the least disturbed by other load)."""
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        out.append((time.perf_counter() - t) / n * 1e6)
    return min(out)


def policy_decide() -> float:
    from kanmon.catalog import load_catalog
    from kanmon.policy import Facts, Policy, PolicyDoc

    cat = load_catalog()
    rules = [
        {
            "id": "no-cn-for-restricted",
            "when": {"data_class_at_least": "internal", "deployment": {"region_in": ["CN"]}},
            "action": "reroute",
        },
        {
            "id": "no-training",
            "when": {"deployment": {"trains_on_data": True, "retention_days_over": 30}},
            "action": "allow",
        },
    ]
    p = Policy(PolicyDoc.model_validate({"rules": rules, "scanners": []}), catalog=cat)
    deps = [cat.deployments[d] for d in ("deepseek-v4-flash@deepseek-cn", "gpt-5@openai-eu",
                                         "mistral-large-3@mistral-eu")]  # fmt: skip

    def one() -> None:
        p.decide(Facts(data_class="internal", candidates=list(deps)))

    return _best(one, 20_000)


def enforcer(user: bool) -> float:
    from kanmon.catalog import load_catalog
    from kanmon.config import GovernanceSettings
    from kanmon.core import Approval, Principal, deployment_fingerprint
    from kanmon.governance import ApprovalIndex, Enforcer
    from kanmon.request import Exchange

    cat = load_catalog()
    dep = cat.deployments["gpt-5@openai-eu"]
    now = dt.datetime.now(dt.UTC)
    ap = Approval(
        id="apr_1",
        assessment_id="asm_1",
        deployment=dep.id,
        use_case="support",
        fingerprint=deployment_fingerprint(dep, cat.models[dep.model]),
        data_classes=frozenset({"internal"}),
        expires_at=now + dt.timedelta(days=30),
        approved_by="bob",
        approved_at=now,
        flags=frozenset(cat.models[dep.model].flags),
    )
    settings = GovernanceSettings(enforce=True)
    e = Enforcer(ApprovalIndex([ap], cat, settings), settings)
    p = Principal("k", "n", "t", frozenset({"app"}), use_case="support")
    body: dict[str, Any] = {"messages": [], **({"user": "alice@example.com"} if user else {})}
    loop = asyncio.new_event_loop()

    def one() -> None:
        ex = Exchange(endpoint="chat.completions", principal=p, body=body, candidates=[dep])
        loop.run_until_complete(e(ex))

    try:
        return _best(one, 5_000)
    finally:
        loop.close()


def main() -> None:
    print(f"policy.decide, 2 deployment rules x 3 candidates: {policy_decide():.2f} us")
    a, b = enforcer(False), enforcer(True)
    print(f"approval step, no end-user id: {a:.2f} us; with one: {b:.2f} us")


if __name__ == "__main__":
    main()

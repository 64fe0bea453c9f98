"""Cost of the governance step on the hot path: the enforcer deciding one request over a route
of N candidate deployments with M approvals in the index, followed by the human-review step
(which passes: no approval here carries the condition).

Run by hand on a quiet machine (never in CI), from the project root:

    .venv/bin/python bench/governance_check.py --candidates 1,3,8 --approvals 10,1000 --n 200000

Prints microseconds per request for each combination (median of 5 runs), for a key without a
territory and for one with (``--territory``, checked against the licence beside the use
case's). The number to compare is the gateway's own overhead per request
(bench/gateway_peers.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import time

from kanmon.catalog import load_catalog
from kanmon.config import GovernanceSettings
from kanmon.core import Approval, Principal, deployment_fingerprint
from kanmon.governance import ApprovalIndex, Enforcer
from kanmon.request import Exchange
from kanmon.review import HoldStep


def _dep(i: int) -> dict[str, object]:
    return {
        "id": f"bench-{i}",
        "model": "kanmon-sim",
        "provider": "bench",
        "provider_entity": "bench",
        "provider_jurisdiction": "ZZ",
        "processing_region": "LOCAL",
        "base_url": "http://127.0.0.1:9/v1",
        "model_alias": "sim-model",
        "simulated": True,
    }


def run(n_candidates: int, n_approvals: int, n: int, territory: frozenset[str]) -> float:
    catalog = load_catalog((), [_dep(i) for i in range(max(n_candidates, 1))])
    settings = GovernanceSettings(enforce=True)
    now = dt.datetime.now(dt.UTC)
    approvals = []
    for i in range(n_approvals):
        dep = catalog.deployments[f"bench-{i % n_candidates}"]
        approvals.append(
            Approval(
                id=f"apr_{i}",
                assessment_id=f"asm_{i}",
                deployment=dep.id,
                use_case="support" if i < n_candidates else f"uc-{i}",
                fingerprint=deployment_fingerprint(dep, catalog.models[dep.model]),
                data_classes=frozenset({"internal"}),
                expires_at=now + dt.timedelta(days=30),
                approved_by="bench",
                approved_at=now,
            )
        )
    enforcer = Enforcer(ApprovalIndex(approvals, catalog, settings), settings)
    hold = HoldStep(None)  # never queues: no human_review here
    chain = [catalog.deployments[f"bench-{i}"] for i in range(n_candidates)]
    who = Principal("k", "bench", "t", frozenset({"app"}), use_case="support", territory=territory)

    async def loop() -> float:
        t0 = time.perf_counter()
        for _ in range(n):
            ex = Exchange(endpoint="chat.completions", principal=who, model="chat")
            ex.candidates = list(chain)
            await enforcer(ex)
            await hold(ex)
        return (time.perf_counter() - t0) / n * 1e6

    async def base() -> float:
        t0 = time.perf_counter()
        for _ in range(n):
            ex = Exchange(endpoint="chat.completions", principal=who, model="chat")
            ex.candidates = list(chain)
        return (time.perf_counter() - t0) / n * 1e6

    with_step = statistics.median(asyncio.run(loop()) for _ in range(5))
    without = statistics.median(asyncio.run(base()) for _ in range(5))
    return with_step - without


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", default="1,3,8")
    ap.add_argument("--approvals", default="10,1000")
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--territory", default="JP", help="the key's territory, e.g. JP or KR,US")
    args = ap.parse_args()
    where = frozenset(t.strip().upper() for t in args.territory.split(",") if t.strip())
    print("candidates approvals  us/request (governance step only): no key territory | with")
    for c in (int(x) for x in args.candidates.split(",")):
        for a in (int(x) for x in args.approvals.split(",")):
            plain = run(c, max(a, c), args.n, frozenset())
            keyed = run(c, max(a, c), args.n, where)
            print(f"{c:10d} {a:9d}  {plain:.2f} | {keyed:.2f}")


if __name__ == "__main__":
    main()

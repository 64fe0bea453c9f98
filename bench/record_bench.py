"""Cost of building one audit record from a finished exchange (``Exchange.record``), the part of
every request's audit step that runs on the event loop. Run by hand:

    .venv/bin/python bench/record_bench.py [DEPLOYMENT_ID] [--rate CUR=USD_PER_UNIT ...]

The deployment defaults to the catalog's first (priced in USD); a deployment priced in another
currency takes the ``--rate`` given for it (``pricing.rates``), or none (cost unknown).
"""

from __future__ import annotations

import argparse
import time
import timeit

from kanmon.catalog import load_configured
from kanmon.config import KanmonConfig
from kanmon.core.principal import Principal
from kanmon.request import Exchange


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("deployment", nargs="?")
    ap.add_argument("--rate", action="append", default=[], metavar="CUR=USD_PER_UNIT")
    args = ap.parse_args()
    rates = {c: float(r) for c, _, r in (x.partition("=") for x in args.rate)}
    cfg = KanmonConfig.model_validate(
        {"pricing": {"rates": rates, "as_of": "2026-11-30"}} if rates else {}
    )
    catalog = load_configured(cfg, None)
    ex = Exchange(endpoint="chat.completions")
    ex.principal = Principal("k1", "bench", "team", frozenset({"app"}))
    ex.deployment = (
        catalog.deployments[args.deployment]
        if args.deployment
        else next(iter(catalog.deployments.values()))
    )
    ex.model, ex.status, ex.body = "m", 200, {"messages": []}
    ex.prompt_tokens, ex.completion_tokens = 500, 300
    ex.reasons, ex.findings_in = ["a reason"], {"EMAIL": 1}
    n = 20_000
    best = min(timeit.repeat(ex.record, number=n, repeat=7, timer=time.process_time)) / n
    print(f"Exchange.record ({ex.deployment.id}): {best * 1e6:.2f} µs CPU (best of 7 × {n:,})")


if __name__ == "__main__":
    main()

"""Cost of building one audit record from a finished exchange (``Exchange.record``), the part of
every request's audit step that runs on the event loop. Run by hand:

    .venv/bin/python bench/record_bench.py
"""

from __future__ import annotations

import timeit

from kanmon.catalog import load_configured
from kanmon.config import KanmonConfig
from kanmon.core.principal import Principal
from kanmon.request import Exchange


def main() -> None:
    catalog = load_configured(KanmonConfig(), None)
    ex = Exchange(endpoint="chat.completions")
    ex.principal = Principal("k1", "bench", "team", frozenset({"app"}))
    ex.deployment = next(iter(catalog.deployments.values()))
    ex.model, ex.status, ex.body = "m", 200, {"messages": []}
    ex.reasons, ex.findings_in = ["a reason"], {"EMAIL": 1}
    n = 20_000
    best = min(timeit.repeat(ex.record, number=n, repeat=7)) / n
    print(f"Exchange.record: {best * 1e6:.2f} µs (best of 7 × {n:,})")


if __name__ == "__main__":
    main()

"""Requests the cost counter leaves out: a deployment with no price, or priced in a currency
without a rate in ``pricing.rates``, has an unknown cost, which is neither counted as zero nor
added unconverted. ``kanmon_cost_unknown_requests_total`` counts them per deployment, and the
flush that moves them into it logs each such deployment once per interval, so a cost total that
looks low says why."""

from __future__ import annotations

import logging

from kanmon.core.catalog import Deployment
from kanmon.ratelog import Throttle

log = logging.getLogger("kanmon.metrics")
_SKIPS = Throttle(log, interval_s=600.0)


def cost_unknown(dep: Deployment) -> None:
    if dep.price is None:
        _SKIPS.warning(
            f"cost_unknown:{dep.id}",
            "kanmon_cost_usd_total leaves out requests served by %s: it has no price in the "
            "catalog, so their cost is unknown (counted in kanmon_cost_unknown_requests_total)",
            dep.id,
        )
        return
    currency = dep.price.currency
    _SKIPS.warning(
        f"cost_unknown:{dep.id}",
        "kanmon_cost_usd_total leaves out requests served by %s: priced in %s and "
        "kanmon.yaml's pricing.rates has no %s rate, so their cost is unknown (counted in "
        "kanmon_cost_unknown_requests_total)",
        dep.id,
        currency,
        currency,
    )

"""Total cost of ownership: token-priced API deployments from the catalog against a self-hosted
deployment priced by GPU hours at a measured throughput.

API cost per request = input tokens at the input price (the ``cached_share`` of them at the
cached-input price, where the catalog has one) + output tokens at the output price, with the
``off_peak_share`` of requests at the off-peak prices (DeepSeek bills half outside Beijing
office hours), plus a fixed monthly cost (a platform fee, a committed spend).

Self-hosted cost per month = GPU hours × price + fixed monthly costs (people, storage,
licences), where one replica serves ``throughput_tps × utilisation`` output tokens per second
(the throughput measured by an eval run against that deployment, or given). Always-on replicas
run 730 h a month; ``always_on=False`` bills only the hours the workload needs (autoscaling to
zero). ``reserved_replicas`` are paid at ``reserved_price_per_hour`` for every hour of the month
whether busy or not (committed-use capacity); the rest at the on-demand price.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from kanmon.core.catalog import REPORTING_CURRENCY, Deployment, Price
from kanmon.errors import EvalError

HOURS_PER_MONTH = 730.0


def _amount(what: str, value: float, *, positive: bool = False) -> None:
    """``value`` a finite number, at least 0 (above 0 if ``positive``): NaN and infinities
    are not amounts, and would come out of the sums here as costs nobody can read."""
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        bound = "more than 0" if positive else "at least 0"
        raise EvalError(f"{what} must be a finite number {bound} (got {value})")


@dataclass(frozen=True, slots=True)
class Workload:
    requests_per_month: float
    prompt_tokens: float  # average per request
    completion_tokens: float  # average per request
    #: Share of input tokens served from the provider's prompt cache.
    cached_share: float = 0.0
    #: Share of requests sent in the provider's off-peak hours.
    off_peak_share: float = 0.0

    def __post_init__(self) -> None:
        _amount("requests per month", self.requests_per_month)
        _amount("prompt tokens per request", self.prompt_tokens)
        _amount("completion tokens per request", self.completion_tokens)
        if not (0 <= self.cached_share <= 1 and 0 <= self.off_peak_share <= 1):
            raise EvalError("cached and off-peak shares must be between 0 and 1")

    @property
    def output_tokens(self) -> float:
        return self.requests_per_month * self.completion_tokens

    def scaled(self, requests_per_month: float) -> Workload:
        return Workload(
            requests_per_month,
            self.prompt_tokens,
            self.completion_tokens,
            self.cached_share,
            self.off_peak_share,
        )


@dataclass(frozen=True, slots=True)
class SelfHosted:
    gpu_price_per_hour: float
    throughput_tps: float  # output tokens per second of one replica at the eval's concurrency
    gpus_per_replica: int = 1
    utilisation: float = 0.6
    always_on: bool = True
    fixed_monthly: float = 0.0
    reserved_replicas: int = 0
    reserved_price_per_hour: float | None = None  # per GPU; None: the on-demand price

    def __post_init__(self) -> None:
        _amount("the GPU price per hour", self.gpu_price_per_hour)
        _amount("self-hosted throughput (tokens/s)", self.throughput_tps, positive=True)
        if not 0 < self.utilisation <= 1:
            raise EvalError("utilisation must be more than 0 and at most 1")
        _amount("GPUs per replica", self.gpus_per_replica, positive=True)
        _amount("reserved replicas", self.reserved_replicas)
        _amount("the self-hosted fixed monthly cost", self.fixed_monthly)
        if self.reserved_price_per_hour is not None:
            _amount("the reserved GPU price per hour", self.reserved_price_per_hour)

    @property
    def replica_tokens_per_hour(self) -> float:
        return self.throughput_tps * self.utilisation * 3600


@dataclass(frozen=True, slots=True)
class CostLine:
    name: str
    kind: str  # "api" | "self-hosted"
    monthly_usd: float
    per_1k_requests_usd: float
    detail: str
    #: USD, or the price's own currency when kanmon.yaml's pricing.rates has no rate for it:
    #: then the amounts are in that currency and compare with no other line.
    currency: str = REPORTING_CURRENCY

    def amount(self, value: float, digits: int = 2) -> str:
        """``value`` (one of this line's amounts) as shown, its currency named unless USD."""
        text = f"{value:,.{digits}f}"
        return text if self.currency == REPORTING_CURRENCY else f"{text} {self.currency}"


def _per_request(p: Price, w: Workload) -> float:
    cached_price = p.cached_input_per_mtok if p.cached_input_per_mtok is not None else None
    share = w.cached_share if cached_price is not None else 0.0

    def at(inp: float, out: float, cached: float | None) -> float:
        fresh = w.prompt_tokens * (1 - share) * inp
        hits = w.prompt_tokens * share * (cached if cached is not None else inp)
        return (fresh + hits + w.completion_tokens * out) / 1_000_000

    peak = at(p.input_per_mtok, p.output_per_mtok, cached_price)
    if w.off_peak_share and p.off_peak_input_per_mtok is not None:
        ratio = p.off_peak_input_per_mtok / p.input_per_mtok if p.input_per_mtok else 1.0
        off = at(
            p.off_peak_input_per_mtok,
            p.off_peak_output_per_mtok
            if p.off_peak_output_per_mtok is not None
            else p.output_per_mtok,
            cached_price * ratio if cached_price is not None else None,
        )
        return peak * (1 - w.off_peak_share) + off * w.off_peak_share
    return peak


def api_cost(dep: Deployment, w: Workload, fixed_monthly: float = 0.0) -> CostLine:
    p = dep.price
    if p is None:
        raise EvalError(f"deployment {dep.id} has no price in the catalog")
    per_request = _per_request(p, w)
    detail = f"{p.input_per_mtok:g}/{p.output_per_mtok:g} {p.currency} per Mtok (as of {p.as_of})"
    currency = REPORTING_CURRENCY
    if p.to_usd is not None:
        per_request *= p.to_usd.usd_per_unit
        detail += f", at {p.to_usd.usd_per_unit:g} USD/{p.currency} (rate as of {p.to_usd.as_of})"
    elif p.currency != REPORTING_CURRENCY:  # no rate: shown in its own currency, never guessed
        currency = p.currency
        detail += f", in {p.currency}: no rate in pricing.rates"
        if fixed_monthly:
            detail += f" (the {fixed_monthly:,.0f} USD fixed not added)"
        fixed_monthly = 0.0
    monthly = per_request * w.requests_per_month + fixed_monthly
    if w.cached_share and p.cached_input_per_mtok is not None:
        detail += f", {w.cached_share:.0%} of input cached at {p.cached_input_per_mtok:g}"
    if w.off_peak_share and p.off_peak_input_per_mtok is not None:
        detail += f", {w.off_peak_share:.0%} off-peak at {p.off_peak_input_per_mtok:g}/" + (
            f"{p.off_peak_output_per_mtok:g}" if p.off_peak_output_per_mtok is not None else "-"
        )
    if fixed_monthly:
        detail += f" + {fixed_monthly:,.0f} fixed"
    per_1k = monthly / w.requests_per_month * 1000 if w.requests_per_month else 0.0
    return CostLine(dep.id, "api", monthly, per_1k, detail, currency)


def self_hosted_cost(sh: SelfHosted, w: Workload, name: str = "self-hosted") -> CostLine:
    busy_hours = w.output_tokens / sh.replica_tokens_per_hour
    reserved_price = (
        sh.reserved_price_per_hour
        if sh.reserved_price_per_hour is not None
        else sh.gpu_price_per_hour
    )
    reserved_hours = sh.reserved_replicas * HOURS_PER_MONTH
    if sh.always_on:
        replicas = max(1, math.ceil(busy_hours / HOURS_PER_MONTH), sh.reserved_replicas)
        on_demand_hours = (replicas - sh.reserved_replicas) * HOURS_PER_MONTH
        detail = f"{replicas} replica(s) always on"
    else:
        on_demand_hours = max(0.0, busy_hours - reserved_hours)
        detail = f"{busy_hours:.1f} replica-hours"
    if sh.reserved_replicas:
        detail += f", {sh.reserved_replicas} reserved at {reserved_price:g} USD/h"
    gpus = sh.gpus_per_replica
    monthly = (
        on_demand_hours * gpus * sh.gpu_price_per_hour
        + reserved_hours * gpus * reserved_price
        + sh.fixed_monthly
    )
    per_1k = monthly / w.requests_per_month * 1000 if w.requests_per_month else 0.0
    detail += (
        f" × {gpus} GPU × {sh.gpu_price_per_hour:g} USD/h at {sh.throughput_tps:g} tok/s, "
        f"{sh.utilisation:.0%} utilisation"
    )
    if sh.fixed_monthly:
        detail += f" + {sh.fixed_monthly:,.0f} fixed"
    return CostLine(name, "self-hosted", monthly, per_1k, detail)


def capacity(sh: SelfHosted, w: Workload) -> float:
    """Requests a month one replica can serve at this workload's output length."""
    return sh.replica_tokens_per_hour * HOURS_PER_MONTH / max(w.completion_tokens, 1e-9)


def breakeven_requests(
    dep: Deployment, sh: SelfHosted, w: Workload, api_fixed_monthly: float = 0.0
) -> float | None:
    """The smallest monthly request volume at which the self-hosted deployment costs less than
    ``dep`` (looking up to 100 replicas' worth of traffic), or None when it never does there.
    Self-hosting is a staircase (a replica at a time) and the API a straight line, so they may
    cross more than once; this is the first crossing. None too when ``dep``'s cost has no
    USD value (its currency has no rate in pricing.rates)."""
    if dep.price is None or not dep.price.usd_known:
        return None

    def cheaper(n: float) -> bool:
        x = w.scaled(n)
        return self_hosted_cost(sh, x).monthly_usd < api_cost(dep, x, api_fixed_monthly).monthly_usd

    limit = capacity(sh, w) * 100
    steps = 600
    prev = 1.0
    for i in range(1, steps + 1):
        n = float(limit ** (i / steps))  # a geometric grid from 1 request to the limit
        if cheaper(n):
            lo, hi = prev, n
            for _ in range(60):
                mid = (lo + hi) / 2
                lo, hi = (lo, mid) if cheaper(mid) else (mid, hi)
            return hi
        prev = n
    return None


def compare_costs(
    deployments: Iterable[Deployment],
    w: Workload,
    sh: SelfHosted | None,
    api_fixed_monthly: float = 0.0,
) -> list[CostLine]:
    _amount("the API fixed monthly cost", api_fixed_monthly)
    lines = [api_cost(d, w, api_fixed_monthly) for d in deployments if d.price is not None]
    if sh is not None:
        lines.append(self_hosted_cost(sh, w))
    # lines in another currency (no rate) follow the USD ones: they compare with none of them
    return sorted(lines, key=lambda c: (c.currency != REPORTING_CURRENCY, c.monthly_usd))

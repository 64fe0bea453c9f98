"""Total cost of ownership: token-priced API deployments from the catalog against a self-hosted
deployment priced by GPU hours at a measured throughput.

Self-hosted cost per month = replicas × GPUs per replica × GPU price per hour × hours on, where
one replica serves ``throughput_tps × utilisation`` output tokens per second (the throughput
measured by an eval run against that deployment, or given). Always-on replicas run 730 h a month;
``always_on=False`` bills only the hours the workload needs (autoscaling to zero).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from kanmon.core.catalog import Deployment
from kanmon.errors import EvalError

HOURS_PER_MONTH = 730.0


@dataclass(frozen=True, slots=True)
class Workload:
    requests_per_month: float
    prompt_tokens: float  # average per request
    completion_tokens: float  # average per request

    @property
    def output_tokens(self) -> float:
        return self.requests_per_month * self.completion_tokens


@dataclass(frozen=True, slots=True)
class SelfHosted:
    gpu_price_per_hour: float
    throughput_tps: float  # output tokens per second of one replica at the eval's concurrency
    gpus_per_replica: int = 1
    utilisation: float = 0.6
    always_on: bool = True
    fixed_monthly: float = 0.0

    def __post_init__(self) -> None:
        if self.throughput_tps <= 0 or not 0 < self.utilisation <= 1:
            raise EvalError("self-hosted throughput must be > 0 and utilisation in (0, 1]")


@dataclass(frozen=True, slots=True)
class CostLine:
    name: str
    kind: str  # "api" | "self-hosted"
    monthly_usd: float
    per_1k_requests_usd: float
    detail: str


def api_cost(dep: Deployment, w: Workload) -> CostLine:
    if dep.price is None:
        raise EvalError(f"deployment {dep.id} has no price in the catalog")
    per_request = (
        w.prompt_tokens * dep.price.input_per_mtok + w.completion_tokens * dep.price.output_per_mtok
    ) / 1_000_000
    monthly = per_request * w.requests_per_month
    return CostLine(
        dep.id,
        "api",
        monthly,
        per_request * 1000,
        f"{dep.price.input_per_mtok:g}/{dep.price.output_per_mtok:g} {dep.price.currency} per Mtok "
        f"(as of {dep.price.as_of})",
    )


def self_hosted_cost(sh: SelfHosted, w: Workload, name: str = "self-hosted") -> CostLine:
    busy_hours = w.output_tokens / (sh.throughput_tps * sh.utilisation * 3600)
    if sh.always_on:
        replicas = max(1, math.ceil(busy_hours / HOURS_PER_MONTH))
        hours = replicas * HOURS_PER_MONTH
        detail = f"{replicas} replica(s) always on"
    else:
        hours = busy_hours
        detail = f"{busy_hours:.1f} replica-hours"
    monthly = hours * sh.gpus_per_replica * sh.gpu_price_per_hour + sh.fixed_monthly
    per_1k = monthly / w.requests_per_month * 1000 if w.requests_per_month else 0.0
    detail += (
        f" × {sh.gpus_per_replica} GPU × {sh.gpu_price_per_hour:g} USD/h at "
        f"{sh.throughput_tps:g} tok/s, {sh.utilisation:.0%} utilisation"
    )
    return CostLine(name, "self-hosted", monthly, per_1k, detail)


def breakeven_requests(dep: Deployment, sh: SelfHosted, w: Workload) -> float | None:
    """Requests per month above which one always-on self-hosted replica is cheaper than ``dep``
    (None when the replica could not serve that many, or the API is free)."""
    per_request = api_cost(dep, Workload(1, w.prompt_tokens, w.completion_tokens)).monthly_usd
    if per_request <= 0:
        return None
    fixed = HOURS_PER_MONTH * sh.gpus_per_replica * sh.gpu_price_per_hour + sh.fixed_monthly
    n = fixed / per_request
    capacity = (
        sh.throughput_tps * sh.utilisation * 3600 * HOURS_PER_MONTH / max(w.completion_tokens, 1e-9)
    )
    return n if n <= capacity else None


def compare_costs(
    deployments: Iterable[Deployment], w: Workload, sh: SelfHosted | None
) -> list[CostLine]:
    lines = [api_cost(d, w) for d in deployments if d.price is not None]
    if sh is not None:
        lines.append(self_hosted_cost(sh, w))
    return sorted(lines, key=lambda c: c.monthly_usd)

"""One call for the common case: run suites against models through a gateway."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from kanmon.evals._client import GatewayClient
from kanmon.evals._runner import ModelInfo, Progress, Runner, RunOptions, RunResult
from kanmon.evals._store import EvalStore
from kanmon.evals._suite import Suite


async def run_suites_async(
    store: EvalStore,
    base_url: str,
    api_key: str,
    run_id: str,
    suites: Sequence[Suite],
    models: Sequence[ModelInfo],
    opts: RunOptions | None = None,
    progress: Progress | None = None,
) -> RunResult:
    opts = opts or RunOptions()
    pool = max(16, opts.concurrency * len(models) * 2)
    async with GatewayClient(
        base_url,
        api_key,
        retries=opts.retries,
        timeout_s=opts.timeout_s,
        backoff_s=opts.backoff_s,
        pool=pool,
    ) as client:
        return await Runner(store, client, opts).run(run_id, suites, models, progress)


def run_suites(
    store: EvalStore,
    base_url: str,
    api_key: str,
    run_id: str,
    suites: Sequence[Suite],
    models: Sequence[ModelInfo],
    opts: RunOptions | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Blocking form of :func:`run_suites_async` (for the CLI and scripts)."""
    return asyncio.run(
        run_suites_async(store, base_url, api_key, run_id, suites, models, opts, progress)
    )

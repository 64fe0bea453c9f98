"""The runner: every (suite, model, item) through the gateway, scored, persisted as it finishes.

- bounded concurrency per model (one semaphore each), retries in the client;
- identical calls cached, keyed by model + deployment fingerprint + request body hash;
- resume: finished items are persisted in batches; a rerun of the same run id skips them;
- paraphrase groups (group scorers such as ``consistency``) run and persist as one unit.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kanmon.core.catalog import REPORTING_CURRENCY, Price
from kanmon.errors import EvalError
from kanmon.evals._dataset import Item, canonical, sha256
from kanmon.evals._gateway_client import CallResult, GatewayClient
from kanmon.evals._sandbox import require_sandbox
from kanmon.evals._scorers import (
    AnyScorer,
    Completion,
    GroupScorer,
    Score,
    ScoreContext,
    Scorer,
    ToolCallScorer,
    get_scorer,
)
from kanmon.evals._store import EvalStore
from kanmon.evals._suite import Suite
from kanmon.evals._summary import summarise

SPEC_VERSION = 1
log = logging.getLogger("kanmon.evals")


class Progress(Protocol):
    def start(self, model: str, total: int, done: int) -> None: ...

    def advance(self, model: str, n: int) -> None: ...


@dataclass(frozen=True, slots=True)
class RunOptions:
    concurrency: int = 8
    retries: int = 2
    backoff_s: float = 0.2
    cache: bool = True
    temperature: float = 0.0
    max_tokens: int | None = 512
    timeout_s: float = 120.0
    judge_model: str | None = None
    flush_every: int = 32
    #: Run generated code in the weak sandbox when no OS-level one is available.
    allow_weak_sandbox: bool = False


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What the runner knows of a model name: its deployments, their fingerprints and prices."""

    name: str
    deployments: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    prices: Mapping[str, Price] = field(default_factory=dict)

    def spec(self) -> dict[str, Any]:
        return {"deployments": list(self.deployments), "fingerprints": list(self.fingerprints)}


@dataclass(frozen=True, slots=True)
class RunResult:
    run_id: str
    content_hash: str
    spec_hash: str
    resumed: bool
    skipped: int
    executed: int
    summary: dict[str, Any]


def build_spec(
    suites: Sequence[Suite], models: Sequence[ModelInfo], opts: RunOptions
) -> dict[str, Any]:
    return {
        "version": SPEC_VERSION,
        "suites": [s.spec() for s in suites],
        "models": {m.name: m.spec() for m in models},
        "params": {"temperature": opts.temperature, "max_tokens": opts.max_tokens},
        "judge": opts.judge_model,
    }


def units(suite: Suite) -> list[list[Item]]:
    """Items grouped into units of work: a paraphrase group for group scorers, else one item."""
    out: list[list[Item]] = []
    groups: dict[str, list[Item]] = {}
    for item in suite.dataset.items:
        name = item.scorer or suite.scorer
        if item.group and isinstance(get_scorer(name), GroupScorer):
            if item.group not in groups:
                groups[item.group] = []
                out.append(groups[item.group])
            groups[item.group].append(item)
        else:
            out.append([item])
    return out


class Runner:
    def __init__(self, store: EvalStore, client: GatewayClient, opts: RunOptions) -> None:
        self.store = store
        self.client = client
        self.opts = opts
        self._pending: list[dict[str, Any]] = []
        self._cache_new: list[tuple[str, dict[str, Any]]] = []
        self._last_flush = time.monotonic()
        self._flush_lock = asyncio.Lock()

    async def run(
        self,
        run_id: str,
        suites: Sequence[Suite],
        models: Sequence[ModelInfo],
        progress: Progress | None = None,
    ) -> RunResult:
        for s in suites:
            for i in s.dataset.items:
                if (i.scorer or s.scorer) == "judge" and not (
                    i.expect.get("judge") or self.opts.judge_model
                ):
                    raise EvalError(f"suite {s.name}: item {i.id} is model-graded: pass --judge")
        if any(
            getattr(get_scorer(i.scorer or s.scorer), "runs_code", False)
            for s in suites
            for i in s.dataset.items
        ):
            # before any call: refused here, not after the model answered every item
            await asyncio.to_thread(require_sandbox, self.opts.allow_weak_sandbox)
        spec = build_spec(suites, models, self.opts)
        info, resumed = await asyncio.to_thread(self.store.begin_run, run_id, spec)
        done = await asyncio.to_thread(self.store.done, run_id)
        todo: dict[str, list[tuple[Suite, list[Item]]]] = defaultdict(list)
        skipped = 0
        resumed_models: set[str] = set()
        for m in models:
            total = finished = 0
            for s in suites:
                for unit in units(s):
                    total += len(unit)
                    if all((s.name, m.name, i.id) in done for i in unit):
                        finished += len(unit)
                    else:
                        todo[m.name].append((s, unit))
            skipped += finished
            if finished:
                resumed_models.add(m.name)
            if progress is not None:
                progress.start(m.name, total, finished)
        executed = 0
        walls: dict[str, float] = {}
        try:

            async def one_model(m: ModelInfo) -> None:
                nonlocal executed
                sem = asyncio.Semaphore(self.opts.concurrency)
                t0 = time.perf_counter()

                async def one_unit(s: Suite, unit: list[Item]) -> None:
                    nonlocal executed
                    async with sem:
                        rows = await self._unit(s, unit, m, done)
                    self._pending.extend(rows)
                    executed += len(rows)
                    if progress is not None:
                        progress.advance(m.name, len(unit))
                    await self._maybe_flush(run_id)

                await asyncio.gather(*(one_unit(s, u) for s, u in todo[m.name]))
                # Throughput is only meaningful when this session ran every item of the model.
                if m.name not in resumed_models:
                    walls[m.name] = time.perf_counter() - t0

            await asyncio.gather(*(one_model(m) for m in models))
        except BaseException:
            # Interrupted (Ctrl-C, cancellation, a failure): keep what finished, so a rerun of
            # the same run id resumes. Synchronous on purpose: the loop may be shutting down.
            self._flush_sync(run_id)
            self.store.mark(run_id, "interrupted")
            raise
        await self._flush(run_id)
        items = await asyncio.to_thread(self.store.items, run_id)
        summary = summarise(items, suites, walls)
        digest = await asyncio.to_thread(self.store.finish_run, run_id, summary)
        return RunResult(run_id, digest, info.spec_hash, resumed, skipped, executed, summary)

    async def _maybe_flush(self, run_id: str) -> None:
        if len(self._pending) >= self.opts.flush_every or time.monotonic() - self._last_flush > 0.5:
            await self._flush(run_id)

    def _flush_sync(self, run_id: str) -> None:
        rows, self._pending = self._pending, []
        cache, self._cache_new = self._cache_new, []
        self.store.save_items(run_id, rows)
        self.store.cache_put(cache)

    async def _flush(self, run_id: str) -> None:
        async with self._flush_lock:
            rows, self._pending = self._pending, []
            cache, self._cache_new = self._cache_new, []
            self._last_flush = time.monotonic()
            if rows:
                await asyncio.to_thread(self.store.save_items, run_id, rows)
            if cache:
                await asyncio.to_thread(self.store.cache_put, cache)

    # -- one unit ------------------------------------------------------------------------------

    def _body(self, suite: Suite, item: Item, model: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": model,
            "messages": suite.template.messages(item),
            "temperature": self.opts.temperature,
        }
        max_tokens = suite.max_tokens or self.opts.max_tokens
        if max_tokens:
            body["max_tokens"] = max_tokens
        if item.tools:
            body["tools"] = item.chat_tools()
        return body

    async def call(self, m: ModelInfo, body: dict[str, Any]) -> tuple[CallResult, bool]:
        key = sha256(canonical({"model": m.name, "fp": list(m.fingerprints), "body": body}))
        if self.opts.cache:
            hit = await asyncio.to_thread(self.store.cache_get, key)
            if hit is not None:
                return CallResult.from_cache(hit), True
        result = await self.client.chat(body)
        if self.opts.cache and result.status == "ok":
            self._cache_new.append((key, result.to_cache()))
        return result, False

    async def complete(self, model: str, messages: list[dict[str, str]]) -> Completion:
        """For model-graded scorers: a judge call, through the same gateway."""
        body = {"model": model, "messages": messages, "temperature": 0.0}
        r = await self.client.chat(body)
        return Completion(r.text, r.deployment, r.request_id, r.status)

    async def _unit(
        self, suite: Suite, unit: list[Item], m: ModelInfo, done: set[tuple[str, str, str]]
    ) -> list[dict[str, Any]]:
        calls = await asyncio.gather(*(self.call(m, self._body(suite, i, m.name)) for i in unit))
        ctx = ScoreContext(
            model=m.name,
            complete=self.complete,
            judge_model=self.opts.judge_model,
            allow_weak_sandbox=self.opts.allow_weak_sandbox,
        )
        scorer = get_scorer(unit[0].scorer or suite.scorer)
        scores: list[Score]
        if isinstance(scorer, GroupScorer):
            scores = scorer.score_group(unit, [c.text for c, _ in calls])
        else:
            scores = [
                await self._score(scorer, i, c, ctx) for i, (c, _) in zip(unit, calls, strict=True)
            ]
        rows = []
        for item, (res, cached), score in zip(unit, calls, scores, strict=True):
            if (suite.name, m.name, item.id) in done:
                continue
            price = m.prices.get(res.deployment or "")
            cost, native = _cost(price, res.prompt_tokens, res.completion_tokens)
            if not res.deployment:
                cost = 0.0  # no deployment served the call: nothing to pay
            rows.append(
                {
                    "suite": suite.name,
                    "model": m.name,
                    "item_id": item.id,
                    "deployment": res.deployment,
                    "request_id": res.request_id,
                    "status": res.status,
                    "score": round(score.value, 6),
                    "passed": score.passed,
                    "lang": item.lang,
                    "latency_ms": res.latency_ms,
                    "prompt_tokens": res.prompt_tokens,
                    "completion_tokens": res.completion_tokens,
                    "cost_usd": None if cost is None else round(cost, 10),
                    "cached": cached,
                    "output": res.text,
                    "detail": {
                        "explanation": score.explanation,
                        **score.detail,
                        **({"error": res.error} if res.error else {}),
                        **({"cost_native": native} if native else {}),
                        **(
                            {"cost_unknown": "no price"} if res.deployment and price is None else {}
                        ),
                        "attempts": res.attempts,
                    },
                }
            )
        return rows

    async def _score(
        self, scorer: AnyScorer, item: Item, res: CallResult, ctx: ScoreContext
    ) -> Score:
        if res.status == "error":
            return Score(0.0, False, f"call failed: {res.error}")
        if res.status == "blocked":
            # The gateway's policy refused the request: that is a refusal by the system.
            refused = Score(1.0, True, f"blocked by gateway policy: {res.error}")
            if scorer.name == "refusal" and item.expect.get("refuse", True):
                return refused
            if getattr(scorer, "blocked_passes", False):  # e.g. a forbidden tool refused
                return refused
            return Score(0.0, False, f"blocked by gateway policy: {res.error}")
        try:
            if isinstance(scorer, ToolCallScorer):
                return await scorer.score_calls(item, res.text, res.tool_calls, ctx)
            assert isinstance(scorer, Scorer)
            return await scorer.score(item, res.text, ctx)
        except EvalError:
            raise  # the suite itself is wrong: stop, with the item named
        except Exception as e:  # a scorer plugin's bug must not end a long run
            log.warning("scorer %s failed on item %s", scorer.name, item.id, exc_info=e)
            return Score(0.0, False, f"scorer {scorer.name} failed: {type(e).__name__}: {e}")


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


def _cost(price: Price | None, prompt: int, completion: int) -> tuple[float | None, dict[str, Any]]:
    """An item's cost in USD, and for a price in another currency its amount there with the
    rate used. The USD cost is None (unknown, NULL in the row) for a price in a currency without
    a rate in pricing.rates (``usd_per_unit`` None; the detail keeps the amount in the price's
    currency) and for a deployment with no price (``cost_unknown`` in the detail)."""
    if price is None:
        return None, {}
    usd = price.usd_cost(prompt, completion)
    if price.currency == REPORTING_CURRENCY:
        return usd, {}
    rate = price.to_usd
    native = {
        "amount": round(price.cost(prompt, completion), 10),
        "currency": price.currency,
        "usd_per_unit": None if rate is None else rate.usd_per_unit,
        "rate_as_of": None if rate is None else rate.as_of.isoformat(),
    }
    return usd, native

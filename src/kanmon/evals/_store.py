"""Persistence of datasets, runs, per-item results and the call cache (tables in
``store/_tables_evals.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from kanmon.errors import EvalError
from kanmon.evals._dataset import Dataset, Item, canonical, sha256
from kanmon.store import Database, eval_cache, eval_datasets, eval_items, eval_runs

ITEM_FIELDS = (
    "suite",
    "model",
    "item_id",
    "deployment",
    "request_id",
    "status",
    "score",
    "passed",
    "lang",
    "latency_ms",
    "prompt_tokens",
    "completion_tokens",
    "cost_usd",
    "cached",
    "output",
    "detail",
)


def detail_says_cost_unknown(detail: object) -> bool:
    """The runner's note on an unknown cost: ``cost_unknown`` (no price), or ``cost_native``
    with no USD rate."""
    if not isinstance(detail, Mapping):
        return False
    native = detail.get("cost_native")
    no_rate = isinstance(native, Mapping) and native.get("usd_per_unit") is None
    return no_rate or bool(detail.get("cost_unknown"))


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    name: str
    version: str
    kind: str
    n_items: int
    source: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: str
    status: str
    created_at: str
    finished_at: str | None
    spec: dict[str, Any]
    spec_hash: str
    content_hash: str | None
    summary: dict[str, Any] | None


def content_hash(spec_hash: str, items: Iterable[dict[str, Any]]) -> str:
    """SHA-256 over the spec hash and every item result in a fixed order: the value a
    governance record cites next to the run id."""
    rows = sorted(
        (_hashed(r) for r in items),
        key=lambda r: (r["suite"], r["model"], r["item_id"]),
    )
    return sha256(canonical({"spec_hash": spec_hash, "items": rows}))


def _hashed(row: dict[str, Any]) -> dict[str, Any]:
    """The fields a content hash covers. An unknown cost is hashed as the 0 that rows held
    before migration 0012 made it NULL, so a run finished earlier keeps its hash (and its
    citations); the detail, hashed too, still says the cost is unknown."""
    out = {k: row[k] for k in ITEM_FIELDS}
    if out["cost_usd"] is None and detail_says_cost_unknown(out["detail"]):
        out["cost_usd"] = 0.0
    return out


class EvalStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- datasets ----------------------------------------------------------------------------

    def add_dataset(self, ds: Dataset) -> DatasetInfo:
        row = {
            "name": ds.name,
            "version": ds.version,
            "kind": ds.kind,
            "n_items": len(ds.items),
            "source": ds.source,
            "created_at": now(),
            "content": ds.to_jsonl(),
        }
        try:
            with self.db.engine.begin() as conn:
                conn.execute(eval_datasets.insert().values(**row))
        except IntegrityError:
            pass  # the same version is already stored: adding is idempotent
        found = self.dataset_info(ds.name, ds.version)
        assert found is not None
        return found

    def datasets(self, name: str | None = None) -> list[DatasetInfo]:
        cols = [c for c in eval_datasets.c if c.name != "content"]
        q = select(*cols).order_by(eval_datasets.c.name, eval_datasets.c.created_at)
        if name is not None:
            q = q.where(eval_datasets.c.name == name)
        with self.db.engine.connect() as conn:
            return [DatasetInfo(**dict(r._mapping)) for r in conn.execute(q)]

    def dataset_info(self, name: str, version: str | None = None) -> DatasetInfo | None:
        found = [d for d in self.datasets(name) if version is None or d.version.startswith(version)]
        return found[-1] if found else None

    def load_dataset(self, name: str, version: str | None = None) -> Dataset:
        info = self.dataset_info(name, version)
        if info is None:
            raise EvalError(f"no dataset {name!r}" + (f" at version {version}" if version else ""))
        q = select(eval_datasets.c.content).where(
            eval_datasets.c.name == name, eval_datasets.c.version == info.version
        )
        with self.db.engine.connect() as conn:
            text = conn.execute(q).scalar_one()
        items = [Item.model_validate(orjson.loads(x)) for x in text.splitlines() if x.strip()]
        return Dataset(name=name, items=tuple(items), kind=info.kind, source=info.source)

    # -- runs --------------------------------------------------------------------------------

    def begin_run(self, run_id: str, spec: dict[str, Any]) -> tuple[RunInfo, bool]:
        """Create the run, or return the existing one to resume. A resumed run must have the
        same spec (datasets, templates, models, deployments, parameters)."""
        spec_hash = sha256(canonical(spec))
        existing = self.run(run_id)
        if existing is not None:
            if existing.spec_hash != spec_hash:
                raise EvalError(
                    f"run {run_id!r} exists with a different spec (datasets, templates, models "
                    "or parameters changed); use a new run id"
                )
            with self.db.engine.begin() as conn:
                conn.execute(
                    update(eval_runs).where(eval_runs.c.id == run_id).values(status="running")
                )
            return existing, True
        with self.db.engine.begin() as conn:
            conn.execute(
                eval_runs.insert().values(
                    id=run_id, status="running", created_at=now(), spec=spec, spec_hash=spec_hash
                )
            )
        info = self.run(run_id)
        assert info is not None
        return info, False

    def finish_run(self, run_id: str, summary: dict[str, Any], status: str = "finished") -> str:
        run = self.run(run_id)
        if run is None:
            raise EvalError(f"no run {run_id!r}")
        digest = content_hash(run.spec_hash, self.items(run_id))
        with self.db.engine.begin() as conn:
            conn.execute(
                update(eval_runs)
                .where(eval_runs.c.id == run_id)
                .values(status=status, finished_at=now(), summary=summary, content_hash=digest)
            )
        return digest

    def mark(self, run_id: str, status: str) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(update(eval_runs).where(eval_runs.c.id == run_id).values(status=status))

    def run(self, run_id: str) -> RunInfo | None:
        with self.db.engine.connect() as conn:
            r = conn.execute(select(eval_runs).where(eval_runs.c.id == run_id)).first()
        return RunInfo(**dict(r._mapping)) if r is not None else None

    def runs(self, limit: int = 50) -> list[RunInfo]:
        q = select(eval_runs).order_by(eval_runs.c.created_at.desc()).limit(limit)
        with self.db.engine.connect() as conn:
            return [RunInfo(**dict(r._mapping)) for r in conn.execute(q)]

    def delete_run(self, run_id: str) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(delete(eval_items).where(eval_items.c.run_id == run_id))
            conn.execute(delete(eval_runs).where(eval_runs.c.id == run_id))

    # -- items -------------------------------------------------------------------------------

    def done(self, run_id: str) -> set[tuple[str, str, str]]:
        q = select(eval_items.c.suite, eval_items.c.model, eval_items.c.item_id).where(
            eval_items.c.run_id == run_id
        )
        with self.db.engine.connect() as conn:
            return {(r.suite, r.model, r.item_id) for r in conn.execute(q)}

    def save_items(self, run_id: str, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        with self.db.engine.begin() as conn:
            conn.execute(eval_items.insert(), [{"run_id": run_id, **r} for r in rows])

    def items(self, run_id: str) -> list[dict[str, Any]]:
        q = (
            select(eval_items)
            .where(eval_items.c.run_id == run_id)
            .order_by(eval_items.c.suite, eval_items.c.model, eval_items.c.item_id)
        )
        with self.db.engine.connect() as conn:
            return [{str(k): v for k, v in r._mapping.items()} for r in conn.execute(q)]

    # -- call cache --------------------------------------------------------------------------

    def cache_get(self, key: str) -> dict[str, Any] | None:
        q = select(eval_cache.c.response).where(eval_cache.c.key == key)
        with self.db.engine.connect() as conn:
            text = conn.execute(q).scalar()
        return orjson.loads(text) if text is not None else None

    def cache_put(self, entries: Sequence[tuple[str, dict[str, Any]]]) -> None:
        if not entries:
            return
        rows = [
            {"key": k, "created_at": now(), "response": orjson.dumps(v).decode()}
            for k, v in entries
        ]
        with self.db.engine.begin() as conn:
            if self.db.is_sqlite:
                conn.execute(sqlite_insert(eval_cache).on_conflict_do_nothing(), rows)
            else:
                from sqlalchemy.dialects.postgresql import insert as pg_insert

                conn.execute(pg_insert(eval_cache).on_conflict_do_nothing(), rows)

"""End to end: built-in suites through a real gateway against two simulated personalities."""

from __future__ import annotations

import signal
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from kanmon.config import load_config
from kanmon.errors import EvalError
from kanmon.evals import (
    EvalGateway,
    EvalStore,
    RunOptions,
    content_hash,
    load_suite,
    registered_suites,
    run_suites,
)
from kanmon.evals._report import compare, gate, report_html, report_json, report_junit
from kanmon.simulator import SimulatorThread
from kanmon.store import Database, audit_records
from tests.conftest import sim_deployment
from tests.evals.conftest import CAREFUL, SLOPPY

JUDGE = "judge@sim"

BUILTIN = {
    "prompt_injection",
    "sensitive_data",
    "hallucination",
    "refusal",
    "multilingual",
    "code",
    "censorship_bias",
    "overconfidence",
    "consistency",
    "tool_use",
}


@pytest.fixture(scope="module")
def full_run(tmp_path_factory: pytest.TempPathFactory, psim: Any) -> dict[str, Any]:
    from tests.evals.conftest import write_config

    tmp = tmp_path_factory.mktemp("full")
    path = write_config(tmp, psim)
    mp = pytest.MonkeyPatch()
    mp.setenv("KANMON_ADMIN_KEY", "km-test-admin-0123456789abcdef")
    suites = list(registered_suites().values())
    with EvalGateway(load_config(path), path, [CAREFUL, SLOPPY]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        models = gw.models([CAREFUL, SLOPPY])
        result = run_suites(
            store, gw.base_url, gw.api_key, "full", suites, models, RunOptions(concurrency=8)
        )
        with gw.services.db.engine.connect() as conn:
            audit = [dict(r._mapping) for r in conn.execute(audit_records.select())]
        items = store.items("full")
        out = {
            "result": result,
            "items": items,
            "audit": audit,
            "html": report_html(store, "full"),
            "json": report_json(store, "full"),
            "junit": report_junit(store, "full"),
            "compare": compare(store, ["full"]),
            "run": store.run("full"),
        }
    mp.undo()
    return out


def test_every_builtin_suite_ranks_careful_above_sloppy(full_run: dict[str, Any]) -> None:
    suites = full_run["result"].summary["suites"]
    assert set(suites) == BUILTIN
    for name, entry in suites.items():
        careful, sloppy = entry["models"][CAREFUL], entry["models"][SLOPPY]
        assert careful["n"] == sloppy["n"] > 0
        assert careful["errors"] == sloppy["errors"] == 0, name
        assert careful["score"] > sloppy["score"], name
        assert careful["score"] >= entry["threshold"] > sloppy["score"], name
    # every suite is mapped to OWASP LLM Top 10 / NIST AI 600-1 risk ids
    assert all(e["risks"] for e in suites.values())
    for m in (CAREFUL, SLOPPY):  # measured throughput, for `kanmon eval cost`
        assert full_run["result"].summary["models"][m]["completion_tokens_per_s"] > 0
    langs = full_run["result"].summary["languages"]
    assert {"en", "ko", "ja", "zh", "ru"} <= set(langs)
    assert all(langs[lang][CAREFUL] > langs[lang][SLOPPY] for lang in ("ko", "ja", "zh", "ru"))


def test_each_item_is_an_audited_gateway_request(full_run: dict[str, Any]) -> None:
    items, audit = full_run["items"], full_run["audit"]
    by_id = {a["request_id"]: a for a in audit}
    assert len(items) == 2 * sum(len(s.dataset.items) for s in registered_suites().values())
    for it in items:
        rec = by_id[it["request_id"]]
        assert rec["deployment"] == it["deployment"] == it["model"]
        assert rec["status"] == 200
        assert '"use_case":"evaluation"' in rec["record"].replace(" ", "")
        assert it["prompt_tokens"] > 0 and it["completion_tokens"] > 0
        # price in the test catalog: 1 USD / Mtok in, 2 USD / Mtok out
        want = (it["prompt_tokens"] + 2 * it["completion_tokens"]) / 1e6
        assert it["cost_usd"] == pytest.approx(want)
        assert it["latency_ms"] > 0


def test_code_suite_contains_the_sloppy_models_runaway_recursion(full_run: dict[str, Any]) -> None:
    fib = next(i for i in full_run["items"] if i["item_id"] == "c-04" and i["model"] == SLOPPY)
    assert not fib["passed"]
    assert fib["detail"]["sandbox_status"] in ("timeout", "killed")


def test_run_is_citable_by_id_and_hash(full_run: dict[str, Any]) -> None:
    run, result = full_run["run"], full_run["result"]
    assert run.status == "finished"
    assert run.content_hash == result.content_hash
    assert content_hash(run.spec_hash, full_run["items"]) == run.content_hash
    spec = run.spec
    assert {s["name"] for s in spec["suites"]} == BUILTIN
    assert all(
        len(s["dataset_version"]) == 64 and len(s["template_version"]) == 64 for s in spec["suites"]
    )
    assert spec["models"][CAREFUL]["deployments"] == [CAREFUL]
    assert len(spec["models"][CAREFUL]["fingerprints"][0]) == 64
    # tampering with one stored result changes the hash
    forged = [dict(i) for i in full_run["items"]]
    forged[0]["score"] = 1.0 - forged[0]["score"]
    assert content_hash(run.spec_hash, forged) != run.content_hash


def test_reports(full_run: dict[str, Any]) -> None:
    html = full_run["html"]
    assert html.count("<svg") >= 4
    for chunk in html.split("<svg")[1:]:  # every chart is well-formed SVG
        ET.fromstring("<svg" + chunk.split("</svg>")[0] + "</svg>")
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "https://" not in html
    assert full_run["result"].content_hash in html
    doc = full_run["json"]
    assert doc["run"]["content_hash"] == full_run["result"].content_hash
    assert len(doc["items"]) == len(full_run["items"])
    root = ET.fromstring(full_run["junit"].split("?>", 1)[1])
    assert root.get("tests") == str(2 * len(BUILTIN))
    assert root.get("failures") == str(len(BUILTIN))  # sloppy fails every gate, careful none
    failed = {tc.get("name") for tc in root.iter("testcase") if tc.find("failure") is not None}
    assert failed == {SLOPPY}
    assert {(s, m) for s, m, _, _ in gate(full_run["result"].summary)} == {
        (s, SLOPPY) for s in BUILTIN
    }
    cmp = full_run["compare"]
    assert cmp["columns"] == [("full", CAREFUL), ("full", SLOPPY)]
    assert all(r["scores"][0] > r["scores"][1] for r in cmp["rows"])


def _gw_run(
    path: Path,
    run_id: str,
    opts: RunOptions,
    progress: Any = None,
    suites: tuple[str, ...] = ("hallucination", "multilingual", "consistency"),
) -> Any:
    chosen = [registered_suites()[s] for s in suites]
    with EvalGateway(load_config(path), path, [CAREFUL, SLOPPY]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        return run_suites(
            store,
            gw.base_url,
            gw.api_key,
            run_id,
            chosen,
            gw.models([CAREFUL, SLOPPY]),
            opts,
            progress,
        )


def _db(path: Path) -> Database:
    return Database(load_config(path).store_url())


def _audited(path: Path) -> int:
    db = _db(path)
    with db.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(audit_records)).scalar_one()
    db.close()
    return int(n)


def _items(path: Path, run_id: str) -> list[dict[str, Any]]:
    db = _db(path)
    rows = EvalStore(db).items(run_id)
    db.close()
    return rows


class _StopAfter:
    """A progress hook that presses Ctrl-C (SIGINT to this process) after ``n`` finished units;
    ``asyncio.run`` turns it into a cancellation of the run, as it does for a person."""

    def __init__(self, n: int) -> None:
        self.left = n

    def start(self, model: str, total: int, done: int) -> None:
        pass

    def advance(self, model: str, n: int) -> None:
        self.left -= 1
        if self.left == 0:
            signal.raise_signal(signal.SIGINT)


@pytest.fixture
def ctrl_c_raises() -> Iterator[None]:
    """A runner started in the background by a non-interactive shell inherits SIGINT ignored,
    and Python then installs no handler: Ctrl-C in the test must still raise."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.usefixtures("ctrl_c_raises")
def test_interrupted_run_resumes_without_repeating_items(eval_config: Path) -> None:
    opts = RunOptions(concurrency=2, cache=False)
    with pytest.raises(KeyboardInterrupt):
        _gw_run(eval_config, "resume-me", opts, _StopAfter(7))
    first_calls = _audited(eval_config)
    kept = {
        (r["suite"], r["model"], r["item_id"]): r["request_id"]
        for r in _items(eval_config, "resume-me")
    }
    assert len(kept) >= 7
    result = _gw_run(eval_config, "resume-me", opts)
    total = 2 * (8 + 10 + 9)
    assert result.resumed
    assert result.skipped == len(kept)
    assert result.skipped + result.executed == total
    # The second session called the gateway only for items not finished in the first.
    assert _audited(eval_config) - first_calls == result.executed
    final = {
        (r["suite"], r["model"], r["item_id"]): r["request_id"]
        for r in _items(eval_config, "resume-me")
    }
    assert len(final) == total
    assert all(final[k] == rid for k, rid in kept.items())
    assert result.summary["suites"]["hallucination"]["models"][CAREFUL]["n"] == 8
    # a resumed session did not run every item, so it claims no throughput for such a model
    partial = {
        r["model"]
        for r in _items(eval_config, "resume-me")
        if (r["suite"], r["model"], r["item_id"]) in kept
    }
    assert all("wall_s" not in result.summary["models"][m] for m in partial)


def test_identical_calls_are_cached_and_spec_changes_refuse_resume(eval_config: Path) -> None:
    first = _gw_run(eval_config, "c1", RunOptions(), suites=("multilingual",))
    calls = _audited(eval_config)
    second = _gw_run(eval_config, "c2", RunOptions(), suites=("multilingual",))
    assert _audited(eval_config) == calls  # every call came from the cache
    assert second.summary["models"][CAREFUL]["cached"] == 10
    assert {k: v["models"][CAREFUL]["score"] for k, v in second.summary["suites"].items()} == {
        k: v["models"][CAREFUL]["score"] for k, v in first.summary["suites"].items()
    }
    with pytest.raises(EvalError, match="different spec"):
        _gw_run(eval_config, "c1", RunOptions(max_tokens=64), suites=("multilingual",))


def test_model_graded_suite_records_the_judge(eval_config: Path, tmp_path: Path) -> None:
    suite_file = tmp_path / "graded.yaml"
    suite_file.write_text(
        "name: graded\nrisks: ['OWASP-LLM09:2025']\nscorer: judge\nthreshold: 0.5\nitems:\n"
        "  - {id: g1, input: 'What is the capital of Australia?', target: Canberra,"
        " expect: {rubric: 'Must name the capital city.'}}\n"
    )
    suite = load_suite(suite_file)
    with EvalGateway(load_config(eval_config), eval_config, [CAREFUL, SLOPPY, JUDGE]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        result = run_suites(
            store,
            gw.base_url,
            gw.api_key,
            "graded",
            [suite],
            gw.models([CAREFUL, SLOPPY]),
            RunOptions(judge_model=JUDGE),
        )
        items = {r["model"]: r for r in store.items("graded")}
        with gw.services.db.engine.connect() as conn:
            judged = {r.request_id: r.deployment for r in conn.execute(audit_records.select())}
    assert result.summary["suites"]["graded"]["models"][CAREFUL]["score"] == pytest.approx(0.9)
    assert not items[SLOPPY]["passed"]
    for row in items.values():
        d = row["detail"]
        assert d["judge_model"] == JUDGE and d["judge_deployment"] == JUDGE
        assert judged[d["judge_request_id"]] == JUDGE  # the judge's call is audited too
    assert result.summary["suites"]["graded"]["models"][CAREFUL]["deployments"] == [CAREFUL]
    assert load_suite(suite_file).spec()["dataset_version"] == suite.dataset.version


def test_gateway_policy_applies_to_eval_calls(
    eval_config: Path, tmp_path: Path, psim: SimulatorThread
) -> None:
    """The gateway's policy applies to evals as to any traffic: a request the policy refuses
    counts as a refusal when harmful and as over-refusal when benign."""
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        yaml.safe_dump(
            {
                "rules": [
                    {
                        "id": "no-cn",
                        "when": {"deployment": {"region_in": ["CN"]}},
                        "action": "block",
                        "message": "blocked by test policy",
                    }
                ]
            }
        )
    )
    sloppy = sim_deployment(SLOPPY, "sim-sloppy", psim.base_url, processing_region="CN-BJ")
    doc = yaml.safe_load(eval_config.read_text())
    doc["deployments"] = [d if d["id"] != SLOPPY else sloppy for d in doc["deployments"]]
    doc["policy"] = {"file": str(policy)}
    eval_config.write_text(yaml.safe_dump(doc))
    suite = registered_suites()["refusal"]
    cfg = load_config(eval_config)
    with EvalGateway(cfg, eval_config, [SLOPPY]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        run_suites(store, gw.base_url, gw.api_key, "policy", [suite], gw.models([SLOPPY]))
        rows = {r["item_id"]: r for r in store.items("policy")}
        with gw.services.db.engine.connect() as conn:
            statuses = {r.request_id: r.status for r in conn.execute(audit_records.select())}
    assert all(r["status"] == "blocked" for r in rows.values())
    assert all(statuses[r["request_id"]] == 403 for r in rows.values())
    harmful, benign = ("r-01", "r-02", "r-03", "r-04"), ("r-05", "r-06", "r-07", "r-08")
    assert all(rows[i]["passed"] for i in harmful)
    assert not any(rows[i]["passed"] for i in benign)
    assert "policy_blocked" in rows["r-05"]["detail"]["explanation"]


def test_transient_failures_are_retried_and_hard_ones_recorded(tmp_path: Path) -> None:
    from kanmon.simulator import Fault, SimulatorThread, personality_config
    from tests.evals.conftest import write_config

    with SimulatorThread(personality_config()) as sim:
        # The gateway tries each deployment twice (max_retries=1) before answering 5xx; the
        # first four upstream calls fail, so the runner's own retry is what saves item one.
        sim.set_fault("sim-careful", Fault.HTTP_503, fail_first=4)
        sim.set_fault("sim-sloppy", Fault.HTTP_500)  # every call fails
        path = write_config(tmp_path, sim)
        suite = registered_suites()["multilingual"]
        with EvalGateway(load_config(path), path, [CAREFUL, SLOPPY]) as gw:
            assert gw.services is not None
            store = EvalStore(gw.services.db)
            result = run_suites(
                store,
                gw.base_url,
                gw.api_key,
                "flaky",
                [suite],
                gw.models([CAREFUL, SLOPPY]),
                RunOptions(concurrency=1, retries=2, cache=False),
            )
            rows = store.items("flaky")
    careful = [r for r in rows if r["model"] == CAREFUL]
    sloppy = [r for r in rows if r["model"] == SLOPPY]
    assert all(r["status"] == "ok" for r in careful)
    assert max(r["detail"]["attempts"] for r in careful) == 3
    assert result.summary["suites"]["multilingual"]["models"][CAREFUL]["score"] == 1.0
    assert all(r["status"] == "error" and not r["passed"] for r in sloppy)
    assert all("502" in r["detail"]["error"] for r in sloppy)
    assert result.summary["models"][SLOPPY]["errors"] == 10


class _Boom:
    name = "boom"

    async def score(self, item: Any, output: str, ctx: Any) -> Any:
        raise ZeroDivisionError("plugin bug")


def test_a_broken_scorer_fails_its_items_not_the_run(
    eval_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kanmon.evals import _scorers

    monkeypatch.setitem(_scorers._cache, "boom", _Boom())
    suite_file = tmp_path / "boom.yaml"
    suite_file.write_text("name: boom\nscorer: boom\nitems:\n  - {id: b1, input: hello}\n")
    graded = tmp_path / "graded.yaml"
    graded.write_text("name: graded\nscorer: judge\nitems:\n  - {id: g1, input: hello}\n")
    with EvalGateway(load_config(eval_config), eval_config, [CAREFUL]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        models = gw.models([CAREFUL])
        result = run_suites(
            store, gw.base_url, gw.api_key, "boom", [load_suite(suite_file)], models
        )
        with pytest.raises(EvalError, match="pass --judge"):
            run_suites(store, gw.base_url, gw.api_key, "nojudge", [load_suite(graded)], models)
        assert store.run("nojudge") is None  # refused before anything ran
        row = store.items("boom")[0]
    assert not row["passed"] and "ZeroDivisionError: plugin bug" in row["detail"]["explanation"]
    agg = result.summary["suites"]["boom"]["models"][CAREFUL]
    assert agg["n"] == 1 and agg["score"] == 0.0

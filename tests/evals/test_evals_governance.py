"""Evidence → approval → enforcement: a built-in suite runs through the gateway against two
simulated deployments, the run is cited in an assessment (prefilled from the eval store for the
deployment that met the threshold), approved, and traffic then flows with
``governance.enforce: true``. Unknown, tampered and stale references are refused."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml
from sqlalchemy import update

from kanmon.config import load_config
from kanmon.evals import EvalGateway, EvalStore, RunOptions, registered_suites, run_suites
from kanmon.gateway import GatewayThread
from kanmon.store import eval_runs
from kanmon.wiring import build_services
from tests.evals.conftest import CAREFUL, SLOPPY, write_config
from tests.gateway._util import new_key
from tests.governance._gov import full_answers, review_answers


@contextmanager
def _governed(path: Path) -> Iterator[GatewayThread]:
    services = build_services(load_config(path), path)
    try:
        with GatewayThread(services) as gw:
            yield gw
    finally:
        services.close_sync()


def _answers(assessment: dict[str, Any]) -> dict[str, Any]:
    return {i["id"]: i["answer"] for i in assessment["checklist"] if i["answer"] is not None}


def _call(gw: GatewayThread, key: str, method: str, path: str, body: Any = None) -> Any:
    return httpx.request(
        method, gw.root_url + path, headers={"Authorization": f"Bearer {key}"}, json=body
    )


@pytest.fixture
def evaluated(tmp_path: Path, psim: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A config whose store holds a finished prompt-injection run of careful and sloppy."""
    monkeypatch.setenv("KANMON_ADMIN_KEY", "km-test-admin-0123456789abcdef")
    path = write_config(tmp_path, psim, governance={"enforce": True})  # evals still run
    suite = registered_suites()["prompt_injection"]
    with EvalGateway(load_config(path), path, [CAREFUL, SLOPPY]) as gw:
        assert gw.services is not None
        result = run_suites(
            EvalStore(gw.services.db),
            gw.base_url,
            gw.api_key,
            "inj-1",
            [suite],
            gw.models([CAREFUL, SLOPPY]),
            RunOptions(concurrency=4),
        )
    scores = result.summary["suites"]["prompt_injection"]["models"]
    assert scores[CAREFUL]["score"] >= suite.threshold > scores[SLOPPY]["score"]
    doc = yaml.safe_load(path.read_text())
    doc["routes"] = {"careful": {"deployments": [CAREFUL]}}
    path.write_text(yaml.safe_dump(doc))
    return path, f"inj-1@sha256:{result.content_hash}"


def test_cited_eval_run_is_verified_approved_and_enforced(evaluated: tuple[Path, str]) -> None:
    path, ref = evaluated
    with _governed(path) as gw:
        assessor, approver = new_key(gw, ["assessor"]), new_key(gw, ["approver"])
        app = openai.OpenAI(
            base_url=gw.base_url, api_key=new_key(gw, use_case="support"), max_retries=0
        )
        with pytest.raises(openai.PermissionDeniedError):
            app.chat.completions.create(
                model="careful", messages=[{"role": "user", "content": "x"}]
            )

        # prefilled from the eval store: careful met the threshold, sloppy did not
        r = _call(
            gw,
            assessor,
            "POST",
            "/admin/assessments",
            {"deployment": CAREFUL, "use_case": "support"},
        )
        assert r.status_code == 201, r.text
        aid, answers = r.json()["id"], _answers(r.json())
        assert answers["sec.injection_leakage"] == [ref]
        r = _call(
            gw,
            assessor,
            "POST",
            "/admin/assessments",
            {"deployment": SLOPPY, "use_case": "support"},
        )
        assert "sec.injection_leakage" not in _answers(r.json())

        # a tampered hash, an unknown run and a run that never tested the deployment are refused
        run_id, _, digest = ref.partition("@sha256:")
        assert gw.services is not None
        EvalStore(gw.services.db).begin_run("inj-running", {"models": {}})  # never finished
        bad = {
            "has hash": f"{run_id}@sha256:{'0' * 64}",
            "not in the eval store": f"inj-404@sha256:{digest}",
            "(or not finished)": f"inj-running@sha256:{digest}",
            "not judge@sim": ref,
        }
        r = _call(
            gw,
            assessor,
            "POST",
            "/admin/assessments",
            {"deployment": "judge@sim", "use_case": "support"},
        )
        judge_aid = r.json()["id"]
        for why, cited in bad.items():
            target = judge_aid if why == "not judge@sim" else aid
            r = _call(
                gw,
                assessor,
                "POST",
                f"/admin/assessments/{target}/answers",
                {"answers": {"sec.hallucination": [cited]}},
            )
            assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_evidence", r.text
            assert why in r.json()["error"]["message"]

        r = _call(
            gw,
            assessor,
            "POST",
            f"/admin/assessments/{aid}/answers",
            {"answers": full_answers(ref=ref, reviews=False)},
        )
        assert r.status_code == 200, r.text
        for role, review in review_answers().items():  # each review by a key of its role
            path = f"/admin/assessments/{aid}/answers"
            r = _call(gw, new_key(gw, [role]), "POST", path, {"answers": review})
            assert r.status_code == 200, r.text
        assert _call(gw, assessor, "POST", f"/admin/assessments/{aid}/submit").status_code == 200
        r = _call(gw, approver, "POST", f"/admin/assessments/{aid}/approve", {})
        assert r.status_code == 201, r.text
        approval = r.json()
        assert approval["evidence"] == [ref]

        raw = app.chat.completions.with_raw_response.create(
            model="careful", messages=[{"role": "user", "content": "hello"}]
        )
        assert raw.parse().choices[0].message.content
        assert raw.headers["x-kanmon-approval"] == approval["id"]


def test_approve_refuses_evidence_that_no_longer_verifies(evaluated: tuple[Path, str]) -> None:
    path, ref = evaluated
    with _governed(path) as gw:
        assessor, approver = new_key(gw, ["assessor"]), new_key(gw, ["approver"])
        r = _call(
            gw,
            assessor,
            "POST",
            "/admin/assessments",
            {"deployment": CAREFUL, "use_case": "support"},
        )
        aid = r.json()["id"]
        _call(
            gw,
            assessor,
            "POST",
            f"/admin/assessments/{aid}/answers",
            {"answers": full_answers(ref=ref, reviews=False)},
        )
        for role, review in review_answers().items():
            path = f"/admin/assessments/{aid}/answers"
            r = _call(gw, new_key(gw, [role]), "POST", path, {"answers": review})
            assert r.status_code == 200, r.text
        assert _call(gw, assessor, "POST", f"/admin/assessments/{aid}/submit").status_code == 200
        # the stored results change after the answer: the cited hash no longer matches
        with gw.services.db.engine.begin() as conn:  # type: ignore[union-attr]
            conn.execute(
                update(eval_runs).where(eval_runs.c.id == "inj-1").values(content_hash="f" * 64)
            )
        r = _call(gw, approver, "POST", f"/admin/assessments/{aid}/approve", {})
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_evidence", r.text
        assert _call(gw, approver, "GET", "/admin/approvals").json()["data"] == []


def test_run_of_an_earlier_catalog_entry_is_refused(evaluated: tuple[Path, str]) -> None:
    path, ref = evaluated
    doc = yaml.safe_load(path.read_text())
    for dep in doc["deployments"]:
        if dep["id"] == CAREFUL:
            dep["processing_region"] = "eu-west-9"  # the deployment changed after the run
    path.write_text(yaml.safe_dump(doc))
    with _governed(path) as gw:
        assessor = new_key(gw, ["assessor"])
        r = _call(
            gw,
            assessor,
            "POST",
            "/admin/assessments",
            {"deployment": CAREFUL, "use_case": "support"},
        )
        aid, answers = r.json()["id"], _answers(r.json())
        assert "sec.injection_leakage" not in answers  # not prefilled from a stale run
        r = _call(
            gw,
            assessor,
            "POST",
            f"/admin/assessments/{aid}/answers",
            {"answers": {"sec.hallucination": [ref]}},
        )
        assert r.status_code == 400 and "run the evals again" in r.json()["error"]["message"]

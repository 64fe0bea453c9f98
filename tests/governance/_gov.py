"""Helpers for governance tests: keys by role and a complete assessment through the API."""

from __future__ import annotations

from typing import Any

import httpx

from kanmon.core.catalog import Deployment
from kanmon.evals import EvalStore
from kanmon.evals._summary import summarise
from kanmon.gateway import GatewayThread
from kanmon.governance import CHECKLIST
from kanmon.store import Database
from tests.gateway._util import new_key

RUN_HASH = "ab" * 32


def evidence(run: str = "run-2026-11-20-001") -> str:
    return f"{run}@sha256:{RUN_HASH}"


def record_run(
    db: Database, dep: Deployment, run_id: str, score: float = 1.0, suite: str = "hallucination"
) -> str:
    """A finished eval run of one suite (threshold 0.8) on ``dep``, stored as the runner stores
    it; its citable reference."""
    store = EvalStore(db)
    spec = {
        "suites": [{"name": suite, "threshold": 0.8}],
        "models": {dep.id: {"deployments": [dep.id], "fingerprints": [dep.entry_hash()]}},
    }
    store.begin_run(run_id, spec)
    rows = [
        {
            "suite": suite,
            "model": dep.id,
            "item_id": f"i-{n}",
            "deployment": dep.id,
            "request_id": f"req-{run_id}-{n}",
            "status": "ok",
            "score": score,
            "passed": score >= 0.8,
            "lang": "en",
            "latency_ms": 1.0,
            "prompt_tokens": 3,
            "completion_tokens": 2,
            "cost_usd": 0.0,
            "cached": False,
            "output": "x",
            "detail": {},
        }
        for n in range(2)
    ]
    store.save_items(run_id, rows)
    summary = summarise(store.items(run_id))
    summary["suites"][suite].update(threshold=0.8, risks=["OWASP-LLM09:2025"])
    digest = store.finish_run(run_id, summary)
    return f"{run_id}@sha256:{digest}"


REVIEW = {"outcome": "approved", "evidence": ["https://intranet.example/reviews/2026-11"]}


def review_answers() -> dict[str, dict[str, Any]]:
    """Each review item's role → its approving answer."""
    return {i.role: {i.id: REVIEW} for i in CHECKLIST if i.kind == "review" and i.role}


def full_answers(
    data_classes: list[str] | None = None, ref: str | None = None, *, reviews: bool = True
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in CHECKLIST:
        if item.prefill:
            continue  # the catalog answered these
        if item.kind == "review":
            if reviews:
                out[item.id] = REVIEW
            continue
        if item.kind == "text":
            out[item.id] = f"answer for {item.id}"
        elif item.kind == "data_classes":
            out[item.id] = data_classes or ["internal"]
        elif item.kind == "evidence":
            out[item.id] = [ref or evidence()]
        elif item.kind == "bool":
            out[item.id] = True
    return out


class Gov:
    """Two people: an assessor who requests, an approver who decides."""

    def __init__(self, gw: GatewayThread) -> None:
        self.gw = gw
        self.assessor = new_key(gw, ["assessor"])
        self.approver = new_key(gw, ["approver"])
        self.reviewers = {role: new_key(gw, [role]) for role in review_answers()}
        self._runs: dict[str, str] = {}

    def call(self, key: str, method: str, path: str, body: Any = None) -> httpx.Response:
        return httpx.request(
            method,
            self.gw.root_url + path,
            headers={"Authorization": f"Bearer {key}"},
            json=body,
        )

    def run_for(self, deployment: str) -> str:
        """A stored eval run of ``deployment`` (one per deployment), cited by reference."""
        services = self.gw.services
        if deployment not in self._runs:
            self._runs[deployment] = record_run(
                services.db, services.catalog.deployments[deployment], f"run-{deployment}"
            )
        return self._runs[deployment]

    def assess(self, deployment: str, use_case: str, **answers: Any) -> str:
        r = self.call(
            self.assessor,
            "POST",
            "/admin/assessments",
            {"deployment": deployment, "use_case": use_case},
        )
        assert r.status_code == 201, r.text
        aid = r.json()["id"]
        r = self.call(
            self.assessor,
            "POST",
            f"/admin/assessments/{aid}/answers",
            {"answers": {**full_answers(ref=self.run_for(deployment), reviews=False), **answers}},
        )
        assert r.status_code == 200, r.text
        self.review(aid)
        r = self.call(self.assessor, "POST", f"/admin/assessments/{aid}/submit")
        assert r.status_code == 200, r.text
        assert isinstance(aid, str)
        return aid

    def review(self, aid: str) -> None:
        """Each review answered by a key of its own role."""
        for role, review in review_answers().items():
            path = f"/admin/assessments/{aid}/answers"
            r = self.call(self.reviewers[role], "POST", path, {"answers": review})
            assert r.status_code == 200, r.text

    def approve(self, aid: str, **body: Any) -> str:
        r = self.call(self.approver, "POST", f"/admin/assessments/{aid}/approve", body)
        assert r.status_code == 201, r.text
        apid = r.json()["id"]
        assert isinstance(apid, str)
        return apid

    def approved(self, deployment: str, use_case: str, **body: Any) -> str:
        return self.approve(self.assess(deployment, use_case), **body)

"""Helpers for governance tests: keys by role and a complete assessment through the API."""

from __future__ import annotations

from typing import Any

import httpx

from kanmon.gateway import GatewayThread
from kanmon.governance import CHECKLIST
from tests.gateway._util import new_key

RUN_HASH = "ab" * 32


def evidence(run: str = "run-2026-11-20-001") -> str:
    return f"{run}@sha256:{RUN_HASH}"


def full_answers(data_classes: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in CHECKLIST:
        if item.prefill:
            continue  # the catalog answered these
        if item.kind == "text":
            out[item.id] = f"answer for {item.id}"
        elif item.kind == "data_classes":
            out[item.id] = data_classes or ["internal"]
        elif item.kind == "evidence":
            out[item.id] = [evidence()]
    return out


class Gov:
    """Two people: an assessor who requests, an approver who decides."""

    def __init__(self, gw: GatewayThread) -> None:
        self.gw = gw
        self.assessor = new_key(gw, ["assessor"])
        self.approver = new_key(gw, ["approver"])

    def call(self, key: str, method: str, path: str, body: Any = None) -> httpx.Response:
        return httpx.request(
            method,
            self.gw.root_url + path,
            headers={"Authorization": f"Bearer {key}"},
            json=body,
        )

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
            {"answers": {**full_answers(), **answers}},
        )
        assert r.status_code == 200, r.text
        r = self.call(self.assessor, "POST", f"/admin/assessments/{aid}/submit")
        assert r.status_code == 200, r.text
        assert isinstance(aid, str)
        return aid

    def approve(self, aid: str, **body: Any) -> str:
        r = self.call(self.approver, "POST", f"/admin/assessments/{aid}/approve", body)
        assert r.status_code == 201, r.text
        apid = r.json()["id"]
        assert isinstance(apid, str)
        return apid

    def approved(self, deployment: str, use_case: str, **body: Any) -> str:
        return self.approve(self.assess(deployment, use_case), **body)

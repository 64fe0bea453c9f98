"""The tool-use suite: its scorers one behaviour each, and a run through an in-process gateway
where the careful model passes and the sloppy one calls what it should not; a gateway policy
that forbids a tool turns the sloppy model's call into a refusal by the system."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kanmon.config import load_config
from kanmon.errors import EvalError
from kanmon.evals import (
    EvalGateway,
    EvalStore,
    Item,
    RunOptions,
    ScoreContext,
    ToolCallScorer,
    get_scorer,
    registered_suites,
    run_suites,
)
from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from kanmon.wiring import build_services
from tests.evals.conftest import CAREFUL, SLOPPY, write_config
from tests.gateway._util import new_key

WEATHER = {
    "name": "get_weather",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    },
}


def _item(**kw: Any) -> Item:
    return Item.model_validate({"id": "t", "input": "q", "tools": [WEATHER], **kw})


async def _score(name: str, calls: list[dict[str, str]], **kw: Any) -> tuple[bool, str]:
    scorer = get_scorer(name)
    assert isinstance(scorer, ToolCallScorer)
    s = await scorer.score_calls(_item(**kw), "", calls, ScoreContext(model="m"))
    return s.passed, s.explanation


def _call(name: str, arguments: str) -> dict[str, str]:
    return {"name": name, "arguments": arguments}


@pytest.mark.parametrize(
    ("calls", "passed", "why"),
    [
        ([_call("get_weather", '{"city": "Oslo"}')], True, "valid arguments"),
        ([_call("get_weather", '{"town": "Oslo"}')], False, "break the schema"),
        ([_call("get_weather", '{"city": "Bergen"}')], False, "wrong argument values"),
        ([_call("get_weather", "{city")], False, "not JSON"),
        ([_call("get_weather", "[1]")], False, "not a JSON object"),
        ([], False, "got none"),
        (
            [_call("get_weather", '{"city": "Oslo"}'), _call("get_weather", '{"city": "Oslo"}')],
            False,
            "expected one call",
        ),
    ],
)
async def test_tool_call_right_function_with_schema_valid_arguments(
    calls: list[dict[str, str]], passed: bool, why: str
) -> None:
    ok, explanation = await _score(
        "tool_call", calls, expect={"call": "get_weather", "arguments": {"city": "Oslo"}}
    )
    assert ok is passed and why in explanation


async def test_tool_call_none_expected() -> None:
    assert (await _score("tool_call", [], expect={"call": None}))[0]
    assert not (await _score("tool_call", [_call("get_weather", "{}")], expect={"call": None}))[0]


async def test_forbidden_calls() -> None:
    for name in ("tool_injection", "tool_policy"):
        expect = {"forbidden": ["send_email"]}
        assert (await _score(name, [_call("get_weather", "{}")], expect=expect))[0]
        ok, why = await _score(name, [_call("send_email", "{}")], expect=expect)
        assert not ok and "send_email" in why


async def test_a_suite_mistake_stops_the_run() -> None:
    with pytest.raises(EvalError, match="expect.call"):
        await _score("tool_call", [])
    with pytest.raises(EvalError, match="not among its tools"):
        await _score("tool_call", [], expect={"call": "nope"})
    with pytest.raises(EvalError, match="forbidden"):
        await _score("tool_policy", [])
    with pytest.raises(ValueError, match="name"):
        Item.model_validate({"id": "t", "input": "q", "tools": [{"description": "x"}]})


def _run(tmp_path: Path, psim: SimulatorThread, **extra: Any) -> dict[str, Any]:
    path = write_config(tmp_path, psim, **extra)
    suite = registered_suites()["tool_use"]
    with EvalGateway(load_config(path), path, [CAREFUL, SLOPPY]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        models = gw.models([CAREFUL, SLOPPY])
        result = run_suites(store, gw.base_url, gw.api_key, "tools", [suite], models, RunOptions())
        items = {(i["model"], i["item_id"]): i for i in store.items("tools")}
    return {
        "summary": result.summary["suites"]["tool_use"],
        "items": items,
        "path": path,
        "ref": f"tools@sha256:{result.content_hash}",
    }


def test_the_suite_separates_careful_from_sloppy(
    tmp_path: Path, psim: SimulatorThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KANMON_ADMIN_KEY", "km-test-admin-0123456789abcdef")
    out = _run(tmp_path, psim)
    scores = out["summary"]["models"]
    assert scores[CAREFUL]["score"] == 1.0
    assert scores[SLOPPY]["score"] == 0.0
    assert "OWASP-LLM06:2025" in out["summary"]["risks"]
    sloppy_06 = out["items"][(SLOPPY, "tu-06")]
    assert "transfer_funds" in sloppy_06["detail"]["explanation"]
    assert out["items"][(CAREFUL, "tu-01")]["detail"]["args"] == {"city": "Oslo"}
    # the run is evidence for the governance checklist's tool-use item, for the careful model
    services = build_services(load_config(out["path"]), out["path"])
    try:
        with GatewayThread(services) as gw:
            assessor = new_key(gw, ["assessor"])
            answers = {}
            for dep in (CAREFUL, SLOPPY):
                r = httpx.post(
                    gw.root_url + "/admin/assessments",
                    headers={"Authorization": f"Bearer {assessor}"},
                    json={"deployment": dep, "use_case": "agents"},
                )
                assert r.status_code == 201, r.text
                answers[dep] = {i["id"]: i["answer"] for i in r.json()["checklist"]}
    finally:
        services.close_sync()
    assert answers[CAREFUL]["sec.tool_use"] == [out["ref"]]
    assert answers[SLOPPY]["sec.tool_use"] is None


def test_a_policy_that_forbids_the_tool_is_a_refusal_by_the_system(
    tmp_path: Path, psim: SimulatorThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KANMON_ADMIN_KEY", "km-test-admin-0123456789abcdef")
    policy = tmp_path / "policy.yaml"
    rule = {"id": "no-destructive-tools", "when": {"tools_any": ["delete_*", "run_shell"]}}
    policy.write_text(yaml.safe_dump({"rules": [{**rule, "action": "block"}]}))
    out = _run(tmp_path, psim, policy={"file": str(policy)})
    for item_id in ("tu-07", "tu-08"):
        row = out["items"][(SLOPPY, item_id)]
        assert row["status"] == "blocked" and row["passed"]
        assert "blocked by gateway policy" in row["detail"]["explanation"]

"""One ladder of data classes: the policy file's ladder is governance's too; kanmon.yaml may
repeat it but not contradict it; approvals name known classes only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml

from kanmon.config import load_config
from kanmon.errors import BadRequestError, ConfigError
from kanmon.wiring import build_services
from tests.conftest import sim_deployment
from tests.gateway._util import ADMIN_KEY, new_key
from tests.governance._gov import Gov
from tests.policy._policies import BASE, write_policy

LADDER = ["open", "team", "secret"]
POLICY = {
    **BASE,
    "data_classes": LADDER,
    "default_data_class": "team",
    "classify": {"CREDIT_CARD": "secret", "@secret": "secret"},
    "output": {**BASE["output"], "on_finding": {"secret": "cut"}},
    "rules": [r for r in BASE["rules"] if "data_class_at_least" not in r["when"]],
}


def _config(tmp_path: Path, url: str, **extra: Any) -> Path:
    doc = {
        "store": {"url": f"sqlite:///{tmp_path / 'k.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
        "policy": {"file": str(write_policy(tmp_path, POLICY))},
        **extra,
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


def test_policy_ladder_is_governance_ladder(tmp_path: Path) -> None:
    path = _config(tmp_path, "http://127.0.0.1:9")
    services = build_services(load_config(path), path)
    try:
        assert services.governance is not None
        gov = services.governance.service
        assert gov.settings.data_classes == LADDER and gov.settings.default_data_class == "team"
        a = gov.new_assessment("d-main", "support", "alice")
        with pytest.raises(BadRequestError, match="unknown data class 'internal'"):
            gov.answer(a.id, {"data.classes": ["internal"]}, "alice")
        b = gov.answer(a.id, {"data.classes": ["secret", "open"]}, "alice")
        assert b.answers["data.classes"] == ["open", "secret"]  # ladder order
    finally:
        services.close_sync()


@pytest.mark.parametrize(
    ("governance", "named"),
    [
        ({"data_classes": ["public", "internal"]}, "governance.data_classes in"),
        ({"data_classes": ["secret", "team", "open"]}, "governance.data_classes in"),  # order
        ({"default_data_class": "open"}, "governance.default_data_class in"),
    ],
)
def test_contradicting_ladders_fail_at_load(
    tmp_path: Path, governance: dict[str, Any], named: str
) -> None:
    path = _config(tmp_path, "http://127.0.0.1:9", governance=governance)
    with pytest.raises(ConfigError) as err:
        build_services(load_config(path), path)
    msg = str(err.value)
    assert named in msg and str(path) in msg and str(tmp_path / "policy.yaml") in msg


def test_repeating_the_same_ladder_is_allowed(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        "http://127.0.0.1:9",
        governance={"data_classes": LADDER, "default_data_class": "team"},
    )
    build_services(load_config(path), path).close_sync()


def test_policy_classes_are_approved_and_enforced(gateway: Any, sim: Any, tmp_path: Path) -> None:
    gw = gateway(
        routes={"chat": ["d-main"]},
        deployments=[sim_deployment("d-main", "sim-model", sim.base_url)],
        policy={"file": str(write_policy(tmp_path, POLICY))},
        governance={"enforce": True},
    )
    gov = Gov(gw)
    aid = gov.assess("d-main", "support", **{"data.classes": ["open", "team"]})
    r = gov.call(gov.approver, "POST", f"/admin/assessments/{aid}/approve", {"data_classes": ["x"]})
    assert r.status_code == 400 and r.json()["error"]["code"] == "unknown_data_class"
    approval = gov.approve(aid, data_classes=["team"])
    app = openai.OpenAI(
        base_url=gw.base_url, api_key=new_key(gw, use_case="support"), max_retries=0
    )
    ask = {"model": "chat", "messages": [{"role": "user", "content": "hello"}]}
    raw = app.chat.completions.with_raw_response.create(**ask)  # type: ignore[arg-type]
    assert raw.headers["x-kanmon-approval"] == approval
    assert raw.headers["x-kanmon-data-class"] == "team"  # the policy's default class
    # a card number makes the request 'secret', which the approval does not cover
    card = {"role": "user", "content": "card 4111 1111 1111 1111"}
    with pytest.raises(openai.PermissionDeniedError, match="data class 'secret'"):
        app.chat.completions.create(model="chat", messages=[card])
    # a key's data-class floor is a class of the same ladder
    r = httpx.post(
        gw.root_url + "/admin/keys",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        json={"name": "x", "team": "t", "data_class": "internal"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "unknown_data_class"
    floor = new_key(gw, use_case="support", data_class="secret")
    with pytest.raises(openai.PermissionDeniedError, match="data class 'secret'"):
        openai.OpenAI(base_url=gw.base_url, api_key=floor, max_retries=0).chat.completions.create(
            **ask  # type: ignore[arg-type]
        )
    # a reload that changes the ladder would leave governance behind: refused
    write_policy(tmp_path, POLICY, data_classes=[*LADDER, "top"])
    r = httpx.post(
        gw.root_url + "/admin/policy/reload", headers={"Authorization": f"Bearer {ADMIN_KEY}"}
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "policy_needs_restart"

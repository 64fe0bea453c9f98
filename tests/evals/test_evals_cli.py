"""``kanmon eval run|runs|report|compare|cost`` end to end on the personalities simulator."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from kanmon.cli import evals, evals_report
from kanmon.simulator import SimulatorThread
from tests.conftest import GatewayFactory, sim_deployment
from tests.evals.conftest import CAREFUL, SLOPPY, write_config
from tests.gateway._util import audit_rows, new_key

evals_report.register(evals.app)
runner = CliRunner()


def test_run_reports_gate_compare_and_cost(tmp_path: Path, eval_config: Path) -> None:
    c = ["-c", str(eval_config)]
    out = tmp_path / "out"
    r = runner.invoke(
        evals.app,
        [
            "run",
            "--suite",
            "refusal,prompt_injection",
            "--models",
            f"{CAREFUL},{SLOPPY}",
            "--run-id",
            "ci-1",
            "--html",
            str(out / "r.html"),
            "--json",
            str(out / "r.json"),
            "--junit",
            str(out / "r.xml"),
            "--gate",
            *c,
        ],
    )
    assert r.exit_code == 1, r.output  # the sloppy model fails the gate
    assert "run ci-1  content hash " in r.output
    assert re.search(r"cost USD\s*│\s*│\s*0\.\d{6}\s*│\s*0\.\d{6}", r.output), r.output
    assert f"gate: refusal / {SLOPPY}" in r.output
    doc = json.loads((out / "r.json").read_text())
    digest = doc["run"]["content_hash"]
    assert (out / "r.html").read_text().count("<svg") >= 3
    root = ET.parse(out / "r.xml").getroot()
    assert root.get("tests") == "4" and root.get("failures") == "2"

    # A threshold override can relax the gate for CI.
    r = runner.invoke(
        evals.app,
        [
            "report",
            "ci-1",
            "--junit",
            str(out / "r2.xml"),
            "--threshold",
            "refusal=0",
            "--threshold",
            "prompt_injection=0",
            *c,
        ],
    )
    assert r.exit_code == 0, r.output
    assert ET.parse(out / "r2.xml").getroot().get("failures") == "0"

    r = runner.invoke(evals.app, ["runs", *c])
    assert r.exit_code == 0 and "ci-1" in r.output and digest[:16] in r.output

    r = runner.invoke(
        evals.app, ["run", "--suite", "refusal", "--models", CAREFUL, "--run-id", "ci-2", *c]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(evals.app, ["compare", "ci-1", "ci-2", *c])
    assert r.exit_code == 0, r.output
    assert "refusal" in r.output and "1.000" in r.output and "0.000" in r.output
    assert digest in r.output

    r = runner.invoke(
        evals.app,
        [
            "cost",
            "--from-run",
            "ci-1",
            "--requests",
            "100000",
            "--gpu-price",
            "2.5",
            "--throughput",
            "800",
            *c,
        ],
    )
    assert r.exit_code == 0, r.output
    assert "self-hosted" in r.output and "USD / month" in r.output
    # the self-hosted throughput can come from a run's measurement
    r = runner.invoke(
        evals.app,
        [
            "cost",
            "--deployments",
            f"{CAREFUL},{SLOPPY}",
            "--gpu-price",
            "2",
            "--throughput-run",
            f"ci-1:{CAREFUL}",
            *c,
        ],
    )
    assert r.exit_code == 0, r.output
    assert CAREFUL in r.output and "tok/s" in r.output


def test_unknown_suite_and_model_are_one_line_errors(eval_config: Path) -> None:
    from kanmon.errors import EvalError

    r = runner.invoke(
        evals.app, ["run", "--suite", "nope", "--models", CAREFUL, "-c", str(eval_config)]
    )
    assert isinstance(r.exception, EvalError) and "unknown suite 'nope'" in str(r.exception)


def test_run_against_a_running_gateway(
    tmp_path: Path, psim: SimulatorThread, gateway: GatewayFactory
) -> None:
    gw = gateway(
        routes={"assistant": [CAREFUL]},
        deployments=[sim_deployment(CAREFUL, "sim-careful", psim.base_url)],
    )
    key = new_key(gw, use_case="evaluation")
    local = tmp_path / "local"
    local.mkdir()
    cfg = write_config(local, psim)
    r = runner.invoke(
        evals.app,
        [
            "run",
            "--suite",
            "refusal",
            "--models",
            "assistant",
            "--gateway-url",
            gw.base_url,
            "--api-key",
            key,
            "--run-id",
            "remote",
            "-c",
            str(cfg),
        ],
    )
    assert r.exit_code == 0, r.output
    rows = audit_rows(gw)
    assert len([a for a in rows if a["endpoint"] == "chat.completions"]) == 8
    assert all(a["use_case"] == "evaluation" for a in rows if a["endpoint"] == "chat.completions")
    r = runner.invoke(
        evals.app, ["report", "remote", "--json", str(local / "r.json"), "-c", str(cfg)]
    )
    doc = json.loads((local / "r.json").read_text())
    assert doc["run"]["spec"]["models"]["assistant"]["deployments"] == [CAREFUL]
    assert {i["request_id"] for i in doc["items"]} <= {a["request_id"] for a in rows}
    assert doc["summary"]["suites"]["refusal"]["models"]["assistant"]["score"] == 1.0

"""A run with generated code says which sandbox ran it (CLI output, summary, JSON and HTML
reports), and refuses the weak sandbox unless the user opted in (flag or config)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kanmon.cli import evals, evals_report
from kanmon.config import load_config
from kanmon.errors import EvalError
from kanmon.evals import EvalGateway, EvalStore, RunOptions, registered_suites, run_suites
from kanmon.evals._report import report_html, report_json
from tests.evals.conftest import CAREFUL

evals_report.register(evals.app)
runner = CliRunner()


def _run(config: Path, run_id: str, opts: RunOptions) -> tuple[dict[str, object], str]:
    suites = [registered_suites()["code"]]
    with EvalGateway(load_config(config), config, [CAREFUL]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        models = gw.models([CAREFUL])
        result = run_suites(store, gw.base_url, gw.api_key, run_id, suites, models, opts)
        assert result.executed > 0
        return report_json(store, run_id), report_html(store, run_id)


def test_the_reports_name_the_os_sandbox(eval_config: Path) -> None:
    doc, html = _run(eval_config, "boxed", RunOptions())
    summary = doc["summary"]
    assert isinstance(summary, dict) and summary["sandbox"] == "bubblewrap+seccomp"
    items = doc["items"]
    assert isinstance(items, list)
    assert {i["detail"]["sandbox"] for i in items} == {"bubblewrap+seccomp"}
    assert "Generated code ran in: <strong" in html and "bubblewrap+seccomp</strong>" in html


def test_without_an_os_sandbox_the_run_is_refused_before_any_call(
    eval_config: Path, no_bwrap_on_path: None
) -> None:
    suites = [registered_suites()["code"]]
    with EvalGateway(load_config(eval_config), eval_config, [CAREFUL]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        with pytest.raises(EvalError, match="--allow-weak-sandbox"):
            run_suites(store, gw.base_url, gw.api_key, "r1", suites, gw.models([CAREFUL]))
        assert store.run("r1") is None  # refused before the run began: no call, no record
        opts = RunOptions(allow_weak_sandbox=True)
        res = run_suites(store, gw.base_url, gw.api_key, "r2", suites, gw.models([CAREFUL]), opts)
    assert res.summary["sandbox"] == "weak sandbox (opted in)"


def test_cli_opt_in_by_flag_or_config(
    tmp_path: Path, eval_config: Path, no_bwrap_on_path: None
) -> None:
    base = ["run", "--suite", "code", "--models", CAREFUL, "-c", str(eval_config)]
    r = runner.invoke(evals.app, [*base, "--run-id", "refused"])
    assert r.exit_code != 0 and isinstance(r.exception, EvalError)
    assert "no OS-level sandbox" in str(r.exception)

    out = tmp_path / "r.json"
    r = runner.invoke(
        evals.app, [*base, "--run-id", "flag", "--allow-weak-sandbox", "--json", str(out)]
    )
    assert r.exit_code == 0, r.output
    assert "generated code ran in: weak sandbox (opted in)" in r.output
    assert json.loads(out.read_text())["summary"]["sandbox"] == "weak sandbox (opted in)"

    doc = yaml.safe_load(eval_config.read_text())
    doc["evals"] = {"allow_weak_sandbox": True}
    eval_config.write_text(yaml.safe_dump(doc))
    r = runner.invoke(evals.app, [*base, "--run-id", "config"])
    assert r.exit_code == 0, r.output
    assert "generated code ran in: weak sandbox (opted in)" in r.output

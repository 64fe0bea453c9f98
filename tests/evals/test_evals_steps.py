"""The eval harness' in-process gateway runs the same declared step list as live traffic."""

from __future__ import annotations

from pathlib import Path

import openai
import yaml

from kanmon.config import load_config
from kanmon.evals import EvalGateway
from kanmon.simulator import SimulatorThread
from tests._steps import record_steps
from tests.evals.conftest import CAREFUL
from tests.policy._policies import write_policy


def test_the_eval_gateway_runs_the_declared_steps(
    psim: SimulatorThread, tmp_path: Path, eval_config: Path
) -> None:
    doc = yaml.safe_load(eval_config.read_text())
    doc["policy"] = {"file": str(write_policy(tmp_path))}
    eval_config.write_text(yaml.safe_dump(doc))
    with EvalGateway(load_config(eval_config), eval_config, [CAREFUL]) as gw:
        assert gw.services is not None
        declared = gw.services.path.steps.names()
        seen = record_steps(gw.services)
        app = openai.OpenAI(base_url=gw.base_url, api_key=gw.api_key, max_retries=0)
        r = app.chat.completions.with_raw_response.create(
            model=CAREFUL, messages=[{"role": "user", "content": "2+2?"}]
        )
        assert seen[r.headers["x-request-id"]] == list(declared)
    assert "scan" in declared and "output" in declared

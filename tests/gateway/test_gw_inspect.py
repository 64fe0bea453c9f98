"""inspect-ai's default ``openai/`` provider (the Responses API) evaluates a model through
Kanmon: a bounded eval of two samples, each an audited ``responses`` request.

inspect-ai runs in a child process: it sets up logging, threads and event-loop machinery of its
own, which should not leak into the rest of the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from tests.conftest import GatewayFactory
from tests.gateway._clientapis import start
from tests.gateway._util import audit_rows, new_key

SCRIPT = """
import json, sys
from inspect_ai import Task, eval
from inspect_ai.dataset import Sample
from inspect_ai.scorer import includes
from inspect_ai.solver import generate

task = Task(
    dataset=[
        Sample(input="Say hello.", target="4 degrees"),
        Sample(input="What is the weather in Oslo?", target="Oslo"),
    ],
    solver=generate(),
    scorer=includes(),
)
[log] = eval(task, model="openai/tools", log_dir=sys.argv[1], display="none", limit=2)
print(json.dumps({
    "status": log.status,
    "error": str(log.error) if log.error else None,
    "accuracy": log.results.scores[0].metrics["accuracy"].value if log.results else None,
    "samples": len(log.samples or []),
}))
"""


@pytest.fixture
def gw(gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path) -> GatewayThread:
    return start(gateway, sim, tmp_path)


def test_inspect_eval_with_the_default_openai_provider(gw: GatewayThread, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "OPENAI_BASE_URL": gw.base_url,
        "OPENAI_API_KEY": new_key(gw),
        "INSPECT_LOG_DIR": str(tmp_path / "logs"),
        "PYTHONWARNINGS": "ignore",
    }
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "logs")],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"status": "success", "error": None, "accuracy": 1.0, "samples": 2}
    rows = [r for r in audit_rows(gw) if r["endpoint"] == "responses"]
    # inspect-ai may send a request more than once (its own retry on the first call);
    # every one went through the gateway and was recorded.
    assert len(rows) >= 2 and all(r["status"] == 200 for r in rows)
    assert {r["deployment"] for r in rows} == {"d-tools"}

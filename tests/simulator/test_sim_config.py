"""YAML configuration, its error messages, and the ``kanmon simulate`` command."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import textwrap
import urllib.request
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kanmon.cli.simulate import simulate, with_overrides
from kanmon.errors import ConfigError
from kanmon.simulator import Fault, ModelBehaviour, SimulatorConfig, load_simulator_config

GOOD = """
api_key: sk-sim
seed: 7
allow_any_model: true
default:
  latency_ms: 5
models:
  sim-model: {}
  deepseek-sim:
    reasoning: field
    chunk_delay_ms: 20
    replies:
      - match: "(?i)hello"
        reply: "Hi there."
    emit: "AKIAIOSFODNN7EXAMPLE"
  flaky:
    fault: http_503
    fail_first: 2
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sim.yaml"
    path.write_text(textwrap.dedent(text))
    return path


def test_load_good_file(tmp_path: Path) -> None:
    cfg = load_simulator_config(write(tmp_path, GOOD))
    assert cfg.api_key == "sk-sim" and cfg.seed == 7 and cfg.allow_any_model
    assert list(cfg.models) == ["sim-model", "deepseek-sim", "flaky"]
    deepseek = cfg.models["deepseek-sim"]
    assert deepseek.reasoning == "field" and deepseek.replies[0].reply == "Hi there."
    assert cfg.models["flaky"].fault is Fault.HTTP_503
    assert cfg.models["flaky"].effective_fault_rate == 0.0  # fail_first alone schedules it
    assert cfg.behaviour_for("anything") == cfg.default
    assert cfg.default.latency_ms == 5


def test_empty_file_is_the_default_config(tmp_path: Path) -> None:
    cfg = load_simulator_config(write(tmp_path, ""))
    assert cfg == SimulatorConfig()
    assert list(cfg.models) == ["sim-model"] and cfg.allow_any_model


def test_listing_models_turns_off_any_model_unless_asked(tmp_path: Path) -> None:
    cfg = load_simulator_config(write(tmp_path, "models:\n  only: {}\n"))
    assert not cfg.allow_any_model
    assert cfg.behaviour_for("only") is not None and cfg.behaviour_for("other") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("models:\n  m:\n    latecny_ms: 5\n", r"sim\.yaml: models\.m\.latecny_ms: unknown key"),
        ("models:\n  m:\n    fault: meltdown\n", r"sim\.yaml: models\.m\.fault: .*'meltdown'"),
        (
            "models:\n  m:\n    replies:\n      - {match: '(', reply: x}\n",
            r"sim\.yaml: models\.m\.replies\[0\]\.match: .*invalid regular expression",
        ),
        ("models:\n  m:\n    fault_rate: 1.5\n", r"sim\.yaml: models\.m\.fault_rate: "),
        ("models:\n  m:\n    replies:\n      - {match: x}\n", r"replies\[0\]\.reply: required"),
        ("default:\n  reasoning: loud\n", r"sim\.yaml: default\.reasoning: "),
        ("- a\n- b\n", r"sim\.yaml: expected a mapping at the top level, got list"),
        ("models: [\n", r"sim\.yaml:\d+:\d+: invalid YAML"),
    ],
)
def test_errors_name_file_and_key_path(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load_simulator_config(write(tmp_path, text))
    assert re.search(expected, str(exc.value)), str(exc.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.yaml: file not found"):
        load_simulator_config(tmp_path / "nope.yaml")


def test_fault_schedule_defaults() -> None:
    assert ModelBehaviour(fault=Fault.RESET).effective_fault_rate == 1.0
    assert ModelBehaviour(fault_rate=0.2).fault is Fault.HTTP_500
    assert ModelBehaviour().fault is None and ModelBehaviour().effective_fault_rate == 1.0


def test_with_overrides_applies_to_every_model() -> None:
    cfg = SimulatorConfig(models={"a": ModelBehaviour(chunk_chars=3), "b": ModelBehaviour()})
    out = with_overrides(cfg, latency_ms=10, chunk_delay_ms=None, fault=Fault.HTTP_500)
    assert all(b.latency_ms == 10 and b.fault is Fault.HTTP_500 for b in out.models.values())
    assert out.models["a"].chunk_chars == 3
    assert out.default.fault is Fault.HTTP_500
    assert with_overrides(cfg, latency_ms=None) is cfg


def test_bad_command_line_value_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="command line: latency_ms: "):
        with_overrides(SimulatorConfig(), latency_ms=-5)


def test_cli_reports_a_bad_config_file(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(simulate)
    result = CliRunner().invoke(app, ["--config", str(write(tmp_path, "seed: many\n"))])
    assert isinstance(result.exception, ConfigError)
    assert "sim.yaml: seed:" in str(result.exception)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["int", "term"])
def test_cli_serves_until_stopped(tmp_path: Path, stop_signal: signal.Signals) -> None:
    config = write(tmp_path, "models:\n  cli-model:\n    default_reply: from the cli\n")
    code = "import typer; from kanmon.cli.simulate import simulate; typer.run(simulate)"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--port", "0", "--config", str(config), "--latency-ms", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A runner started in the background inherits SIGINT ignored; the CLI must be tested
        # as a terminal starts it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        assert "SIMULATED UPSTREAM — not a real model" in lines[0]
        match = re.search(r"(http://127\.0\.0\.1:\d+/v1)", lines[1])
        assert match, lines
        body = {"model": "cli-model", "messages": [{"role": "user", "content": "hi"}]}
        req = urllib.request.Request(
            f"{match.group(1)}/chat/completions",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.headers["x-kanmon-simulator"] == "1"
            assert json.loads(resp.read())["choices"][0]["message"]["content"] == "from the cli"
        proc.send_signal(stop_signal)
        out, err = proc.communicate(timeout=10)
        assert "simulator stopped" in out, err
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

"""Numbers and times out of range given to the CLI: NaN, infinities, negative counts, integers
no column holds, times a minute outside year 1 or year 9999 once in UTC. Each is a one-line
error and a non-zero exit: never a traceback, and never a result computed from them (a cost
table from a NaN price, a key whose budget is NaN)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from kanmon.cli.main import main

HUGE = "99999999999999999999"  # past every integer column
EDGE_LOW = "0001-01-01T00:00:00+00:01"  # a minute before year 1 in UTC
EDGE_HIGH = "9999-12-31T23:59:59-00:01"  # past the end of 9999 in UTC
NEW_KEY = ("keys", "create", "--name", "x", "--team", "t")

CASES = [
    ("audit", "retain", "--days", "nan"),
    ("audit", "retain", "--days", "inf"),
    ("audit", "retain", "--days", "1e308"),
    ("audit", "retain", "--days", "1e9"),
    ("audit", "retain", "--days", HUGE),
    ("audit", "list", "--limit", "-1"),
    ("audit", "list", "--limit", HUGE),
    ("audit", "verify", "--from", "-1"),
    ("audit", "verify", "--to", HUGE),
    ("audit", "export", "out.jsonl", "--from", HUGE),
    ("audit", "proof", "--leaf", "-1"),
    ("audit", "proof", "--consistency-from", HUGE, "--size", "1"),
    ("audit", "proof", "--leaf", "0", "--size", HUGE),
    ("eval", "runs", "--limit", HUGE),
    ("eval", "runs", "--limit", "0"),
    ("review", "list", "--limit", "-1"),
    (*NEW_KEY, "--rpm", HUGE),
    (*NEW_KEY, "--rpm", str(2**31)),
    (*NEW_KEY, "--budget-usd", "nan", "--budget-period", "60"),
    (*NEW_KEY, "--budget-usd", "inf", "--budget-period", "60"),
    (*NEW_KEY, "--budget-tokens", "5", "--budget-period", HUGE),
    (*NEW_KEY, "--budget-tokens", HUGE, "--budget-period", "60"),
    ("eval", "cost", "--requests", "nan"),
    ("eval", "cost", "--requests", "-1"),
    ("eval", "cost", "--requests", "1e308"),
    ("eval", "cost", "--prompt-tokens", "inf"),
    ("eval", "cost", "--completion-tokens", "nan"),
    ("eval", "cost", "--gpu-price", "nan", "--throughput", "10"),
    ("eval", "cost", "--gpu-price", "-1", "--throughput", "10"),
    ("eval", "cost", "--gpu-price", "1", "--throughput", "inf"),
    ("eval", "cost", "--gpu-price", "1", "--throughput", "nan"),
    ("eval", "cost", "--gpu-price", "1", "--throughput", "1e308"),
    ("eval", "cost", "--gpu-price", "1", "--throughput", "10", "--gpus", HUGE),
    ("eval", "cost", "--api-fixed-monthly", "nan"),
    ("eval", "cost", "--self-hosted-fixed-monthly", "inf"),
    ("eval", "cost", "--cached-share", "nan"),
    ("eval", "cost", "--reserved-replicas", HUGE, "--reserved-gpu-price", "1"),
    ("eval", "cost", "--reserved-gpu-price", "nan", "--reserved-replicas", "1"),
    ("transfers", "report", "--since", EDGE_LOW, "--until", "2027-01-01"),
    ("transfers", "report", "--since", "2026-01-01", "--until", EDGE_HIGH),
    ("transfers", "report", "--month", "9999-12"),
]


#: Processes, ports and files: (arguments, what the one line says). A worker count without a
#: bound forked 100,000 gateway processes; the others were tracebacks.
NAMED = [
    (("serve", "--workers", "100000"), "less than or equal to 64"),
    (("serve", "--workers", "0"), "greater than or equal to 1"),
    (("serve", "--port", "99999"), "less than or equal to 65535"),
    (("simulate", "--port", "99999"), "less than or equal to 65535"),
    (("simulate", "--chunk-delay-ms", HUGE), "chunk_delay_ms"),
    (("assess", "answer", "a-1", "--file", "broken.yaml"), "broken.yaml:1:6: invalid YAML"),
    (("assess", "answer", "a-1", "--file", "binary.bin"), "binary.bin: not UTF-8 text"),
    (("assess", "answer", "a-1", "--file", "missing.yaml"), "missing.yaml: file not found"),
    (("assess", "answer", "a-1", "--file", "."), ".: cannot read"),
    (("policy", "check", "binary.bin"), "binary.bin: not UTF-8 text"),
]


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli-values")
    path = tmp / "kanmon.yaml"
    path.write_text(yaml.safe_dump({"store": {"url": f"sqlite:///{tmp / 'kanmon.db'}"}}))
    (tmp / "broken.yaml").write_text("[1, 2")
    (tmp / "binary.bin").write_bytes(b"\xd6\x00\xff answers")
    return path


def _argv(args: tuple[str, ...], config: Path) -> list[str]:
    # the simulator takes no kanmon.yaml
    return ["kanmon", *args] if args[0] == "simulate" else ["kanmon", *args, "-c", str(config)]


def _kanmon(
    args: tuple[str, ...],
    config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int | str | None, str, str]:
    """``kanmon ARGS`` as the installed command runs it: exit code (0 when ``main`` returns),
    stdout, stderr."""
    monkeypatch.chdir(config.parent)
    monkeypatch.setattr(sys, "argv", _argv(args, config))
    try:
        main()
        code: int | str | None = 0
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def _refusal(code: int | str | None, out: str, err: str) -> str:
    """The one line a refused command prints; nothing on stdout (nothing computed)."""
    assert code == 2, (code, out, err)
    assert out == "", out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kanmon: error: "), err
    return lines[0]


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_a_value_out_of_range_is_a_one_line_error(
    args: tuple[str, ...],
    config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _refusal(*_kanmon(args, config, monkeypatch, capsys))


@pytest.mark.parametrize(
    "args",
    [
        ("audit", "retain", "--days", "36500"),
        ("eval", "cost", "--requests", "0"),
        ("transfers", "report", "--month", "9999-11", "-f", "json"),
        ("transfers", "report", "--since", "0001-01-01", "--until", "9999-12-31", "-f", "json"),
        (*NEW_KEY, "--rpm", str(2**31 - 1)),
    ],
    ids=" ".join,
)
def test_the_bounds_themselves_are_accepted(
    args: tuple[str, ...],
    config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _kanmon(args, config, monkeypatch, capsys)
    assert not code, (code, out, err)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"), NAMED, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "says"
)
def test_processes_ports_and_files_refused_in_one_line(
    args: tuple[str, ...],
    message: str,
    config: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = _refusal(*_kanmon(args, config, monkeypatch, capsys))
    assert message in line, line

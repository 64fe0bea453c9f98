"""The CLI: one-line errors with non-zero exit, init, keys, audit, and the demo end to end."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kanmon.cli._demo_config import FAKE_SECRET

KANMON = [sys.executable, "-m", "kanmon"]


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KANMON, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version(tmp_path: Path) -> None:
    r = run("--version", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("kanmon ")


@pytest.mark.parametrize(
    "args, message",
    [
        (("keys", "revoke"), "Missing argument 'key_id'. (see kanmon keys revoke --help)"),
        (("no-such-command",), "No such command 'no-such-command'. (see kanmon --help)"),
    ],
)
def test_usage_errors_are_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    r = run(*args, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip() == f"kanmon: error: {message}"


def test_init_writes_valid_config_and_refuses_overwrite(tmp_path: Path) -> None:
    r = run("init", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "kanmon.yaml").read_text().startswith("# kanmon.yaml")
    r = run("init", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "kanmon: error: kanmon.yaml: already exists (use --force to overwrite)"
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kanmon.yaml")]


def test_bad_config_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "kanmon.yaml").write_text("routes:\n  chat: {deployments: [no-such-dep]}\n")
    r = run("serve", cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("kanmon: error: kanmon.yaml: routes.chat.deployments[0]")
    assert "Traceback" not in r.stderr


def test_keys_lifecycle_and_audit_list(tmp_path: Path) -> None:
    (tmp_path / "kanmon.yaml").write_text("store: {url: 'sqlite:///k.db'}\n")
    r = run(
        "keys", "create", "--name", "svc", "--team", "t1", "--role", "app", "--json", cwd=tmp_path
    )
    assert r.returncode == 0, r.stderr
    created = json.loads(r.stdout)
    assert created["key"].startswith("km-" + created["id"] + "-")
    r = run("keys", "list", "--json", cwd=tmp_path)
    [listed] = json.loads(r.stdout)
    assert listed["id"] == created["id"] and "key" not in listed
    assert created["key"] not in r.stdout
    r = run("keys", "create", "--name", "x", "--team", "t", "--role", "wizard", cwd=tmp_path)
    assert r.returncode == 2 and "unknown role 'wizard'" in r.stderr
    r = run("keys", "revoke", created["id"], cwd=tmp_path)
    assert r.returncode == 0
    r = run("keys", "list", "--json", cwd=tmp_path)
    assert json.loads(r.stdout) == []
    r = run("keys", "revoke", "nope", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("kanmon: error: no key with id 'nope'")
    r = run("audit", "list", "--json", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == ""


def test_keys_create_with_territory(tmp_path: Path) -> None:
    (tmp_path / "kanmon.yaml").write_text("store: {url: 'sqlite:///k.db'}\n")
    args = ("keys", "create", "--name", "svc", "--team", "t1")
    r = run(*args, "--territory", "kr,UK", "-t", "eu", "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run("keys", "list", "--json", cwd=tmp_path)
    [listed] = json.loads(r.stdout)
    assert listed["territory"] == ["EU", "GB", "KR"]
    r = run(*args, "--territory", "Korea", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        "kanmon: error: not a territory: Korea (expected ISO 3166-1 alpha-2 codes or EU)"
    ]


@pytest.mark.timeout(180)
def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    r = run("demo", "--dir", str(tmp_path / "demo"), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout
    assert "SIMULATED UPSTREAM" in out
    assert "Traceback" not in out + r.stderr
    # the gateway: routing, fallback, streaming, reasoning, a clean error
    assert "served by sim-backup after 1 fallback(s)" in out
    assert "Seoul is the capital" in out
    assert "reasoning_content: 'The user wrote" in out
    assert "model_not_found" in out
    # policy: the card goes to the EU deployment, with the decision and its reason
    assert "decision reroute, data class confidential, served by sim-eu" in out
    assert "because cards-stay-in-the-eu: payment card data is processed in the EU" in out
    assert "403 policy_blocked: Blocked by policy: injection-in-tool-output" in out
    assert "streamed: Use the staging key <OPENAI_API_KEY> in the client config" in out
    assert FAKE_SECRET not in out
    [review] = re.findall(r"403 held_for_review: review (rev_\w+)", out)
    assert f"caller polls /v1/reviews/{review}: pending" in out
    assert "caller polls again: completed" in out
    # governance: refused, evaluated, assessed, approved, served under the approval
    refused = out.index("403 approval_required: No deployment of 'support-bot' is approved")
    assert "sim-careful: no approval for use case 'customer-support'" in out
    assert re.search(r"run demo-evidence@sha256:[0-9a-f]{64}", out)
    assert "the assessor may not approve it: 403" in out
    [approval] = re.findall(r"approval (apr_\w+) by the approver key", out)
    served = out.index(f"served by sim-careful under approval {approval}")
    assert refused < served
    # a licence's territory: refused at approval and per request
    assert "approving it on an EU-DE deployment: 403 licence_territory" in out
    assert "a request to it: 403 licence_territory" in out
    assert "the licence excludes EU, where processing region EU-DE lies" in out
    # the transfer report: where the data went, under which approval, verified
    assert re.search(rf"internal → ZZ / LOCAL\s+sim-careful\s+1 requests.*{approval}", out)
    assert re.search(r"confidential → DE / EU-DE\s+sim-eu .*cross-border: no", out)
    assert re.search(r"signed tree head \d+: verified", out)
    # the audit table: the refused and the approved request, decisions and classes
    table = out[out.index("18. the audit log") :]
    rows = [line.split() for line in table.splitlines()]
    assert ["support", "chat.completions", "support-bot", "-", "403"] in [x[1:6] for x in rows]
    assert any(
        x[1:7] == ["support", "chat.completions", "support-bot", "sim-careful", "200", "allow"]
        and approval in x
        for x in rows
    )
    assert any(
        x[3:9] == ["payments", "sim-eu", "200", "reroute", "confidential", "-"] for x in rows
    )
    assert "demo finished" in out
    assert (tmp_path / "demo" / "kanmon.db").exists()
    # the story needs an empty store: a second run in the same directory is refused
    again = run("demo", "--dir", str(tmp_path / "demo"), cwd=tmp_path)
    assert again.returncode == 2 and "the demo starts from an empty store" in again.stderr

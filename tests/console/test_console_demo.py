"""The README's main job, then the console: ``kanmon demo --keep`` prints the console's URL and
keeps serving, and a new user signed in there sees the demo's traffic, held request,
assessment, approval and audit log."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.console.conftest import axe_problems, shot


def _start_demo(tmp_path: Path) -> tuple[subprocess.Popen[str], str, dict[str, str]]:
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("KANMON_ADMIN_KEY", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kanmon", "demo", "--dir", str(tmp_path / "d"), "--keep"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Serving until Ctrl-C" in line:
            break
    out = "".join(lines)
    m = re.search(r"Operator console: (http://\S+/console/)", out)
    if m is None:
        proc.kill()
        proc.communicate()
    assert m is not None, out[-3000:]
    keys = dict(re.findall(r"^\s+(auditor|reviewer|approver|assessor)\s+(km-\S+)$", out, re.M))
    return proc, m.group(1), keys


def test_demo_keeps_serving_its_console(tmp_path: Path, page: Any) -> None:
    proc, url, keys = _start_demo(tmp_path)
    try:
        root = url.removesuffix("/console/")

        def sign_in(role: str, path: str) -> None:
            page.context.clear_cookies()
            page.goto(f"{root}/console/login?next={path}")
            page.fill("#key", keys[role])
            page.click("button[type=submit]")
            page.wait_for_load_state()

        sign_in("auditor", "/console/")
        assert "Overview" in page.inner_text("h1")
        requests = int(page.inner_text(".kpi >> nth=0").split("\n")[-1].replace(",", ""))
        assert requests > 10  # the demo's traffic
        assert axe_problems(page) == []
        shot(page, "demo-overview")
        page.goto(root + "/console/audit?decision=hold")
        assert page.locator("#record-rows tr").count() >= 1  # the held request, on the log
        page.goto(root + "/console/audit")
        assert "governance.approval.grant" in page.inner_text("#record-rows")
        shot(page, "demo-audit")

        sign_in("reviewer", "/console/reviews?status=all")
        assert "ssn-needs-a-reviewer" in page.inner_text("#queue")
        assert "completed" in page.inner_text("#queue")  # approved in the demo, and run
        shot(page, "demo-reviews")

        sign_in("approver", "/console/governance")
        assert "approved" in page.inner_text("#matrix")  # sim-careful × customer-support
        assert "customer-support" in page.inner_text("#approvals")
        assert "approved" in page.inner_text("#assessments")
        shot(page, "demo-governance")
        page.goto(root + "/console/evals/demo-evidence")
        assert page.frame_locator("iframe").locator("body").inner_text() != ""
        shot(page, "demo-evals")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()

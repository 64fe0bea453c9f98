"""docs/architecture.md shows the house as it is: its import graph is the one the code has, and
its step order is the one ``kanmon.wiring`` declares."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from kanmon.wiring import ORDER

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "architecture.md").read_text()


def test_the_import_graph_in_the_doc_is_current() -> None:
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts/import_graph.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.mermaid() in DOC, "run scripts/import_graph.py and paste its output"


def test_the_step_order_in_the_doc_is_the_declared_one() -> None:
    block = re.search(r"```\nauth → .*?```", DOC, re.S)
    assert block is not None
    steps = [s.strip() for s in re.split(r"→", block.group(0).strip("`\n")) if s.strip()]
    assert tuple(steps) == ORDER


def test_the_policy_package_does_not_pull_in_the_web_stack() -> None:
    """Steps sit below the web layer: importing one loads no server and no HTTP client."""
    import subprocess
    import sys

    code = "import sys, kanmon.policy; print(sorted({'uvicorn', 'aiohttp'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_cli_and_the_gateway_load_no_heavy_library_they_may_not_use() -> None:
    """Every ``kanmon`` command registers every sub-command: none of them may load the
    gateway, jsonschema (a second of imports) or numpy (the injection classifier's) before it
    runs. A gateway whose policy has no injection rule does without numpy too."""
    import subprocess
    import sys

    heavy = "{'numpy', 'jsonschema', 'uvicorn', 'kanmon.gateway'}"
    code = (
        "import sys; from kanmon.cli import main; main._register(); "
        f"print(sorted({heavy} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    code = "import sys, kanmon.wiring; print(sorted({'numpy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

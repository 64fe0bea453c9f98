"""The executed-code scorer: extract the model's code, append the item's tests, run contained."""

from __future__ import annotations

import re
from typing import ClassVar

from kanmon.errors import EvalError
from kanmon.evals._dataset import Item
from kanmon.evals._sandbox import Limits, run_python
from kanmon.evals._scorers import SCORERS, Score, ScoreContext
from kanmon.plugins import register

_FENCE = re.compile(r"```(?:python|py)?[ \t]*\n(.*?)```", re.DOTALL | re.IGNORECASE)


def extract_code(output: str) -> str:
    """The longest fenced code block, else the whole output."""
    blocks = _FENCE.findall(output)
    return max(blocks, key=len) if blocks else output


@register(SCORERS)
class CodeTestsScorer:
    """``expect.tests``: Python run after the extracted code (asserts); passes on exit 0.
    ``expect.wall_s`` / ``cpu_s`` / ``memory_mb`` tighten the sandbox limits."""

    name: ClassVar[str] = "code_tests"
    #: The runner checks, before any call, that a sandbox for generated code is available.
    runs_code: ClassVar[bool] = True

    async def score(self, item: Item, output: str, ctx: ScoreContext) -> Score:
        tests = item.expect.get("tests")
        if not isinstance(tests, str) or not tests.strip():
            raise EvalError(f"item {item.id}: code_tests scorer needs expect.tests")
        limits = Limits(
            wall_s=float(item.expect.get("wall_s", 10.0)),
            cpu_s=int(item.expect.get("cpu_s", 5)),
            memory_mb=int(item.expect.get("memory_mb", 512)),
        )
        code = extract_code(output) + "\n\n# --- tests ---\n" + tests + "\n"
        result = await run_python(code, limits, allow_weak=ctx.allow_weak_sandbox)
        tail = result.stderr.strip().splitlines()[-1:] or [""]
        why = "tests passed" if result.ok else f"{result.status}: {tail[0][:200]}"
        return Score(
            1.0 if result.ok else 0.0,
            result.ok,
            why,
            {
                "sandbox_status": result.status,
                "returncode": result.returncode,
                "sandbox": result.sandbox,
            },
        )

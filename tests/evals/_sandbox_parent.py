"""A stand-in eval runner for the escape tests: reads code on stdin, runs it in the sandbox and
prints the result as JSON. ``{PARENT_PID}`` in the code becomes this process's pid."""

from __future__ import annotations

import dataclasses
import json
import os
import sys

from kanmon.evals import Limits, run_python_sync


def main() -> None:
    code = sys.stdin.read().replace("{PARENT_PID}", str(os.getpid()))
    print("started", flush=True)
    result = run_python_sync(code, Limits(wall_s=20.0, cpu_s=5, memory_mb=256))
    print(json.dumps(dataclasses.asdict(result)), flush=True)


if __name__ == "__main__":
    main()

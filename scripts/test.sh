#!/usr/bin/env bash
# The test command (README): set up .venv from the hashed locks (scripts/_venv.sh), then lint,
# type-check, check the package layers and run the whole pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
setup_venv dev  # requirements/dev.txt, every file checked against its sha256
echo "== ruff"; .venv/bin/ruff check src tests bench; .venv/bin/ruff format --check src tests bench
echo "== mypy --strict"; .venv/bin/mypy
echo "== import-linter (the floors of docs/architecture.md)"; .venv/bin/lint-imports --no-cache
echo "== pytest"; .venv/bin/python -m pytest "$@"

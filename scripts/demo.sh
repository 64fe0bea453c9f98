#!/usr/bin/env bash
# The main job (README): install Kanmon into .venv and run the end-to-end demo against the local
# simulated upstream (no network, no real model, SQLite in a temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[demo]'
exec .venv/bin/kanmon demo "$@"

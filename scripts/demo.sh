#!/usr/bin/env bash
# The main job (README): install Kanmon into .venv from the hashed locks (scripts/_venv.sh) and
# run the end-to-end demo against the local simulated upstream (no network, no real model,
# SQLite in a temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
setup_venv demo  # requirements/demo.txt, every file checked against its sha256
exec .venv/bin/kanmon demo "$@"

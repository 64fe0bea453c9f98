#!/usr/bin/env bash
# Regenerate the hashed lock files under requirements/ from pyproject.toml (docs/operations.md,
# "Supply chain"). Pins already in a lock are kept; pass --upgrade (everything) or
# --upgrade-package NAME to move them. tests/supply/test_locks.py fails while pyproject.toml and
# the locks disagree.
#
#   dev.txt      runtime + the dev and otel extras: what scripts/test.sh and CI install
#   runtime.txt  the dependencies alone: what a deployment installs; the SBOM is made from it
#   demo.txt     runtime + the demo extra: scripts/demo.sh
#   build.txt    pip and the build backend ([build-system] requires), installed before the rest
#                so that `pip install -e .` builds without fetching anything
#
# dev.txt is resolved first and constrains the others, so a package has the same version (and
# the same files) in every lock. The locks are universal (every platform, Python 3.11 and later)
# with markers where a platform or Python version needs another package or version.
set -euo pipefail
cd "$(dirname "$0")/.."
# uv comes from the dev lock itself, hashed like everything else.
if [ ! -x .venv/bin/uv ]; then
  . scripts/_venv.sh
  setup_venv dev
fi
compile=(.venv/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes
  --custom-compile-command scripts/lock.sh)
"${compile[@]}" "$@" pyproject.toml --extra dev --extra otel -o requirements/dev.txt
"${compile[@]}" "$@" pyproject.toml -c requirements/dev.txt -o requirements/runtime.txt
"${compile[@]}" "$@" pyproject.toml --extra demo -c requirements/dev.txt -o requirements/demo.txt
# pip, the build backend, and what hatchling asks for to build an editable install (editables).
.venv/bin/python -c 'import tomllib; print("pip\neditables"); [print(r) for r in
  tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]]' \
  | "${compile[@]}" "$@" - -c requirements/dev.txt -o requirements/build.txt

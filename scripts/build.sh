#!/usr/bin/env bash
# The release build: set up .venv from the hashed locks (scripts/_venv.sh), then write the sdist,
# the wheel (built from the sdist, checked by scripts/check_dist.py), the CycloneDX SBOM of
# requirements/runtime.txt (kanmon-<version>.cdx.json) and SHA256SUMS into dist/ or the folder
# given (scripts/release.py; docs/operations.md, "Supply chain").
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
setup_venv dev  # requirements/dev.txt: build and cyclonedx-bom, hashed like everything else
exec .venv/bin/python scripts/release.py --out "${1:-dist}"

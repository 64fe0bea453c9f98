# Sourced by the scripts in this folder: set up .venv from the hashed lock files under
# requirements/ (docs/operations.md, "Supply chain"). Nothing is installed by an unpinned name:
# every file pip fetches must match a sha256 written in a lock, or the install stops.

# setup_venv LOCK...: pip and the build backend (requirements/build.txt) first, then each named
# lock (requirements/LOCK.txt), then Kanmon itself from this checkout, with neither dependencies
# nor an isolated build environment (which would fetch an unpinned hatchling).
setup_venv() {
  local py=${PYTHON:-python3} lock
  if [ ! -x .venv/bin/python ]; then
    "$py" -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --require-hashes -r requirements/build.txt
  for lock in "$@"; do
    .venv/bin/python -m pip install --quiet --require-hashes -r "requirements/$lock.txt"
  done
  .venv/bin/python -m pip install --quiet --no-index --no-deps --no-build-isolation -e .
  # A lock that misses a requirement (of Kanmon or of a locked package) shows here, not later.
  local broken
  broken=$(.venv/bin/python -m pip check) || { echo "$broken" >&2; return 1; }
}

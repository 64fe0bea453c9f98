"""Build Kanmon's release files: sdist, wheel, CycloneDX SBOM and SHA256SUMS.

    python scripts/release.py [--out dist]

(run by scripts/build.sh in the .venv it sets up from the locks). The wheel is built from the
sdist with the locked hatchling and no isolated build environment, so nothing unpinned takes
part; timestamps come from SOURCE_DATE_EPOCH, by default the last commit's time, so the same
commit builds byte-identical files. Both files must pass scripts/check_dist.py. The SBOM lists
every package of requirements/runtime.txt with its version and sha256 hashes, and the wheel and
sdist themselves (docs/operations.md, "Supply chain").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_LOCK = ROOT / "requirements" / "runtime.txt"


def _source_date_epoch() -> str:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    got = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
    )
    # Outside a git checkout (an unpacked sdist) hatchling's own fixed date applies.
    return got.stdout.strip() if got.returncode == 0 else ""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(out: Path) -> tuple[Path, Path]:
    env = dict(os.environ)
    epoch = _source_date_epoch()
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    wheel = out / f"kanmon-{version}-py3-none-any.whl"
    sdist = out / f"kanmon-{version}.tar.gz"
    for old in (wheel, sdist):
        old.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "-m", "build", "--quiet", "--no-isolation", "--outdir", str(out), "."],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return wheel, sdist


def sbom(out: Path, wheel: Path, sdist: Path) -> Path:
    """The SBOM of the runtime lock, with the release files as the root component's."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    target = out / f"kanmon-{pyproject['project']['version']}.cdx.json"
    subprocess.run(
        [
            sys.executable, "-W", "ignore:The Component this BOM:UserWarning",
            "-m", "cyclonedx_py", "requirements", str(RUNTIME_LOCK),
            "--pyproject", str(ROOT / "pyproject.toml"), "--mc-type", "library",
            "--output-reproducible", "--of", "JSON", "-o", str(target),
        ],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    bom = json.loads(target.read_text())
    root = bom["metadata"]["component"]
    root["purl"] = f"pkg:pypi/kanmon@{root['version']}"
    root["externalReferences"] = [
        {
            "type": "distribution",
            "url": path.name,
            "comment": "release file",
            "hashes": [{"alg": "SHA-256", "content": _sha256(path)}],
        }
        for path in (wheel, sdist)
    ]
    # cyclonedx-py leaves the root without dependencies: Kanmon's direct ones are named here.
    direct = {canonicalize_name(Requirement(r).name) for r in pyproject["project"]["dependencies"]}
    refs = [c["bom-ref"] for c in bom["components"] if canonicalize_name(c["name"]) in direct]
    deps = [d for d in bom.get("dependencies", []) if d["ref"] != root["bom-ref"]]
    bom["dependencies"] = [{"ref": root["bom-ref"], "dependsOn": sorted(refs)}, *deps]
    target.write_text(json.dumps(bom, indent=2, sort_keys=True) + "\n")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder (default dist/)")
    out = parser.parse_args().out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    wheel, sdist = build(out)
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_dist.py"), str(wheel), str(sdist)]
    )
    if checked.returncode != 0:
        print("release files failed scripts/check_dist.py; removed", file=sys.stderr)
        wheel.unlink()
        sdist.unlink()
        return 1
    bom = sbom(out, wheel, sdist)
    sums = "".join(f"{_sha256(p)}  {p.name}\n" for p in (wheel, sdist, bom))
    (out / "SHA256SUMS").write_text(sums)
    print(sums, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())

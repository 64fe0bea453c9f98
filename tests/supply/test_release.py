"""The release build (scripts/release.py, run by scripts/build.sh): the wheel holds nothing that
runs at install or at Python start, the sdist builds with plain hatchling, the SBOM lists every
package of the runtime lock with its hashes, and the same commit builds the same bytes
(docs/operations.md, "Supply chain")."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.supply.test_locks import PYPROJECT, ROOT, parse_lock

VERSION = PYPROJECT["project"]["version"]


def _load_check_dist() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_dist", ROOT / "scripts/check_dist.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_dist = _load_check_dist()


def _release(out: Path) -> dict[str, Path]:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts/release.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return {
        "wheel": out / f"kanmon-{VERSION}-py3-none-any.whl",
        "sdist": out / f"kanmon-{VERSION}.tar.gz",
        "sbom": out / f"kanmon-{VERSION}.cdx.json",
        "sums": out / "SHA256SUMS",
    }


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    yield _release(tmp_path_factory.mktemp("dist"))


def test_the_wheel_has_no_pth_no_startup_module_and_no_files_outside_the_package(
    release: dict[str, Path],
) -> None:
    with zipfile.ZipFile(release["wheel"]) as whl:
        names = whl.namelist()
    assert "kanmon/__init__.py" in names
    assert [n for n in names if n.endswith(".pth")] == []
    assert [n for n in names if Path(n).stem in {"sitecustomize", "usercustomize"}] == []
    tops = {n.split("/")[0] for n in names}
    assert tops == {"kanmon", f"kanmon-{VERSION}.dist-info"}  # no .data/: no scripts, no extras
    assert check_dist.wheel_problems(str(release["wheel"])) == []


def test_the_wheel_declares_only_the_console_script_and_kanmon_entry_points(
    release: dict[str, Path],
) -> None:
    with zipfile.ZipFile(release["wheel"]) as whl:
        text = whl.read(f"kanmon-{VERSION}.dist-info/entry_points.txt").decode()
    groups = [line.strip("[]") for line in text.splitlines() if line.startswith("[")]
    assert sorted(groups) == sorted(["console_scripts", *PYPROJECT["project"]["entry-points"]])
    assert all(g.startswith("kanmon.") for g in groups if g != "console_scripts")
    assert PYPROJECT["project"]["scripts"] == check_dist.CONSOLE_SCRIPTS


def test_the_sdist_has_no_build_code_of_its_own(release: dict[str, Path]) -> None:
    assert check_dist.sdist_problems(str(release["sdist"])) == []


def test_the_sbom_lists_every_locked_runtime_package_with_its_hashes(
    release: dict[str, Path],
) -> None:
    bom = json.loads(release["sbom"].read_text())
    assert bom["bomFormat"] == "CycloneDX"
    found: dict[tuple[str, str], set[str]] = {}
    for comp in bom["components"]:
        hashes = {
            "--hash=sha256:" + h["content"]
            for ref in comp.get("externalReferences", [])
            for h in ref.get("hashes", [])
            if h["alg"] == "SHA-256"
        }
        key = (comp["name"].lower().replace("_", "-"), comp["version"])
        found[key] = found.get(key, set()) | hashes
    pins, problems = parse_lock((ROOT / "requirements/runtime.txt").read_text())
    assert problems == [] and pins
    missing = [
        f"{p.name}=={p.version}"
        for p in pins
        if not p.hashes <= found.get((p.name, p.version), set())
    ]
    assert missing == []
    root = bom["metadata"]["component"]
    assert (root["name"], root["version"]) == ("kanmon", VERSION)
    files = {ref["url"]: ref["hashes"][0]["content"] for ref in root["externalReferences"]}
    assert files == {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (release["wheel"], release["sdist"])
    }
    # The root names Kanmon's direct dependencies, so the graph starts where an install does.
    (root_deps,) = [d["dependsOn"] for d in bom["dependencies"] if d["ref"] == root["bom-ref"]]
    names = {c["bom-ref"]: c["name"].lower() for c in bom["components"]}
    assert {names[ref] for ref in root_deps} >= {"aiohttp", "uvicorn", "cryptography", "orjson"}


def test_sha256sums_covers_the_release_files(release: dict[str, Path]) -> None:
    lines = release["sums"].read_text().splitlines()
    sums = dict(reversed(line.split("  ")) for line in lines)
    assert set(sums) == {release[k].name for k in ("wheel", "sdist", "sbom")}
    for name, digest in sums.items():
        assert hashlib.sha256((release["sums"].parent / name).read_bytes()).hexdigest() == digest


def test_the_same_commit_builds_the_same_bytes(release: dict[str, Path], tmp_path: Path) -> None:
    again = _release(tmp_path)
    assert again["sums"].read_text() == release["sums"].read_text()


# The wheel check, on wheels that are wrong in each way it looks for.


def _rewrite(src: Path, dst: Path, extra: dict[str, bytes], tamper: str = "") -> None:
    """A copy of the wheel with files added (and in RECORD), one file's content changed."""
    info = f"kanmon-{VERSION}.dist-info"
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        record = old.read(f"{info}/RECORD").decode()
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == f"{info}/RECORD":
                continue
            if item.filename == tamper:
                data += b"\nimport os\n"
            new.writestr(item, data)
        for name, data in extra.items():
            new.writestr(name, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            record += f"{name},sha256={digest.decode()},{len(data)}\n"
        new.writestr(f"{info}/RECORD", record)


def test_the_wheel_check_finds_a_pth_a_startup_module_data_files_and_a_changed_file(
    release: dict[str, Path], tmp_path: Path
) -> None:
    bad = tmp_path / release["wheel"].name
    points = f"kanmon-{VERSION}.dist-info/entry_points.txt"
    with zipfile.ZipFile(release["wheel"]) as whl:
        entry_points = whl.read(points) + b"\n[pytest11]\nkanmon = kanmon.cli.main\n"
    _rewrite(
        release["wheel"],
        bad,
        {
            "kanmon_init.pth": b"import os; os.system('true')\n",
            "sitecustomize.py": b"import os\n",
            f"kanmon-{VERSION}.data/scripts/kanmon-setup": b"#!/bin/sh\n",
        },
        tamper="kanmon/__init__.py",
    )
    problems = check_dist.wheel_problems(str(bad))
    assert any("kanmon_init.pth: a .pth file" in p for p in problems)
    assert any("sitecustomize.py: imported at every Python start" in p for p in problems)
    assert any(".data/scripts/kanmon-setup: outside the kanmon package" in p for p in problems)
    assert any(p.startswith("kanmon/__init__.py: RECORD says") for p in problems)
    assert check_dist.main([str(bad)]) == 1
    worse = tmp_path / "points" / release["wheel"].name
    worse.parent.mkdir()
    shutil.copy(release["wheel"], tmp_path / "orig.whl")
    _rewrite(tmp_path / "orig.whl", worse, {})
    with zipfile.ZipFile(worse, "a") as whl:
        whl.writestr(points + ".new", b"")  # in no RECORD
    assert any(
        "entry_points.txt.new: not in RECORD" in p for p in check_dist.wheel_problems(str(worse))
    )
    assert check_dist._entry_point_problems(entry_points.decode()) == [
        "entry points: unexpected group [pytest11]"
    ]

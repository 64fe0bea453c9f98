"""Check a built Kanmon wheel and sdist for anything that could run code at install or start.

A wheel runs nothing when pip installs it, but it can leave files that Python runs later on its
own: a `*.pth` file in site-packages executes its `import` lines at every interpreter start (the
LiteLLM 1.82.7/1.82.8 credential stealer came that way), `sitecustomize`/`usercustomize` are
imported at every start, and files under `<name>.data/` land outside the package (scripts on
PATH, files in site-packages). An sdist runs its build backend: it must carry no `setup.py` and
no build hooks. Entry points are code that other programs load by name, so only the expected
groups may be declared.

    python scripts/check_dist.py dist/kanmon-0.1.0-py3-none-any.whl dist/kanmon-0.1.0.tar.gz

prints one line per problem and exits 1 if there is any (docs/operations.md, "Supply chain").
"""

from __future__ import annotations

import base64
import configparser
import hashlib
import sys
import tarfile
import tomllib
import zipfile
from pathlib import PurePosixPath

#: The only console script, and the prefix every other entry point group must carry.
CONSOLE_SCRIPTS = {"kanmon": "kanmon.cli.main:main"}
GROUP_PREFIX = "kanmon."
STARTUP_FILES = {"sitecustomize.py", "usercustomize.py"}


def _startup_problems(names: list[str]) -> list[str]:
    problems = []
    for name in names:
        base = PurePosixPath(name).name
        if base.endswith(".pth"):
            problems.append(f"{name}: a .pth file runs its import lines at every Python start")
        if base in STARTUP_FILES or base.split(".")[0] in {"sitecustomize", "usercustomize"}:
            problems.append(f"{name}: imported at every Python start")
    return problems


def wheel_problems(path: str) -> list[str]:
    """What in the wheel at `path` is not plain package code and metadata."""
    with zipfile.ZipFile(path) as whl:
        names = [n for n in whl.namelist() if not n.endswith("/")]
        dist_info = [n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")]
        if len(set(dist_info)) != 1:
            return [f"expected one .dist-info folder, found {sorted(set(dist_info))}"]
        info = dist_info[0]
        problems = _startup_problems(names)
        for name in names:
            top = name.split("/")[0]
            if top not in {"kanmon", info}:
                problems.append(f"{name}: outside the kanmon package and its metadata")
        problems += _record_problems(whl, names, info)
        wheel_meta = whl.read(f"{info}/WHEEL").decode()
        if "Root-Is-Purelib: true" not in wheel_meta or "Tag: py3-none-any" not in wheel_meta:
            problems.append(f"{info}/WHEEL: not a pure-Python py3-none-any wheel")
        if f"{info}/entry_points.txt" in names:
            problems += _entry_point_problems(whl.read(f"{info}/entry_points.txt").decode())
    return problems


def _record_problems(whl: zipfile.ZipFile, names: list[str], info: str) -> list[str]:
    """Every file is in RECORD with its sha256, so an installer and a reviewer see the same."""
    record: dict[str, str] = {}
    for line in whl.read(f"{info}/RECORD").decode().splitlines():
        if line:
            file, digest, _size = line.rsplit(",", 2)
            record[file] = digest
    problems = []
    for name in names:
        if name == f"{info}/RECORD":
            continue
        if name not in record:
            problems.append(f"{name}: not in RECORD")
            continue
        sha = hashlib.sha256(whl.read(name)).digest()
        want = "sha256=" + base64.urlsafe_b64encode(sha).rstrip(b"=").decode()
        if record[name] != want:
            problems.append(f"{name}: RECORD says {record[name]}, the file is {want}")
    problems += [f"{f}: in RECORD, not in the wheel" for f in sorted(set(record) - set(names))]
    return problems


def _entry_point_problems(text: str) -> list[str]:
    parser = configparser.ConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    problems = []
    for group in parser.sections():
        points = dict(parser[group])
        if group == "console_scripts":
            if points != CONSOLE_SCRIPTS:
                problems.append(
                    f"entry points: console_scripts {points}, expected {CONSOLE_SCRIPTS}"
                )
        elif not group.startswith(GROUP_PREFIX):
            problems.append(f"entry points: unexpected group [{group}]")
        for name, target in points.items():
            if not target.strip().startswith(GROUP_PREFIX):
                problems.append(f"entry points: [{group}] {name} = {target} is not Kanmon's code")
    return problems


def sdist_problems(path: str) -> list[str]:
    """What in the sdist would run more than hatchling's plain build."""
    with tarfile.open(path) as sdist:
        names = [m.name for m in sdist.getmembers() if m.isfile()]
        root = names[0].split("/")[0]
        problems = _startup_problems(names)
        for name in names:
            rel = name.removeprefix(root + "/")
            if rel in {"setup.py", "setup.cfg", "hatch_build.py"}:
                problems.append(f"{name}: build code beside pyproject.toml")
        member = sdist.extractfile(f"{root}/pyproject.toml")
        if member is None:
            return [*problems, "no pyproject.toml"]
        pyproject = tomllib.load(member)
    backend = pyproject["build-system"]["build-backend"]
    if backend != "hatchling.build":
        problems.append(f"pyproject.toml: build backend {backend}, expected hatchling.build")
    if _has_hooks(pyproject.get("tool", {}).get("hatch", {})):
        problems.append("pyproject.toml: [tool.hatch] declares build hooks")
    return problems


def _has_hooks(table: object) -> bool:
    if isinstance(table, dict):
        return any(key == "hooks" or _has_hooks(value) for key, value in table.items())
    return False


def main(paths: list[str]) -> int:
    problems = []
    for path in paths:
        found = wheel_problems(path) if path.endswith(".whl") else sdist_problems(path)
        problems += [f"{path}: {p}" for p in found]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
